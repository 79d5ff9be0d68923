import { useMemo } from 'react';
import type { PledgeRegisterItem } from '../api/types';
import { PLEDGE_LEVELS } from '../api/vocabulary';
import { PlotFigure, type PlotBuild } from './chart-plot';
import { complianceOverTime } from './register-compliance';
import { byLevelAndStatus } from './register-figures';

const STATUS_COLOURS = { Open: '#3b6fb6', Fulfilled: '#2e8540', Lapsed: '#b3261e', Withdrawn: '#8a8f98' } as Record<string, string>;

/** Pledges by level (x) and status (stacked colour), with a legend and the figures in a table. */
export function LevelStatusChart({ pledges }: { pledges: PledgeRegisterItem[] }) {
  const data = useMemo(() => byLevelAndStatus(pledges), [pledges]);
  const statuses = [...new Set(data.map((d) => d.status))];
  const levels = PLEDGE_LEVELS.map(([, label]) => label as string).filter((l) => data.some((d) => d.level === l));
  const extraLevels = [...new Set(data.map((d) => d.level))].filter((l) => !levels.includes(l));
  const options = useMemo(
    (): PlotBuild => (Plot) => ({
      width: 560,
      height: 300,
      marginBottom: 44,
      style: { fontSize: '13px' },
      x: { label: 'Level of commitment', domain: [...levels, ...extraLevels] },
      y: { label: 'Pledges', grid: true, tickFormat: 'd' as const, nice: true },
      color: { legend: true, domain: statuses, range: statuses.map((s) => STATUS_COLOURS[s] ?? '#6b4fa0') },
      marks: [Plot.barY(data, { x: 'level', y: 'pledges', fill: 'status', title: (d: { level: string; status: string; pledges: number }) => `${d.level}, ${d.status.toLowerCase()}: ${d.pledges}` }), Plot.ruleY([0])],
    }),
    [data],
  );
  const summary = data.map((d) => `${d.level}, ${d.status.toLowerCase()}: ${d.pledges}`).join('; ');
  return (
    <PlotFigure
      caption="Pledges by level and status"
      summary={summary}
      options={options}
      hasData={data.length > 0}
      empty="No pledge matches: nothing to count by level and status."
      table={
        <table>
          <thead>
            <tr>
              <th scope="col">Level</th>
              <th scope="col">Status</th>
              <th scope="col">Pledges</th>
            </tr>
          </thead>
          <tbody>
            {data.map((d) => (
              <tr key={`${d.level}-${d.status}`}>
                <td>{d.level}</td>
                <td>{d.status}</td>
                <td>{d.pledges}</td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}

/** Share of due pledges fulfilled, per pledger and year: one line per pledger. */
export function ComplianceChart({ pledges, today, names }: { pledges: PledgeRegisterItem[]; today: string; names: Map<string, string> }) {
  const data = useMemo(() => complianceOverTime(pledges, today).map((d) => ({ ...d, who: names.get(d.pledger) ?? d.pledger })), [pledges, today, names]);
  const years = [...new Set(data.map((d) => d.year))].sort();
  // One year is no trend: then each pledger's share is a bar; over several years, a line each.
  const oneYear = years.length < 2;
  const options = useMemo(
    (): PlotBuild => (Plot) =>
      oneYear
        ? {
            width: 560,
            height: 70 + 44 * new Set(data.map((d) => d.who)).size,
            marginLeft: 150,
            marginRight: 90,
            style: { fontSize: '13px' },
            x: { label: `Fulfilled (%) of the pledges that fell due in ${years[0] ?? ''}`, domain: [0, 100], grid: true },
            y: { label: null },
            marks: [
              Plot.barX(data, { y: 'who', x: 'compliance', fill: '#3b6fb6' }),
              Plot.text(data, { y: 'who', x: 'compliance', text: (d: { fulfilled: number; due: number; compliance: number }) => `${d.fulfilled} of ${d.due} (${d.compliance}%)`, dx: 6, textAnchor: 'start' as const }),
              Plot.ruleX([0]),
            ],
          }
        : {
            width: 560,
            height: 300,
            marginRight: 20,
            style: { fontSize: '13px' },
            x: { label: 'Year the pledges fell due', domain: years, type: 'point' as const, padding: 0.5 },
            y: { label: 'Fulfilled (%)', domain: [0, 100], grid: true },
            color: { legend: true },
            marks: [
              Plot.line(data, { x: 'year', y: 'compliance', stroke: 'who', strokeWidth: 2 }),
              Plot.dot(data, { x: 'year', y: 'compliance', fill: 'who', r: 5, title: (d: { who: string; year: string; fulfilled: number; due: number }) => `${d.who}, ${d.year}: ${d.fulfilled} of ${d.due} fulfilled` }),
              Plot.text(data, { x: 'year', y: 'compliance', text: (d: { fulfilled: number; due: number }) => `${d.fulfilled} of ${d.due}`, dy: -14 }),
            ],
          },
    [data],
  );
  const summary = data.map((d) => `${d.who} in ${d.year}: ${d.fulfilled} of ${d.due} fulfilled (${d.compliance}%)`).join('; ');
  return (
    <PlotFigure
      caption="Compliance per counterpart over time"
      summary={summary}
      options={options}
      hasData={data.length > 0}
      empty="None of these pledges has fallen due yet (fulfilled, lapsed or past its date), so there is no compliance to show."
      table={
        <table>
          <thead>
            <tr>
              <th scope="col">Who pledged</th>
              <th scope="col">Year</th>
              <th scope="col">Fulfilled of those due</th>
            </tr>
          </thead>
          <tbody>
            {data.map((d) => (
              <tr key={`${d.pledger}-${d.year}`}>
                <td>{d.who}</td>
                <td>{d.year}</td>
                <td>
                  {d.fulfilled} of {d.due} ({d.compliance}%)
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      }
    />
  );
}
