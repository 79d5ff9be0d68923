const MONTHS = [
  'January',
  'February',
  'March',
  'April',
  'May',
  'June',
  'July',
  'August',
  'September',
  'October',
  'November',
  'December',
];

/**
 * A partial date in words: `14 October 2024`, `October 2024`, `Q4 2024`, `2024`, `approximately
 * October 2024`, `before 2024`; "not stated" for null. Text that is no partial date is shown as it is.
 */
export function formatPartialDate(value: string | null | undefined, whenMissing = 'not stated'): string {
  if (value === null || value === undefined || value === '') return whenMissing;
  const m = /^(?:(approximately|before|after) )?(\d{4})(?:-(?:Q([1-4])|(\d{2})(?:-(\d{2}))?))?$/.exec(value);
  if (!m) return value;
  const [, qualifier, year, quarter, month, day] = m;
  const monthName = month ? MONTHS[Number(month) - 1] : undefined;
  if (month && !monthName) return value;
  const plain = day ? `${Number(day)} ${monthName} ${year}` : monthName ? `${monthName} ${year}` : quarter ? `Q${quarter} ${year}` : year;
  return qualifier ? `${qualifier} ${plain}` : plain;
}

/**
 * A day as people write it: `14 October 2024`; a date as precise as the source likewise (`October
 * 2024`, `Q4 2024`, `before 2024`). Anything that is no date is shown as it is.
 */
export function formatDay(iso: string | null | undefined): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso ?? '');
  if (!m) return formatPartialDate(iso, '');
  return `${Number(m[3])} ${MONTHS[Number(m[2]) - 1]} ${m[1]}`;
}

/**
 * The ISO day (`2024-10-14`) of a day typed as `14 October 2024`, `14 Oct 2024`, `2024-10-14` or
 * `14/10/2024` (day first, as in this ministry's letters); null when it is not a real day.
 */
export function parseDay(text: string): string | null {
  const t = text.trim().replace(/\s+/g, ' ');
  let y: number, mo: number, d: number;
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t);
  if (m) [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else if ((m = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(t)))
    [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  else if ((m = /^(\d{1,2}) ([A-Za-z]+)\.?,? (\d{4})$/.exec(t))) {
    const month = monthNumber(m[2]);
    if (!month) return null;
    [d, mo, y] = [Number(m[1]), month, Number(m[3])];
  } else return null;
  const date = new Date(Date.UTC(y, mo - 1, d));
  if (date.getUTCFullYear() !== y || date.getUTCMonth() !== mo - 1 || date.getUTCDate() !== d)
    return null;
  return `${String(y).padStart(4, '0')}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function monthNumber(name: string): number | null {
  const n = name.toLowerCase();
  if (n.length < 3) return null;
  const i = MONTHS.findIndex(
    (month) => month.toLowerCase().startsWith(n) || (n === 'sept' && month === 'September'),
  );
  return i < 0 ? null : i + 1;
}

/** The check of a date field: what to do when it is empty or not a real day. */
export function dayProblem(text: string, whenEmpty: string | null): string | null {
  if (!text.trim()) return whenEmpty;
  return parseDay(text) ? null : 'Enter a real date, like 14 October 2024 or 2024-10-14';
}

/**
 * A local moment typed as `1 December 2026 09:30`, `2026-12-01T09:30` or `2026-12-01 at 9:30`; a
 * day alone means the end of that day. Null when the day or the time is not real.
 */
export function parseLocalInstant(text: string): Date | null {
  const m = /^(.+?)(?:(?:\s+at\s+|\s*T\s*|,?\s+)(\d{1,2}):(\d{2}))?$/i.exec(text.trim());
  const day = m && parseDay(m[1]);
  if (!m || !day) return null;
  const [hours, minutes] = m[2] ? [Number(m[2]), Number(m[3])] : [23, 59];
  if (hours > 23 || minutes > 59) return null;
  const [y, mo, d] = day.split('-').map(Number);
  return new Date(y, mo - 1, d, hours, minutes, m[2] ? 0 : 59);
}
