import { formatDay } from './dates';

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * A date as people write it, whole or partial: `2024-10-14` → `14 October 2024`, `2024-10` →
 * `October 2024`, `2024` → `2024`. Anything else (`before 2024`, a form not known yet) is shown
 * as the API wrote it, with any whole day inside it put in words.
 */
export function formatWhen(value: unknown): string {
  if (value === null || value === undefined || value === '') return '';
  const text = typeof value === 'string' ? value : typeof value === 'object' ? describeObject(value as Record<string, unknown>) : String(value);
  const worded = formatDay(text);
  if (worded !== text) return worded;
  const month = /^(\d{4})-(\d{2})$/.exec(text);
  if (month && Number(month[2]) >= 1 && Number(month[2]) <= 12) return `${MONTHS[Number(month[2]) - 1]} ${month[1]}`;
  return text.replace(/\b\d{4}-\d{2}-\d{2}\b/g, (day) => formatDay(day));
}

/** A partial date sent as an object (`{ year: 2024, month: 10 }`, `{ before: '2024' }`) in words, as best it can. */
function describeObject(o: Record<string, unknown>): string {
  if (typeof o.text === 'string') return o.text;
  if (typeof o.value === 'string') return formatWhen(o.value);
  if (o.before !== undefined) return `before ${formatWhen(o.before)}`;
  if (o.after !== undefined) return `after ${formatWhen(o.after)}`;
  if (typeof o.year === 'number') return o.month ? `${MONTHS[Number(o.month) - 1] ?? o.month} ${o.year}` : String(o.year);
  return Object.values(o).map(String).join(' ');
}

/** A date's sortable key: its ISO text, whatever precision. */
export const sortKey = (value: unknown) => (typeof value === 'string' ? value : JSON.stringify(value ?? ''));
