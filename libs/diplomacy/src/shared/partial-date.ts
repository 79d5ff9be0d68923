import { isIsoDate } from './dates';
import { DomainError } from './errors';
import type { IsoDate } from './vocabulary';

/**
 * A date as precise as the source states it, written as text so that every exact day already
 * stored (`2024-10-14`) is a valid partial date with no upcasting:
 *
 *   2024-10-14 · 2024-10 · 2024-Q4 · 2024          day, month, quarter, year
 *   approximately 2024-10 · before 2024 · after 2024-10-14
 *
 * "Not stated" is `null` in the fields that may be left unstated. Its meaning in queries is the
 * span of days it may be: `2024-10` is 2024-10-01…2024-10-31, `before 2024` ends on 2023-12-31 with
 * no first day, `after 2024-10` starts on 2024-11-01 with no last day. A range query matches a
 * partial date when the two spans overlap; lists sort by `sortKey` (the first possible day; "before
 * X" sorts at X's first day).
 */
export type PartialDate = string;

export const DATE_PRECISIONS = ['day', 'month', 'quarter', 'year'] as const;
export type DatePrecision = (typeof DATE_PRECISIONS)[number];
export const DATE_QUALIFIERS = ['approximately', 'before', 'after'] as const;
export type DateQualifier = (typeof DATE_QUALIFIERS)[number];

export type ParsedDate = {
  qualifier: DateQualifier | null;
  precision: DatePrecision;
  /** The date as written without its qualifier: `2024-10`. */
  date: string;
  /** First and last day the plain date covers. */
  first: IsoDate;
  last: IsoDate;
};

const FORM = /^(?:(approximately|before|after) )?(\d{4})(?:-(?:Q([1-4])|(\d{2})(?:-(\d{2}))?))?$/;

/**
 * Parsed dates by their text. A log repeats the same few thousand dates, and a rebuild asks for
 * each one's span and sort key many times over (0.5 s of CPU per 100,000 events before). Bounded:
 * emptied once it holds 10,000.
 */
const parsed = new Map<string, Readonly<ParsedDate> | null>();

/** The parts of a partial date, or null when it is not one (`2024-13`, `2024-02-30`, `before`). */
export function parsePartialDate(value: string): Readonly<ParsedDate> | null {
  let result = parsed.get(value);
  if (result !== undefined) return result;
  result = parse(value);
  if (parsed.size >= 10_000) parsed.clear();
  parsed.set(value, result && Object.freeze(result));
  return result;
}

function parse(value: string): ParsedDate | null {
  const match = FORM.exec(value);
  if (!match) return null;
  const [, qualifier, yearText, quarter, month, day] = match;
  const year = Number(yearText);
  if (year < 1) return null;
  const q = (qualifier ?? null) as DateQualifier | null;
  const date = value.slice(qualifier ? qualifier.length + 1 : 0);
  if (day !== undefined) {
    if (!isIsoDate(date)) return null;
    return { qualifier: q, precision: 'day', date, first: date, last: date };
  }
  if (month !== undefined) {
    const m = Number(month);
    if (m < 1 || m > 12) return null;
    return { qualifier: q, precision: 'month', date, ...monthSpan(year, m, m) };
  }
  if (quarter !== undefined) {
    const firstMonth = (Number(quarter) - 1) * 3 + 1;
    return {
      qualifier: q,
      precision: 'quarter',
      date,
      ...monthSpan(year, firstMonth, firstMonth + 2),
    };
  }
  return { qualifier: q, precision: 'year', date, ...monthSpan(year, 1, 12) };
}

export function isPartialDate(value: unknown): value is PartialDate {
  return typeof value === 'string' && parsePartialDate(value) !== null;
}

export const PARTIAL_DATE_RULE =
  'a date as precise as the source: YYYY-MM-DD, YYYY-MM, YYYY-Qn or YYYY, optionally after ' +
  '"approximately ", "before " or "after "';

export function requirePartialDate(value: string, field: string): PartialDate {
  if (!isPartialDate(value))
    throw new DomainError('RECORD.INVALID_DATE', `${field} must be ${PARTIAL_DATE_RULE}`);
  return value;
}

/**
 * The days a partial date may mean, as an inclusive span; an open end is null. "approximately"
 * keeps the plain span: it flags uncertainty without inventing a margin.
 */
export function dateSpan(value: PartialDate): { from: IsoDate | null; to: IsoDate | null } {
  const parsed = parsePartialDate(value);
  if (!parsed) throw new DomainError('RECORD.INVALID_DATE', `"${value}" is not a partial date`);
  if (parsed.qualifier === 'before') return { from: null, to: addDays(parsed.first, -1) };
  if (parsed.qualifier === 'after') return { from: addDays(parsed.last, 1), to: null };
  return { from: parsed.first, to: parsed.last };
}

/** Where a partial date sorts among days: its first possible day, or for "before X" X's first day. */
export function sortKey(value: PartialDate): IsoDate {
  const parsed = parsePartialDate(value);
  if (!parsed) throw new DomainError('RECORD.INVALID_DATE', `"${value}" is not a partial date`);
  return parsed.qualifier === 'after' ? addDays(parsed.last, 1) : parsed.first;
}

/** True when every day `a` may be comes before every day `b` may be ("2024-10" before "2024-11-02"). */
export function surelyBefore(a: PartialDate, b: PartialDate): boolean {
  const end = dateSpan(a).to;
  const start = dateSpan(b).from;
  return end !== null && start !== null && end < start;
}

/** The last day by which a deadline stated as a partial date has surely passed; null if open. */
export function deadlineDay(value: PartialDate): IsoDate | null {
  return dateSpan(value).to;
}

function monthSpan(year: number, firstMonth: number, lastMonth: number) {
  const pad = (n: number, width = 2) => String(n).padStart(width, '0');
  const lastDay = new Date(Date.UTC(year, lastMonth, 0)).getUTCDate();
  return {
    first: `${pad(year, 4)}-${pad(firstMonth)}-01`,
    last: `${pad(year, 4)}-${pad(lastMonth)}-${pad(lastDay)}`,
  };
}

function addDays(day: IsoDate, days: number): IsoDate {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
