import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';

import { IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { FigureDto, FigureShape } from '../../shared/figure.dto';
import {
  IsPartialDate,
  Nested,
  OneShapeOf,
  Optional,
  PartyRefDto,
  SourcedDto,
} from '../../shared/dto';

/** Either a period (`from` may be null: "since …" with no start known) or `asOf`, as precise as stated. */
export class PeriodDto {
  @ApiPropertyOptional({ example: '2005-01-01', nullable: true })
  @IsOptional()
  @IsPartialDate()
  from?: string | null;

  @ApiPropertyOptional({ example: '2024-10-14' })
  @Optional()
  @IsPartialDate()
  to?: string;

  @ApiPropertyOptional({ example: '2024-Q2' })
  @Optional()
  @IsPartialDate()
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

  @ApiProperty({
    type: FigureDto,
    description: 'A sum, a count or a rating, with an optional qualifier and total',
    example: { quantity: 748, unit: 'km', ofTotal: 768 },
  })
  @Nested(() => FigureDto)
  @FigureShape()
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
