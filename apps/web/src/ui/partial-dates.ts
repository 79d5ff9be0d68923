import { formatPartialDate, parseDay } from './dates';

export { formatPartialDate };

/**
 * Dates as precise as the source, as people write them. The API's form (libs/diplomacy's
 * partial-date.ts) is `2024-10-14`, `2024-10`, `2024-Q4` or `2024`, optionally after
 * `approximately `, `before ` or `after `; staff type and read `14 October 2024`, `October 2024`,
 * `Q4 2024`, `2024`, `about March 2025`, `before 2024`.
 */

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const APPROXIMATELY = /^(?:approximately|approx\.?|about|around|circa|ca\.|c\.)\s+/i;
const BEFORE = /^before\s+/i;
const AFTER = /^after\s+/i;

/** The API's partial date for a date typed in words; null when it is not a real date (`31 February 2024`, `Q5 2024`, `before` alone). */
export function parsePartialDate(text: string): string | null {
  let rest = text.trim().replace(/\s+/g, ' ');
  let qualifier = '';
  for (const [pattern, word] of [
    [APPROXIMATELY, 'approximately'],
    [BEFORE, 'before'],
    [AFTER, 'after'],
  ] as const) {
    if (pattern.test(rest)) {
      qualifier = `${word} `;
      rest = rest.replace(pattern, '');
      break;
    }
  }
  const plain = plainDate(rest);
  return plain ? `${qualifier}${plain}` : null;
}

function plainDate(text: string): string | null {
  const day = parseDay(text);
  if (day) return day;
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})$/.exec(text))) return Number(m[1]) >= 1 ? m[1] : null;
  if ((m = /^(\d{4})-(\d{2})$/.exec(text))) return monthOf(m[1], Number(m[2]));
  if ((m = /^(\d{1,2})\/(\d{4})$/.exec(text))) return monthOf(m[2], Number(m[1]));
  if ((m = /^([A-Za-z]+)\.?,? (\d{4})$/.exec(text))) {
    const month = monthNumber(m[1]);
    return month ? monthOf(m[2], month) : null;
  }
  if ((m = /^(?:Q([1-4]) (\d{4})|(\d{4})[- ]Q([1-4]))$/i.exec(text))) return `${m[2] ?? m[3]}-Q${m[1] ?? m[4]}`;
  if ((m = /^(?:the )?(first|second|third|fourth) quarter(?: of)? (\d{4})$/i.exec(text)))
    return `${m[2]}-Q${['first', 'second', 'third', 'fourth'].indexOf(m[1].toLowerCase()) + 1}`;
  return null;
}

function monthOf(year: string, month: number): string | null {
  return month >= 1 && month <= 12 ? `${year}-${String(month).padStart(2, '0')}` : null;
}

function monthNumber(name: string): number | null {
  const n = name.toLowerCase();
  if (n.length < 3) return null;
  const i = MONTHS.findIndex((month) => month.toLowerCase().startsWith(n) || (n === 'sept' && month === 'September'));
  return i < 0 ? null : i + 1;
}

export const PARTIAL_DATE_HINT = 'As precise as the source: 14 October 2024, October 2024, Q4 2024 or 2024; “approximately”, “before” or “after” may go first';

/** The check of a partial-date field: what to do when it is empty (null: it may be left empty) or not a date. */
export function partialDateProblem(text: string, whenEmpty: string | null): string | null {
  if (!text.trim()) return whenEmpty;
  return parsePartialDate(text) ? null : 'Enter a real date as precise as the source, like 14 October 2024, October 2024, Q4 2024 or 2024';
}

/** What to send for a partial-date field: the API's form, or null when left empty ("not stated"). */
export function partialDateOrNull(text: string): string | null {
  return text.trim() ? parsePartialDate(text) : null;
}
