import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { STATEMENT_FORMS, type StatementForm } from '@chancery/diplomacy';
import { IsIsoDay, Optional, SourcedDto } from '../../shared/dto';

export class RecordStatementDto extends SourcedDto {
  @ApiPropertyOptional({ description: 'Client-chosen UUID; generated when absent' })
  @Optional()
  @IsUUID()
  statementId?: string;

  @ApiProperty({ description: 'Person id of the speaker (Luc Frieden)' })
  @IsUUID()
  speakerId!: string;

  @ApiProperty({
    example:
      'Luxembourg views Kazakhstan as a reliable partner in Central Asia and sees great potential for further deepening trade and economic cooperation between our countries',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(20000)
  text!: string;

  @ApiProperty({ enum: STATEMENT_FORMS, example: 'direct' })
  @IsIn(STATEMENT_FORMS)
  form!: StatementForm;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsUUID()
  meetingId?: string | null;

  @ApiProperty({ example: '2024-10-14' })
  @IsIsoDay()
  saidOn!: string;
}
