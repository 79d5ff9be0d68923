/** `2024-10-14` → `2024 Q4`. */
export function quarterOf(date: string): string {
  return `${date.slice(0, 4)} Q${Math.floor((Number(date.slice(5, 7)) - 1) / 3) + 1}`;
}

/** Every quarter from the first to the last date, empty ones included, with its count. */
export function perQuarter(dates: string[]): { quarter: string; count: number }[] {
  if (!dates.length) return [];
  const sorted = [...dates].sort();
  const counts = new Map<string, number>();
  for (const d of sorted) counts.set(quarterOf(d), (counts.get(quarterOf(d)) ?? 0) + 1);
  const out: { quarter: string; count: number }[] = [];
  let year = Number(sorted[0].slice(0, 4));
  let q = Number(quarterOf(sorted[0]).slice(-1));
  const last = quarterOf(sorted[sorted.length - 1]);
  for (;;) {
    const key = `${year} Q${q}`;
    out.push({ quarter: key, count: counts.get(key) ?? 0 });
    if (key === last) return out;
    if (++q > 4) [q, year] = [1, year + 1];
  }
}

/**
 * Engagements per quarter as an SVG bar chart, drawn by hand (a chart library would be the largest
 * dependency of the app for one chart). The same figures follow in a table for screen readers.
 */
export function QuarterChart({ dates, caption }: { dates: string[]; caption: string }) {
  const data = perQuarter(dates).slice(-16);
  if (!data.length) return null;
  const max = Math.max(...data.map((d) => d.count));
  const bar = 44;
  const gap = 14;
  const height = 160;
  const width = data.length * (bar + gap) + gap;
  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${width} ${height + 40}`} width={Math.min(width, 900)} role="img" aria-label={`${caption}: ${data.map((d) => `${d.quarter} ${d.count}`).join(', ')}`}>
        <line x1={0} x2={width} y1={height} y2={height} className="axis" />
        {data.map((d, i) => {
          const h = max ? (d.count / max) * (height - 20) : 0;
          const x = gap + i * (bar + gap);
          return (
            <g key={d.quarter}>
              <rect x={x} y={height - h} width={bar} height={h} className="bar" />
              <text x={x + bar / 2} y={height - h - 4} textAnchor="middle" className="value">
                {d.count}
              </text>
              <text x={x + bar / 2} y={height + 16} textAnchor="middle" className="label">
                {d.quarter.slice(5)}
              </text>
              <text x={x + bar / 2} y={height + 32} textAnchor="middle" className="label">
                {d.quarter.slice(0, 4)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>{caption}</figcaption>
    </figure>
  );
}
