import { ApiProperty, PickType } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';
import type { Measure } from '@chancery/diplomacy';
import { IsIsoDay, SourcedDto } from '../../shared/dto';
import { OptionalMeasure } from '../measure';

export class ReportPledgeProgressDto extends PickType(SourcedDto, ['sourceIds'] as const) {
  @ApiProperty({ example: '2025-06-30' })
  @IsIsoDay()
  reportedOn!: string;

  @ApiProperty({ example: 'SES reports the first 40 settlements connected' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  note!: string;

  @OptionalMeasure('Cumulative figure so far, in the target’s unit or currency', {
    quantity: 40,
    unit: 'settlements',
  })
  achieved?: Measure | null;
}
