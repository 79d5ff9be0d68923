import { useEffect, useRef, type ReactNode } from 'react';
import type * as PlotModule from '@observablehq/plot';
import './chart-styles.css';

export type PlotLibrary = typeof PlotModule;
/** A chart's options, built once Observable Plot has loaded: it is fetched with the first chart, not with the app. */
export type PlotBuild = (plot: PlotLibrary) => PlotModule.PlotOptions;

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
  options: PlotBuild;
  empty: ReactNode;
  hasData: boolean;
  table: ReactNode;
}) {
  const holder = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!hasData) return;
    let live = true;
    let chart: Element | null = null;
    void import('@observablehq/plot').then((Plot) => {
      if (!live || !holder.current) return;
      chart = draw(Plot, options, summary);
      holder.current.replaceChildren(chart);
    });
    return () => {
      live = false;
      chart?.remove();
    };
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

function draw(Plot: PlotLibrary, options: PlotBuild, summary: string): Element {
  const chart = Plot.plot({ ...options(Plot), ariaDescription: summary });
  // The holder is the image and carries its name; the labels Plot puts on its marks' groups are
  // not allowed there (axe: aria-prohibited-attr), so the drawing itself is hidden from the tree.
  for (const marked of chart.querySelectorAll('[aria-label], [aria-description]')) {
    marked.removeAttribute('aria-label');
    marked.removeAttribute('aria-description');
  }
  chart.setAttribute('aria-hidden', 'true');
  return chart;
}
