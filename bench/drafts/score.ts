import type { Draft, Gazetteer } from '@chancery/drafting';

/** Precision and recall of one kind: what the draft proposed, what the record holds, what agreed. */
export interface Tally {
  proposed: number;
  expected: number;
  matched: number;
}

export type Kind = 'participants' | 'meeting dates' | 'pledges' | 'quotes' | 'indicators';
export const KINDS: readonly Kind[] = [
  'participants',
  'meeting dates',
  'pledges',
  'quotes',
  'indicators',
];

interface Expected {
  meetings?: {
    date: string | null;
    format: string;
    participants: { name: string | null; side: string | null }[];
  }[];
  pledges?: { by: string | null; amount: { value: number; currency: string } | null }[];
  statements?: { speaker: string | null; quote: string }[];
  indicators?: { value: number; unit_or_currency: string }[];
}

const PARTICLES = new Set(['bin', 'al', 'de', 'van', 'von', 'el', 'ibn', 'sheikh', 'dr', 'dato']);
const nameWords = (n: string) =>
  n
    .toLowerCase()
    .replace(/[’']/g, "'")
    .split(/[\s.]+/)
    .filter((w) => w.length >= 3 && !PARTICLES.has(w));
export const sameName = (x: string | null, y: string | null) =>
  x === null || y === null ? x === y : nameWords(x).some((w) => nameWords(y).includes(w));

export function sideKey(gazetteer: Gazetteer) {
  return (side: string | null): string | null => {
    if (!side) return null;
    if (/^[A-Z]{2,3}$/.test(side)) return side;
    const s = side.toLowerCase();
    const org = gazetteer.organisations.find((o) =>
      [o.name, o.acronym, ...(o.aliases ?? [])].some((n) => n?.toLowerCase() === s),
    );
    return org ? (org.code ?? org.acronym ?? org.name).toUpperCase() : s;
  };
}

const sameAmount = (x: number, y: number) =>
  Math.abs(x - y) <= Math.max(Math.abs(x), Math.abs(y)) * 0.005;
const unitKey = (u: string) => {
  const s = u.toLowerCase().replace(/\s+/g, ' ').trim();
  if (/^(?:%|percent|per cent)$/.test(s)) return 'percent';
  if (/^(?:usd|us dollars|dollars)$/.test(s)) return 'USD';
  return s.replace(/s$/, '');
};
const quoteKey = (q: string) =>
  q
    .replace(/\s*\[truncated\]\s*$/, '')
    .replace(/[“”"]/g, '')
    .replace(/[’']/g, "'")
    .replace(/\s+/g, ' ')
    .replace(/[\s,.;:]+$/, '')
    .trim()
    .toLowerCase();
const sameQuote = (x: string, y: string) => {
  const [a, b] = [quoteKey(x), quoteKey(y)];
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short === long || (long.startsWith(short) && short.length >= 0.8 * long.length);
};
const parties = (s: string | null, key: (x: string | null) => string | null) =>
  (s ?? '')
    .split('+')
    .map((x) => key(x.trim()))
    .filter((x): x is string => !!x);

/** Greedy one-to-one matching of proposed items against expected ones. */
function tally<P, E>(proposed: P[], expected: E[], same: (p: P, e: E) => boolean): Tally {
  const free = [...expected];
  let matched = 0;
  for (const p of proposed) {
    const i = free.findIndex((e) => same(p, e));
    if (i >= 0) {
      free.splice(i, 1);
      matched++;
    }
  }
  return { proposed: proposed.length, expected: expected.length, matched };
}

export function score(draft: Draft, expected: Expected, gazetteer: Gazetteer): Record<Kind, Tally> {
  const key = sideKey(gazetteer);
  type Who = { name: string | null; side: string | null };
  const uniq = (list: Who[]) =>
    list.filter(
      (w, i) =>
        list.findIndex(
          (v) =>
            sameName(v.name, w.name) && v.side === w.side && (v.name !== null || w.name === null),
        ) === i,
    );
  const expectedWho = uniq(
    (expected.meetings ?? [])
      .flatMap((m) => m.participants)
      .map((p) => ({ name: p.name, side: key(p.side) })),
  ).filter((w) => w.name || w.side);
  const draftWho = uniq(
    draft.meetings
      .flatMap((m) => m.participants)
      .map((p) => ({ name: p.name.value, side: key(p.side.value) })),
  ).filter((w) => w.name || w.side);
  return {
    participants: tally(
      draftWho,
      expectedWho,
      (p, e) => sameName(p.name, e.name) && p.side === e.side,
    ),
    'meeting dates': tally(
      draft.meetings.map((m) => ({ date: m.date.value, format: m.format.value })),
      (expected.meetings ?? []).map((m) => ({ date: m.date, format: m.format })),
      (p, e) => p.date === e.date && p.format === e.format,
    ),
    pledges: tally(
      draft.pledges.map((p) => ({ by: parties(p.by.value, key), amount: p.amount.value })),
      (expected.pledges ?? []).map((p) => ({ by: parties(p.by, key), amount: p.amount })),
      (p, e) =>
        p.by.some((c) => e.by.includes(c)) &&
        (p.amount && e.amount
          ? p.amount.currency === e.amount.currency && sameAmount(p.amount.value, e.amount.value)
          : !p.amount && !e.amount),
    ),
    quotes: tally(
      draft.statements.map((s) => ({ speaker: s.speaker.value, quote: s.quote.value ?? '' })),
      expected.statements ?? [],
      (p, e) => sameName(p.speaker, e.speaker) && sameQuote(p.quote, e.quote),
    ),
    indicators: tally(
      draft.indicators.map((i) => ({
        value: i.value.value ?? NaN,
        unit: i.unit_or_currency.value ?? '',
      })),
      (expected.indicators ?? []).map((i) => ({ value: i.value, unit: i.unit_or_currency })),
      (p, e) => sameAmount(p.value, e.value) && unitKey(p.unit) === unitKey(e.unit),
    ),
  };
}

export const add = (x: Tally, y: Tally): Tally => ({
  proposed: x.proposed + y.proposed,
  expected: x.expected + y.expected,
  matched: x.matched + y.matched,
});
export const precision = (t: Tally) => (t.proposed ? t.matched / t.proposed : t.expected ? 0 : 1);
export const recall = (t: Tally) => (t.expected ? t.matched / t.expected : 1);
