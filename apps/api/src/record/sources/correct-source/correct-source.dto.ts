import { ApiProperty, OmitType, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsNotEmptyObject, ValidateNested } from 'class-validator';
import { ReasonDto } from '../../shared/dto';
import { RegisterSourceDto } from '../register-source/register-source.dto';

/** Any of the source's facts; only those that differ from the record are kept. */
export class SourceChangesDto extends PartialType(
  OmitType(RegisterSourceDto, ['sourceId'] as const),
  {
    skipNullProperties: false,
  },
) {}

export class CorrectSourceDto extends ReasonDto {
  @ApiProperty({ type: SourceChangesDto, example: { publishedOn: '2024-10-15' } })
  @IsNotEmptyObject()
  @ValidateNested()
  @Type(() => SourceChangesDto)
  changes!: SourceChangesDto;
}
