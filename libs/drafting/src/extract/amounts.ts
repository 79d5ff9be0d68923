import type { Amount, Quantity, Span } from '../draft.types';

export interface MoneyMention {
  amount: Amount;
  span: Span;
}

export interface QuantityMention {
  quantity: Quantity;
  span: Span;
  percent: boolean;
}

const NUMBER = '(\\d{1,3}(?:[,\\u00a0 ]\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?)';
const SCALE = '(?:\\s*(trillion|billion|bn|million|mln|mn|m|thousand)\\b)?';
const QUALIFIER =
  '(?:(more than|over|some|at least|up to|about|around|approximately|nearly|almost|roughly|close to|in excess of|less than|under)\\s+)?';
const SYMBOL =
  '(?<![\\p{L}])(US\\$|NZ\\$|S\\$|A\\$|C\\$|HK\\$|R\\$|\\$|€|£|¥|USD|EUR|GBP|JPY|CNY|RMB|SGD|KZT|RUB|AED|CHF|INR|NZD|AUD|CAD)';
const WORD_CURRENCY =
  '(US dollars|U\\.S\\. dollars|dollars|euros?|pounds sterling|pounds|yuan|renminbi|roubles|rubles|tenge|yen|ringgit|dirhams|Swiss francs|rupees)';

const SYMBOLS: Record<string, string> = {
  US$: 'USD',
  NZ$: 'NZD',
  R$: 'BRL',
  $: 'USD',
  S$: 'SGD',
  A$: 'AUD',
  C$: 'CAD',
  HK$: 'HKD',
  '€': 'EUR',
  '£': 'GBP',
  '¥': 'JPY',
  RMB: 'CNY',
};
const WORDS: Record<string, string> = {
  'us dollars': 'USD',
  'u.s. dollars': 'USD',
  dollars: 'USD',
  euro: 'EUR',
  euros: 'EUR',
  'pounds sterling': 'GBP',
  pounds: 'GBP',
  yuan: 'CNY',
  renminbi: 'CNY',
  roubles: 'RUB',
  rubles: 'RUB',
  tenge: 'KZT',
  yen: 'JPY',
  ringgit: 'MYR',
  dirhams: 'AED',
  'swiss francs': 'CHF',
};
const SCALES: Record<string, number> = {
  trillion: 1e12,
  billion: 1e9,
  bn: 1e9,
  million: 1e6,
  mln: 1e6,
  mn: 1e6,
  m: 1e6,
  thousand: 1e3,
};

const number = (digits: string, scale: string | undefined) =>
  Math.round(
    Number(digits.replace(/[,\u00a0 ]/g, '')) * (scale ? SCALES[scale.toLowerCase()] : 1) * 100,
  ) / 100;

const SYMBOL_FIRST = new RegExp(`${QUALIFIER}${SYMBOL}\\s?${NUMBER}${SCALE}`, 'giu');
const WORD_AFTER = new RegExp(
  `${QUALIFIER}(?<![\\w.$€£])${NUMBER}${SCALE}\\s+${WORD_CURRENCY}\\b`,
  'gi',
);
const CODE_AFTER = new RegExp(
  `${QUALIFIER}(?<![\\w.$€£])${NUMBER}${SCALE}\\s+(USD|EUR|GBP|CNY|KZT|RUB|SGD)\\b`,
  'g',
);

export function findMoney(text: string): MoneyMention[] {
  const out: MoneyMention[] = [];
  const add = (
    m: RegExpMatchArray,
    qualifier: string | undefined,
    currency: string,
    digits: string,
    scale: string | undefined,
  ) => {
    const start = m.index ?? 0;
    const span: Span = [start, start + m[0].length];
    if (out.some((o) => o.span[0] < span[1] && span[0] < o.span[1])) return;
    out.push({
      amount: {
        value: number(digits, scale),
        currency,
        qualifier: qualifier?.toLowerCase() ?? null,
      },
      span,
    });
  };
  for (const m of text.matchAll(SYMBOL_FIRST))
    add(m, m[1], SYMBOLS[m[2].toUpperCase()] ?? SYMBOLS[m[2]] ?? m[2].toUpperCase(), m[3], m[4]);
  for (const m of text.matchAll(WORD_AFTER))
    add(m, m[1], WORDS[m[4].toLowerCase()] ?? 'USD', m[2], m[3]);
  for (const m of text.matchAll(CODE_AFTER)) add(m, m[1], m[4], m[2], m[3]);
  return out.sort((a, b) => a.span[0] - b.span[0]);
}

const TIME_UNITS =
  /^(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centuries|times|percent|per|am|pm|a\.m\.|p\.m\.)$/i;

/** "328 settlements", "7 791 enterprises", "26 percent": a figure and the thing it counts. */
export function findQuantities(text: string, excluded: readonly Span[]): QuantityMention[] {
  const out: QuantityMention[] = [];
  const re = new RegExp(
    `(?<![\\w.,$€£+\\-/])${NUMBER}(?![\\w\\-+/]|[.,]\\d)(\\s*(?:%|percent|per cent)|(?:\\s+[\\p{L}\\-]+){1,4})`,
    'gu',
  );
  for (const m of text.matchAll(re)) {
    const start = m.index ?? 0;
    if (excluded.some((s) => s[0] <= start && start < s[1])) continue;
    const value = number(m[1], undefined);
    if (/^(?:19|20)\d{2}$/.test(m[1])) continue;
    if (/^\s*(?:%|percent|per cent)$/.test(m[2])) {
      out.push({
        quantity: { value, unit: 'percent' },
        span: [start, start + m[0].length],
        percent: true,
      });
      continue;
    }
    const words = m[2].trim().split(/\s+/);
    const idx = words.findIndex(
      (w) =>
        /^\p{Ll}[\p{Ll}\-]*s$/u.test(w) ||
        /^(?:people|staff|personnel|children|women|men)$/.test(w),
    );
    if (
      idx < 0 ||
      words.slice(0, idx).some((w) => /^(?:of|and|to|in|on|for|the|a|with|from|by)$/i.test(w))
    )
      continue;
    const unit = words[idx];
    if (TIME_UNITS.test(unit) || /^(?:millions|billions|thousands)$/.test(unit)) continue;
    const end = start + m[0].indexOf(unit, m[1].length) + unit.length;
    out.push({ quantity: { value, unit }, span: [start, end], percent: false });
  }
  return out;
}
