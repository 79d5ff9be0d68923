import { DomainError } from './errors';
import { isExactFigure, type Money, type Quantity } from './vocabulary';

/** A value that is not a number: a credit rating `{ rating: 'BBB-', scale: 'S&P' }`. */
export type Rating = { rating: string; scale: string | null };
/** What a source states as a figure: a sum of money, a count with its unit, or a rating. */
export type Figure = Money | Quantity | Rating;

/** How the source hedges a figure: "more than $12bn", "some 10,000 jobs", "up to 50%". */
export const FIGURE_QUALIFIERS = [
  'about',
  'approximately',
  'some',
  'at least',
  'more than',
  'over',
  'up to',
  'less than',
  'under',
  'nearly',
  'almost',
] as const;
export type FigureQualifier = (typeof FIGURE_QUALIFIERS)[number];

/**
 * A figure as stated: with its qualifier (null when stated flat) and, for "748 of 768 km", the
 * total it is part of (`ofTotal: 768`, in the figure's own unit or currency; null when none).
 */
export type Target = Figure & { qualifier: FigureQualifier | null; ofTotal: number | null };

export const isRating = (figure: Figure): figure is Rating => 'rating' in figure;

export const invalidFigure = (field: string, code = 'RECORD.INVALID_FIGURE') =>
  new DomainError(
    code,
    `${field} must be a finite amount with its ISO 4217 currency, a quantity with its unit, ` +
      'or a rating, with an optional qualifier and a total at least the figure',
  );

/** Refuses a figure that holds no value, no unit, an unknown qualifier or a total below it. */
export function requireTarget(target: Target, field: string, code?: string): Target {
  const fail = () => {
    throw invalidFigure(field, code);
  };
  if (target.qualifier !== null && !FIGURE_QUALIFIERS.includes(target.qualifier)) fail();
  if (isRating(target)) {
    if (!target.rating.trim() || target.ofTotal !== null) fail();
    return target;
  }
  const value = 'amount' in target ? target.amount : target.quantity;
  const unitOk =
    'amount' in target ? /^[A-Z]{3}$/.test(target.currency) : target.unit.trim() !== '';
  if (!isExactFigure(value) || !unitOk) fail();
  if (target.ofTotal !== null && (!isExactFigure(target.ofTotal) || target.ofTotal < value)) fail();
  return target;
}

/** A figure stored before qualifiers and totals existed, in the current shape. */
export const flatTarget = (figure: Figure): Target => ({
  ...figure,
  qualifier: null,
  ofTotal: null,
});
