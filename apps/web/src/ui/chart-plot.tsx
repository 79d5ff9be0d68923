import { useEffect, useRef, type ReactNode } from 'react';
import * as Plot from '@observablehq/plot';
import './chart-styles.css';

/**
 * A chart drawn by Observable Plot (axes, labels, legend), inside a figure with its caption; the
 * same figures follow in a table a screen reader (and a desk officer who wants the numbers) reads.
 * With nothing to draw it says so in words instead of drawing an empty box.
 */
export function PlotFigure({
  caption,
  summary,
  options,
  empty,
  hasData,
  table,
}: {
  caption: string;
  /** What the chart shows, in one sentence with its figures: the image's accessible name. */
  summary: string;
  options: Plot.PlotOptions;
  empty: ReactNode;
  hasData: boolean;
  table: ReactNode;
}) {
  const holder = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!hasData || !holder.current) return;
    const chart = Plot.plot({ ...options, ariaDescription: summary });
    holder.current.replaceChildren(chart);
    return () => chart.remove();
  }, [options, hasData, summary]);
  return (
    <figure className="chart plot">
      <figcaption>{caption}</figcaption>
      {hasData ? (
        <>
          <div ref={holder} role="img" aria-label={`${caption}: ${summary}`} />
          <details className="chart-figures">
            <summary>The figures</summary>
            {table}
          </details>
        </>
      ) : (
        <p className="state empty">{empty}</p>
      )}
    </figure>
  );
}

export { Plot };
