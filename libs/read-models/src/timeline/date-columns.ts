import { dateSpan, sortKey, type PartialDate } from '@chancery/diplomacy';
import type { Where } from '@chancery/projections';

/**
 * How a read model stores a partial date: the text as stated, plus `<field>_from` / `<field>_to`,
 * the first and last day it may be. The table interface compares by equality and bounds only (no
 * `IS NULL`), so an open end is stored as the first or last day there is: `before 2024` is
 * `0001-01-01`…`2023-12-31`, and a range query is two bounds on indexed text. A date not stated
 * has both columns null: it overlaps no range, and lists it only when no range is asked.
 */
export const OPEN_START = '0001-01-01';
export const OPEN_END = '9999-12-31';
/** Sorts a record with no date after every dated one in a newest-first list. */
export const UNDATED = '';

export type DateColumns = { from: string | null; to: string | null; sort: string };

export function dateColumns(date: PartialDate | null | undefined): DateColumns {
  if (!date) return { from: null, to: null, sort: UNDATED };
  const { from, to } = dateSpan(date);
  return { from: from ?? OPEN_START, to: to ?? OPEN_END, sort: sortKey(date) };
}

/**
 * A span stated by its two ends (a visit's start and end): from the first day the start may be to
 * the last day the end may be. An end not stated is taken as the other end's span (a visit of
 * 17 July, end not stated, is not taken to last for ever); neither stated, no span.
 */
export function spanColumns(
  start: PartialDate | null | undefined,
  end: PartialDate | null | undefined,
): DateColumns {
  const first = dateColumns(start ?? end);
  const last = dateColumns(end ?? start);
  return { from: first.from, to: last.to, sort: first.sort };
}

/**
 * The rows whose span overlaps `from`…`to` (either may be left out): `x_to >= from AND x_from <= to`.
 * A row with no date never matches a range.
 */
export function overlapping(column: string, from?: string, to?: string): Where {
  if (!from && !to) return {};
  return {
    [`${column}_to`]: { gte: from ?? OPEN_START },
    [`${column}_from`]: { lte: to ?? OPEN_END },
  };
}
