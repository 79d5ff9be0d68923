/** A calendar day, `YYYY-MM-DD`; diplomatic records are dated, not timed. */
export type IsoDate = string;

/** Who may read a record; a later issue filters reads on it. New records default to `internal`. */
export const CLASSIFICATIONS = ['public', 'internal', 'confidential'] as const;
export type Classification = (typeof CLASSIFICATIONS)[number];
export const DEFAULT_CLASSIFICATION: Classification = 'internal';

export const PARTY_KINDS = ['country', 'organisation', 'person'] as const;
export type PartyKind = (typeof PARTY_KINDS)[number];

/**
 * A party to diplomacy: a country (id = ISO 3166-1 alpha-3, `KAZ`), an organisation or a person (id = UUID).
 * The stream holding it is `partyStream(ref)`.
 */
export type PartyRef = { kind: PartyKind; id: string };

/** A counted target or figure: `{ quantity: 328, unit: 'settlements' }`. */
export type Quantity = { quantity: number; unit: string };
/** A sum of money; `currency` is ISO 4217 (`USD`). */
export type Money = { amount: number; currency: string };
export type Measure = Quantity | Money;

export function isMoney(measure: Measure): measure is Money {
  return 'amount' in measure;
}

/** Amounts and quantities stay below this, so they hold exactly as written (see isExactFigure). */
export const FIGURE_LIMIT = 1e15;

/**
 * A figure held exactly as written: below 10^15 in size with at most 15 significant digits, which
 * a double holds as that very decimal (and prints back as it). Larger or finer figures would be
 * silently rounded (9007199254740993 is 9007199254740992); they are refused instead.
 */
export function isExactFigure(value: unknown): value is number {
  return (
    typeof value === 'number' &&
    Number.isFinite(value) &&
    Math.abs(value) < FIGURE_LIMIT &&
    Number(value.toPrecision(15)) === value
  );
}
