import { ApiProperty, OmitType, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsNotEmptyObject, ValidateNested } from 'class-validator';
import { ReasonDto } from '../../shared/dto';
import { RecordIndicatorDto } from '../record-indicator/record-indicator.dto';

/** Any of the indicator's facts; only those that differ from the record are kept. */
export class IndicatorChangesDto extends PartialType(
  OmitType(RecordIndicatorDto, ['indicatorId'] as const),
  { skipNullProperties: false },
) {}

export class CorrectIndicatorDto extends ReasonDto {
  @ApiProperty({
    type: IndicatorChangesDto,
    example: { figure: { amount: 2900000000, currency: 'USD' } },
  })
  @IsNotEmptyObject()
  @ValidateNested()
  @Type(() => IndicatorChangesDto)
  changes!: IndicatorChangesDto;
}
