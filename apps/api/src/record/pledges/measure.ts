import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, isISO4217CurrencyCode, registerDecorator } from 'class-validator';
import { isExactFigure, type Measure } from '@chancery/diplomacy';

const SHAPES = '{ quantity, unit } or { amount, currency }';

/** What is wrong with a measure (`{ quantity, unit }` or `{ amount, currency }`), or null. */
export function measureProblem(value: unknown): string | null {
  if (!value || typeof value !== 'object' || Array.isArray(value))
    return `must be one object: ${SHAPES}`;
  const m = value as Record<string, unknown>;
  const keys = Object.keys(m).sort().join(',');
  if (keys === 'quantity,unit') {
    if (typeof m.unit !== 'string' || m.unit.trim() === '') return 'needs a unit (text)';
    return figureProblem('quantity', m.quantity);
  }
  if (keys === 'amount,currency') {
    if (typeof m.currency !== 'string' || !isISO4217CurrencyCode(m.currency))
      return `currency ${JSON.stringify(m.currency)} is not an ISO 4217 currency code (such as USD, EUR)`;
    return figureProblem('amount', m.amount);
  }
  return `needs one of two formats, ${SHAPES}${keys ? `, not { ${keys.replace(/,/g, ', ')} }` : ''}`;
}

function figureProblem(name: string, figure: unknown): string | null {
  if (!isExactFigure(figure) || figure < 0)
    return `${name} must be a number ≥ 0, below 10^15, with at most 15 significant digits`;
  return null;
}

export const isMeasure = (value: unknown): value is Measure => measureProblem(value) === null;

/** An optional, nullable measure: a target, or a figure reported against it. */
export function OptionalMeasure(description: string, example: Measure) {
  return applyDecorators(
    ApiPropertyOptional({
      description: `${description}: { quantity, unit } or { amount, currency } (ISO 4217)`,
      nullable: true,
      example,
      oneOf: [
        {
          type: 'object',
          properties: { quantity: { type: 'number' }, unit: { type: 'string' } },
          required: ['quantity', 'unit'],
        },
        {
          type: 'object',
          properties: { amount: { type: 'number' }, currency: { type: 'string' } },
          required: ['amount', 'currency'],
        },
      ],
    }),
    IsOptional(),
    (target: object, propertyName: string | symbol) =>
      registerDecorator({
        name: 'isMeasure',
        target: target.constructor,
        propertyName: String(propertyName),
        options: {
          message: ({ property, value }) => `${property} ${measureProblem(value)}`,
        },
        validator: { validate: isMeasure },
      }),
  );
}
