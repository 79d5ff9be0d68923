import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, isISO4217CurrencyCode, registerDecorator } from 'class-validator';
import type { Measure } from '@chancery/diplomacy';

const isNonNegative = (v: unknown) => typeof v === 'number' && Number.isFinite(v) && v >= 0;

/** `{ quantity, unit }` or `{ amount, currency }` (ISO 4217), nothing else. */
export function isMeasure(value: unknown): value is Measure {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return false;
  const m = value as Record<string, unknown>;
  const keys = Object.keys(m).sort().join(',');
  if (keys === 'quantity,unit')
    return isNonNegative(m.quantity) && typeof m.unit === 'string' && m.unit.trim() !== '';
  if (keys === 'amount,currency')
    return (
      isNonNegative(m.amount) && typeof m.currency === 'string' && isISO4217CurrencyCode(m.currency)
    );
  return false;
}

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
          message:
            '$property must be { quantity ≥ 0, unit } or { amount ≥ 0, currency (ISO 4217) }',
        },
        validator: { validate: isMeasure },
      }),
  );
}
