import { labelOf, PLEDGE_LEVELS } from '../api/vocabulary';
import { formatDay } from './dates';
import { codeLabel } from './words';

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

/** The kind of an engagement in words. */
export function engagementKind(kind: unknown): string {
  return ({ meeting: 'Meeting', visit: 'Visit', pledge: 'Pledge' } as Record<string, string>)[String(kind)] ?? codeLabel(String(kind ?? ''));
}

/** An engagement's title in words: a visit's `official visit: …` starts with a capital. */
export function engagementTitle(item: { kind?: unknown; title?: unknown; date?: unknown }): string {
  const title = typeof item.title === 'string' && item.title.trim() ? item.title : null;
  if (!title) return `${engagementKind(item.kind)} on ${formatWhen(item.date)}`;
  return title.charAt(0).toUpperCase() + title.slice(1);
}

/** An engagement's summary in words: a pledge's level, a visit's days. */
export function engagementSummary(item: { kind?: unknown; summary?: unknown }): string {
  if (typeof item.summary !== 'string') return '';
  if (item.kind === 'pledge') return labelOf(PLEDGE_LEVELS, item.summary);
  return formatWhen(item.summary);
}

/** A figure as people read it: `US$2.9 billion`, `328 settlements`. */
export function formatFigure(figure: unknown): string {
  if (!figure || typeof figure !== 'object') return String(figure ?? '');
  const f = figure as Record<string, unknown>;
  if (typeof f.amount === 'number' && typeof f.currency === 'string') return formatMoney(f.amount, f.currency);
  if (typeof f.quantity === 'number') return `${f.quantity.toLocaleString('en-GB')} ${String(f.unit ?? '')}`.trim();
  return Object.values(f).map(String).join(' ');
}

/** An indicator's period in words: `since 2005 to 31 December 2023`, `as of 1 July 2024`. */
export function formatPeriod(period: unknown): string {
  if (!period || typeof period !== 'object') return formatWhen(period);
  const p = period as Record<string, unknown>;
  if (p.asOf) return `as of ${formatWhen(p.asOf)}`;
  if ('to' in p) return p.from ? `${formatWhen(p.from)} to ${formatWhen(p.to)}` : `up to ${formatWhen(p.to)}`;
  return Object.values(p).map(formatWhen).join(' – ');
}

/** `US$2.9 billion`, `€350 million`, `£12,500`: large sums in words, as a ministry writes them. */
function formatMoney(amount: number, currency: string): string {
  let symbol = currency;
  try {
    symbol = new Intl.NumberFormat('en-GB', { style: 'currency', currency }).formatToParts(1).find((p) => p.type === 'currency')?.value ?? currency;
  } catch {
    return `${amount.toLocaleString('en-GB')} ${currency}`;
  }
  const scale = Math.abs(amount) >= 1e9 ? [1e9, ' billion'] as const : Math.abs(amount) >= 1e6 ? [1e6, ' million'] as const : [1, ''] as const;
  const figure = (amount / scale[0]).toLocaleString('en-GB', { maximumFractionDigits: scale[0] === 1 ? 2 : 1 });
  return `${symbol}${figure}${scale[1]}`;
}
