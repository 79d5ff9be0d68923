import { ApiProperty, OmitType, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsNotEmptyObject, ValidateNested } from 'class-validator';
import { ReasonDto } from '../../shared/dto';
import { RegisterOrganisationDto } from '../register-organisation/register-organisation.dto';

/** Any of the organisation's facts; only those that differ from the record are kept. */
export class OrganisationChangesDto extends PartialType(
  OmitType(RegisterOrganisationDto, ['organisationId', 'sourceIds'] as const),
  {
    skipNullProperties: false,
  },
) {}

export class CorrectOrganisationDto extends ReasonDto {
  @ApiProperty({ type: OrganisationChangesDto, example: { acronym: 'EIB' } })
  @IsNotEmptyObject()
  @ValidateNested()
  @Type(() => OrganisationChangesDto)
  changes!: OrganisationChangesDto;
}
