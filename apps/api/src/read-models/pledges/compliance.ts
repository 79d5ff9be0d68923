import type { Row } from '@chancery/projections';
import type { TopicNames } from '@chancery/read-models';

export type ComplianceRow = {
  /** Null: the pledges whose pledger the source does not state. */
  pledger: string | null;
  area: string | null;
  due: number;
  fulfilled: number;
  compliance: number | null;
};

type Inputs = {
  today: string;
  /** Each pledge's same-as group. */
  groups: Map<string, string>;
  /** What each pledger rolls up to (home country, parent organisation). */
  above: Map<string, string[]>;
  topics: TopicNames;
  /** When the query names a pledger: the rows kept (it and what rolls up to it). */
  only: Set<string> | null;
};

/** A pledge is due once resolved, or once its deadline's last possible day has passed. */
function isDue(r: Row, today: string): boolean {
  if (r.status === 'fulfilled' || r.status === 'lapsed') return true;
  return r.target_date_to !== null && String(r.target_date_to) < today;
}

/**
 * Fulfilled among due, per pledger and area: a pledge counts under each of its pledgers (and
 * what they roll up to) and each of its areas, and a group of same-as pledges once — fulfilled
 * when any of it is, due when any of it is.
 */
export function complianceTable(rows: Row[], inputs: Inputs): ComplianceRow[] {
  const { today, groups, above, topics, only } = inputs;
  const cells = new Map<string, { due: boolean; fulfilled: boolean }>();
  for (const r of rows) {
    const id = String(r.pledge_id);
    const group = groups.get(id) ?? id;
    const due = isDue(r, today);
    if (!due) continue;
    const own = (r.pledgers as string[] | null) ?? [];
    const pledgers = [...new Set([...own, ...own.flatMap((p) => above.get(p) ?? [])])];
    const areas = [...new Set(topics.survivors((r.areas as string[] | null) ?? []))];
    for (const pledger of pledgers.length ? pledgers : [null])
      for (const area of areas.length ? areas : [null]) {
        if (only && (pledger === null || !only.has(pledger))) continue;
        const key = JSON.stringify([pledger, area, group]);
        const cell = cells.get(key) ?? { due: false, fulfilled: false };
        cell.due = true;
        cell.fulfilled ||= r.status === 'fulfilled';
        cells.set(key, cell);
      }
  }
  const table = new Map<string, ComplianceRow>();
  for (const [key, cell] of cells) {
    const [pledger, area] = JSON.parse(key) as [string | null, string | null];
    const k = JSON.stringify([pledger, area]);
    const row = table.get(k) ?? { pledger, area, due: 0, fulfilled: 0, compliance: null };
    row.due += 1;
    if (cell.fulfilled) row.fulfilled += 1;
    table.set(k, row);
  }
  return [...table.values()]
    .map((e) => ({
      ...e,
      compliance: e.due ? Math.round((e.fulfilled / e.due) * 1000) / 1000 : null,
    }))
    .sort((a, b) => byText(a.pledger, b.pledger) || byText(a.area, b.area));
}

/** Text in order, a value not stated (null) after every stated one. */
function byText(a: string | null, b: string | null): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  return a.localeCompare(b);
}
