import { ApiProperty, OmitType, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsNotEmptyObject, ValidateNested } from 'class-validator';
import { ReasonDto } from '../../shared/dto';
import { RecordDocumentDto } from '../record-document/record-document.dto';

/** Any of the document's facts; only those that differ from the record are kept. */
export class DocumentChangesDto extends PartialType(
  OmitType(RecordDocumentDto, ['documentId'] as const),
  { skipNullProperties: false },
) {}

export class CorrectDocumentDto extends ReasonDto {
  @ApiProperty({ type: DocumentChangesDto, example: { signedOn: '2016-07-18' } })
  @IsNotEmptyObject()
  @ValidateNested()
  @Type(() => DocumentChangesDto)
  changes!: DocumentChangesDto;
}
