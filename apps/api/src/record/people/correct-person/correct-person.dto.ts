import { ApiProperty, OmitType, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsNotEmptyObject, ValidateNested } from 'class-validator';
import { ReasonDto } from '../../shared/dto';
import { RegisterPersonDto } from '../register-person/register-person.dto';

/** Any of the person's facts; only those that differ from the record are kept. */
export class PersonChangesDto extends PartialType(
  OmitType(RegisterPersonDto, ['personId', 'sourceIds'] as const),
  {
    skipNullProperties: false,
  },
) {}

export class CorrectPersonDto extends ReasonDto {
  @ApiProperty({ type: PersonChangesDto, example: { name: 'Murat Nurtleu' } })
  @IsNotEmptyObject()
  @ValidateNested()
  @Type(() => PersonChangesDto)
  changes!: PersonChangesDto;
}
