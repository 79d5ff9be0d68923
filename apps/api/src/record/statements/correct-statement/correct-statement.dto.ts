import { ApiProperty, OmitType, PartialType } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsNotEmptyObject, ValidateNested } from 'class-validator';
import { ReasonDto } from '../../shared/dto';
import { RecordStatementDto } from '../record-statement/record-statement.dto';

/** Any of the statement's facts; only those that differ from the record are kept. */
export class StatementChangesDto extends PartialType(
  OmitType(RecordStatementDto, ['statementId'] as const),
  { skipNullProperties: false },
) {}

export class CorrectStatementDto extends ReasonDto {
  @ApiProperty({ type: StatementChangesDto, example: { saidOn: '2024-10-15' } })
  @IsNotEmptyObject()
  @ValidateNested()
  @Type(() => StatementChangesDto)
  changes!: StatementChangesDto;
}
