import { ApiProperty, OmitType, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsNotEmptyObject, ValidateNested } from 'class-validator';
import { ReasonDto } from '../../shared/dto';
import { PledgeCooperationDto } from '../pledge-cooperation/pledge-cooperation.dto';

/** Any of the pledge's facts; only those that differ from the record are kept. */
export class PledgeChangesDto extends PartialType(
  OmitType(PledgeCooperationDto, ['pledgeId'] as const),
  { skipNullProperties: false },
) {}

export class CorrectPledgeDto extends ReasonDto {
  @ApiProperty({
    type: PledgeChangesDto,
    example: { targets: [{ quantity: 328, unit: 'settlements', qualifier: null, ofTotal: null }] },
  })
  @IsNotEmptyObject()
  @ValidateNested()
  @Type(() => PledgeChangesDto)
  changes!: PledgeChangesDto;
}
