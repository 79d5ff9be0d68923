import { applyDecorators } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsOptional, registerDecorator } from 'class-validator';

/** Paging bounds: pages of at most 500 items, starting at most 100,000 items in (filter instead). */
export const MAX_LIMIT = 500;
export const MAX_OFFSET = 100_000;

/**
 * An optional whole number in a query string, written in digits only and from `min` to `max`:
 * `1e19`, `0x10`, `99999999999999999999` and ` 5` are refused, never read as something else.
 */
export const QueryInteger = (min: number, max: number) =>
  applyDecorators(
    IsOptional(),
    Transform(({ value }: { value: unknown }) =>
      typeof value === 'string' && /^\d{1,16}$/.test(value) ? Number(value) : value,
    ),
    (target: object, propertyName: string | symbol) =>
      registerDecorator({
        name: 'queryInteger',
        target: target.constructor,
        propertyName: String(propertyName),
        constraints: [min, max],
        options: { message: `$property must be a whole number from ${min} to ${max}` },
        validator: {
          validate: (v: unknown) => Number.isSafeInteger(v) && Number(v) >= min && Number(v) <= max,
        },
      }),
  );

/** Read-your-writes: the `position` a command answered with; the query waits until it is applied. */
export class ConsistentQuery {
  @ApiPropertyOptional({
    description: 'Wait (at most 5 s) until the read model has applied this global position',
    example: 42,
    type: 'integer',
    minimum: 0,
    maximum: Number.MAX_SAFE_INTEGER,
  })
  @QueryInteger(0, Number.MAX_SAFE_INTEGER)
  minPosition?: number;
}

export class PageQuery extends ConsistentQuery {
  @ApiPropertyOptional({ default: 50, type: 'integer', minimum: 1, maximum: MAX_LIMIT })
  @QueryInteger(1, MAX_LIMIT)
  limit = 50;

  @ApiPropertyOptional({ default: 0, type: 'integer', minimum: 0, maximum: MAX_OFFSET })
  @QueryInteger(0, MAX_OFFSET)
  offset = 0;
}

export interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}
