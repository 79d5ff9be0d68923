import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsISO4217CurrencyCode,
  IsNotEmpty,
  IsNumber,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { IsIsoDay, PartyRefDto, SourcedDto } from '../../shared/dto';

/** Either `{ amount, currency }` or `{ quantity, unit }`. */
export class FigureDto {
  @ApiPropertyOptional({ example: 2900000000 })
  @ValidateIf((f: FigureDto) => f.quantity === undefined)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  amount?: number;

  @ApiPropertyOptional({ example: 'USD' })
  @ValidateIf((f: FigureDto) => f.amount !== undefined)
  @IsISO4217CurrencyCode()
  currency?: string;

  @ApiPropertyOptional({ example: 328 })
  @ValidateIf((f: FigureDto) => f.amount === undefined)
  @IsNumber({ allowNaN: false, allowInfinity: false })
  quantity?: number;

  @ApiPropertyOptional({ example: 'settlements' })
  @ValidateIf((f: FigureDto) => f.quantity !== undefined)
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
  @ValidateIf((p: PeriodDto) => p.asOf === undefined)
  @IsIsoDay()
  to?: string;

  @ApiPropertyOptional({ example: '2024-06-30' })
  @ValidateIf((p: PeriodDto) => p.to === undefined)
  @IsIsoDay()
  asOf?: string;
}

export class RecordIndicatorDto extends SourcedDto {
  @ApiPropertyOptional({ description: 'Client-chosen UUID; generated when absent' })
  @IsOptional()
  @IsUUID()
  indicatorId?: string;

  @ApiProperty({ example: 'gross inflow of direct investment' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  measures!: string;

  @ApiProperty({ type: FigureDto })
  @ValidateNested()
  @Type(() => FigureDto)
  figure!: FigureDto;

  @ApiProperty({ type: PeriodDto })
  @ValidateNested()
  @Type(() => PeriodDto)
  period!: PeriodDto;

  @ApiPropertyOptional({
    type: PartyRefDto,
    nullable: true,
    example: { kind: 'country', id: 'LUX' },
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => PartyRefDto)
  from?: PartyRefDto | null;

  @ApiPropertyOptional({
    type: PartyRefDto,
    nullable: true,
    example: { kind: 'country', id: 'KAZ' },
  })
  @IsOptional()
  @ValidateNested()
  @Type(() => PartyRefDto)
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
