import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { isISO4217CurrencyCode, IsOptional, registerDecorator } from 'class-validator';
import { FIGURE_QUALIFIERS, isExactFigure, type Measure, type Target } from '@chancery/diplomacy';
import { Optional } from '../shared/dto';

const SHAPES = '{ quantity, unit }, { amount, currency } or { rating, scale }';
const EXTRAS = ['qualifier', 'ofTotal'];

function numberProblem(name: string, figure: unknown): string | null {
  if (!isExactFigure(figure) || figure < 0)
    return `${name} must be a number ≥ 0, below 10^15, with at most 15 significant digits`;
  return null;
}

/** What is wrong with one figure as a source states it, or null. */
export function targetProblem(value: unknown, extras = EXTRAS): string | null {
  if (!value || typeof value !== 'object' || Array.isArray(value))
    return `must be one object: ${SHAPES}`;
  const m = value as Record<string, unknown>;
  const keys = Object.keys(m)
    .filter((k) => !extras.includes(k))
    .sort()
    .join(',');
  if (
    m.qualifier !== undefined &&
    m.qualifier !== null &&
    !FIGURE_QUALIFIERS.includes(m.qualifier as never)
  )
    return `qualifier must be one of ${FIGURE_QUALIFIERS.join(', ')}, or null`;
  const value_ =
    keys === 'quantity,unit' ? m.quantity : keys === 'amount,currency' ? m.amount : null;
  if (m.ofTotal !== undefined && m.ofTotal !== null) {
    if (keys === 'rating,scale' || keys === 'rating') return 'a rating has no total (ofTotal)';
    const problem = numberProblem('ofTotal', m.ofTotal);
    if (problem) return problem;
    if (typeof value_ === 'number' && (m.ofTotal as number) < value_)
      return 'ofTotal must be at least the figure it is part of';
  }
  if (keys === 'quantity,unit') {
    if (typeof m.unit !== 'string' || m.unit.trim() === '') return 'needs a unit (text)';
    return numberProblem('quantity', m.quantity);
  }
  if (keys === 'amount,currency') {
    if (typeof m.currency !== 'string' || !isISO4217CurrencyCode(m.currency))
      return `currency ${JSON.stringify(m.currency)} is not an ISO 4217 currency code (such as USD, EUR)`;
    return numberProblem('amount', m.amount);
  }
  if (keys === 'rating,scale' || keys === 'rating') {
    if (typeof m.rating !== 'string' || !m.rating.trim() || m.rating.length > 20)
      return 'rating must be text such as BBB- (at most 20 characters)';
    if (
      m.scale !== undefined &&
      m.scale !== null &&
      (typeof m.scale !== 'string' || m.scale.length > 40)
    )
      return 'scale must be text such as S&P, or null';
    return null;
  }
  return `needs one of three formats, ${SHAPES}${keys ? `, not { ${keys.replace(/,/g, ', ')} }` : ''}`;
}

/** The figure with its qualifier and total, null where not stated. */
export function asTarget(value: object): Target {
  const { qualifier = null, ofTotal = null, ...figure } = value as Record<string, unknown>;
  const rated = 'rating' in figure ? { scale: null, ...figure } : figure;
  return { ...rated, qualifier, ofTotal } as Target;
}

const TARGET_SCHEMA = {
  type: 'object',
  description:
    'One of { quantity, unit }, { amount, currency } (ISO 4217) or { rating, scale }, ' +
    `with an optional qualifier (${FIGURE_QUALIFIERS.join(', ')}) and ofTotal ("748 of 768 km")`,
  properties: {
    quantity: { type: 'number' },
    unit: { type: 'string' },
    amount: { type: 'number' },
    currency: { type: 'string' },
    rating: { type: 'string' },
    scale: { type: 'string', nullable: true },
    qualifier: { type: 'string', enum: [...FIGURE_QUALIFIERS], nullable: true },
    ofTotal: { type: 'number', nullable: true },
  },
};

function rule(
  name: string,
  message: (property: string, value: unknown) => string,
  test: (value: unknown) => boolean,
) {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name,
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message: ({ property, value }) => message(property, value) },
      validator: { validate: test },
    });
}

const listProblem = (value: unknown): string | null => {
  if (!Array.isArray(value)) return ' must be a list of figures';
  if (value.length > 20) return ' holds at most 20 figures';
  for (const [i, item] of value.entries()) {
    const problem = targetProblem(item);
    if (problem) return `[${i}] ${problem}`;
  }
  return null;
};

/** An optional list of figures (`targets`, progress `figures`); the error names the item. */
export function OptionalTargets(description: string, example: object[]) {
  return applyDecorators(
    ApiPropertyOptional({ description, type: 'array', items: TARGET_SCHEMA, example, default: [] }),
    Optional(), // left out is none; null is refused (an empty list says none)
    rule(
      'isTargetList',
      (property, value) => `${property}${listProblem(value)}`,
      (v) => listProblem(v) === null,
    ),
  );
}

/** The single figure of the v1 shape (`target`, `achieved`), still accepted: one flat figure or null. */
export function OptionalMeasure(description: string, example: Measure) {
  return applyDecorators(
    ApiPropertyOptional({
      description: `${description} (the one-figure form; prefer the list)`,
      nullable: true,
      example,
      deprecated: true,
    }),
    IsOptional(),
    rule(
      'isMeasure',
      (property, value) => `${property} ${targetProblem(value, [])}`,
      (v) => targetProblem(v, []) === null && !('rating' in (v as object)),
    ),
  );
}
