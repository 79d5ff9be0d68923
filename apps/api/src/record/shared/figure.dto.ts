import { ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsIn,
  IsISO4217CurrencyCode,
  IsNotEmpty,
  IsOptional,
  IsString,
  MaxLength,
} from 'class-validator';
import { FIGURE_QUALIFIERS, type FigureQualifier, type Target } from '@chancery/diplomacy';
import { IsExactFigure, OneShapeOf, Optional } from './dto';

/**
 * A figure as a source states it: `{ amount, currency }`, `{ quantity, unit }` or
 * `{ rating, scale }`, each with an optional `qualifier` ("more than") and, for an amount or a
 * quantity, `ofTotal` ("748 of 768 km": `{ quantity: 748, unit: 'km', ofTotal: 768 }`).
 * Which shape: `@FigureShape()` on the field that holds it.
 */
export class FigureDto {
  @ApiPropertyOptional({ example: 2900000000 })
  @Optional()
  @IsExactFigure()
  amount?: number;

  @ApiPropertyOptional({ example: 'USD' })
  @Optional()
  @IsISO4217CurrencyCode({
    message: ({ value }) =>
      `currency ${JSON.stringify(value)} is not an ISO 4217 currency code (such as USD, EUR)`,
  })
  currency?: string;

  @ApiPropertyOptional({ example: 328 })
  @Optional()
  @IsExactFigure()
  quantity?: number;

  @ApiPropertyOptional({ example: 'settlements' })
  @Optional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(60)
  unit?: string;

  @ApiPropertyOptional({ example: 'BBB-', description: 'A value that is not a number: a rating' })
  @Optional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(20)
  rating?: string;

  @ApiPropertyOptional({
    example: 'S&P',
    nullable: true,
    description: 'Whose scale the rating is on',
  })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(60)
  scale?: string | null;

  @ApiPropertyOptional({ enum: FIGURE_QUALIFIERS, nullable: true, example: 'more than' })
  @IsOptional()
  @IsIn(FIGURE_QUALIFIERS)
  qualifier?: FigureQualifier | null;

  @ApiPropertyOptional({
    nullable: true,
    example: 768,
    description: 'The total the figure is part of, in its unit or currency ("748 of 768 km")',
  })
  @IsOptional()
  @IsExactFigure()
  ofTotal?: number | null;
}

const HEDGES = ['qualifier?', 'ofTotal?'];

/** The fields given must be those of one figure shape (with its qualifier and total). */
export const FigureShape = () =>
  OneShapeOf([
    ['amount', 'currency', ...HEDGES],
    ['quantity', 'unit', ...HEDGES],
    ['rating', 'scale?', 'qualifier?'],
  ]);

export function toTarget(f: FigureDto): Target {
  const hedges = { qualifier: f.qualifier ?? null, ofTotal: f.ofTotal ?? null };
  if (f.rating !== undefined) return { rating: f.rating, scale: f.scale ?? null, ...hedges };
  if (f.amount !== undefined) return { amount: f.amount, currency: f.currency!, ...hedges };
  return { quantity: f.quantity!, unit: f.unit!, ...hedges };
}
