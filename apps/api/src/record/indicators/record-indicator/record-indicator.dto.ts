import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

import {
  IsISO4217CurrencyCode,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
} from 'class-validator';
import {
  IsExactFigure,
  IsIsoDay,
  Nested,
  OneShapeOf,
  Optional,
  PartyRefDto,
  SourcedDto,
} from '../../shared/dto';

/** Either `{ amount, currency }` or `{ quantity, unit }` (which: `@OneShapeOf` on the figure). */
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
}

/** Either a period (`from` may be null: "since …" with no start known) or `asOf`. */
export class PeriodDto {
  @ApiPropertyOptional({ example: '2005-01-01', nullable: true })
  @IsOptional()
  @IsIsoDay()
  from?: string | null;

  @ApiPropertyOptional({ example: '2024-10-14' })
  @Optional()
  @IsIsoDay()
  to?: string;

  @ApiPropertyOptional({ example: '2024-06-30' })
  @Optional()
  @IsIsoDay()
  asOf?: string;
}

export class RecordIndicatorDto extends SourcedDto {
  @ApiPropertyOptional({ description: 'Client-chosen UUID; generated when absent' })
  @Optional()
  @IsUUID()
  indicatorId?: string;

  @ApiProperty({ example: 'gross inflow of direct investment' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  measures!: string;

  @ApiProperty({ type: FigureDto })
  @Nested(() => FigureDto)
  @OneShapeOf([
    ['amount', 'currency'],
    ['quantity', 'unit'],
  ])
  figure!: FigureDto;

  @ApiProperty({ type: PeriodDto })
  @Nested(() => PeriodDto)
  @OneShapeOf([['from?', 'to'], ['asOf']])
  period!: PeriodDto;

  @ApiPropertyOptional({
    type: PartyRefDto,
    nullable: true,
    example: { kind: 'country', id: 'LUX' },
  })
  @Nested(() => PartyRefDto, { nullable: true })
  from?: PartyRefDto | null;

  @ApiPropertyOptional({
    type: PartyRefDto,
    nullable: true,
    example: { kind: 'country', id: 'KAZ' },
  })
  @Nested(() => PartyRefDto, { nullable: true })
  to?: PartyRefDto | null;

  @ApiPropertyOptional({ nullable: true, description: 'Person id of whoever stated the figure' })
  @IsOptional()
  @IsUUID()
  statedById?: string | null;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsUUID()
  meetingId?: string | null;
}
