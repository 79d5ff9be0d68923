import { ApiProperty, OmitType, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsNotEmptyObject, ValidateNested } from 'class-validator';
import { ReasonDto } from '../../shared/dto';
import { AppointPersonDto } from '../appoint-person/appoint-person.dto';

/** Any of the post's facts; only those that differ from the record are kept. */
export class PositionChangesDto extends PartialType(
  OmitType(AppointPersonDto, ['sourceIds'] as const),
  { skipNullProperties: false },
) {}

export class CorrectPositionDto extends ReasonDto {
  @ApiProperty({
    type: PositionChangesDto,
    example: { title: 'Minister of Foreign Affairs', from: '2023-09-01' },
  })
  @IsNotEmptyObject()
  @ValidateNested()
  @Type(() => PositionChangesDto)
  changes!: PositionChangesDto;
}
