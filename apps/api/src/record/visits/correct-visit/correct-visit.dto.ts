import { ApiProperty, OmitType, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsNotEmptyObject, ValidateNested } from 'class-validator';
import { ReasonDto } from '../../shared/dto';
import { RecordVisitDto } from '../record-visit/record-visit.dto';

/** Any of the visit's facts; only those that differ from the record are kept. */
export class VisitChangesDto extends PartialType(OmitType(RecordVisitDto, ['visitId'] as const), {
  skipNullProperties: false,
}) {}

export class CorrectVisitDto extends ReasonDto {
  @ApiProperty({ type: VisitChangesDto, example: { city: 'Luxembourg', endDate: '2024-10-15' } })
  @IsNotEmptyObject()
  @ValidateNested()
  @Type(() => VisitChangesDto)
  changes!: VisitChangesDto;
}
