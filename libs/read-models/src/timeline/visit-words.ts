import type { VisitFacts } from '@chancery/diplomacy';

type Visit = Pick<VisitFacts, 'kind' | 'purpose' | 'city' | 'startDate' | 'endDate'>;

const NOT_STATED = 'not stated';

/** The visit's dates as stated: `2016-07-17 – 2016-07-19`, `2018-01`, or null when not stated. */
export function visitDates(v: Visit): string | null {
  const { startDate: start, endDate: end } = v;
  if (!start && !end) return null;
  if (start === end) return start;
  return `${start ?? NOT_STATED} – ${end ?? NOT_STATED}`;
}

/** `official visit: Attend …`; a kind or purpose the source leaves out is said so. */
export const visitTitle = (v: Visit) =>
  `${v.kind ? `${v.kind} visit` : 'visit (kind not stated)'}: ${v.purpose ?? `purpose ${NOT_STATED}`}`;

export const visitSummary = (v: Visit) =>
  `${v.city ?? `city ${NOT_STATED}`}, ${visitDates(v) ?? `dates ${NOT_STATED}`}`;
