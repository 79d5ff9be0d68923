import { ApiProperty, PickType } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength, ValidateIf } from 'class-validator';
import type { Measure, Target } from '@chancery/diplomacy';
import { IsPartialDate, SourcedDto } from '../../shared/dto';
import { OptionalMeasure, OptionalTargets } from '../targets';

export class ReportPledgeProgressDto extends PickType(SourcedDto, ['sourceIds'] as const) {
  @ApiProperty({
    description: 'When, as precise as the source states it; null = not stated',
    example: '2025-06',
    nullable: true,
  })
  @ValidateIf((_object: object, value: unknown) => value !== null)
  @IsPartialDate()
  reportedOn!: string | null;

  @ApiProperty({ example: 'SES reports the first 40 settlements connected' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  note!: string;

  @OptionalTargets('Every figure reported so far (cumulative), each with its qualifier', [
    { quantity: 748, unit: 'km', qualifier: null, ofTotal: 768 },
  ])
  figures?: Target[];

  @OptionalMeasure('One cumulative figure so far', { quantity: 40, unit: 'settlements' })
  achieved?: Measure | null;
}
