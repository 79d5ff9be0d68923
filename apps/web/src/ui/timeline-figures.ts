import { formatWhen } from './timeline-dates';

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
