import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { STATEMENT_FORMS, type StatementForm } from '@chancery/diplomacy';
import { IsPartialDate, Nested, Optional, PartyRefDto, SourcedDto } from '../../shared/dto';

export class RecordStatementDto extends SourcedDto {
  @ApiPropertyOptional({ description: 'Client-chosen UUID; generated when absent' })
  @Optional()
  @IsUUID()
  statementId?: string;

  @ApiProperty({
    type: PartyRefDto,
    description:
      'Who spoke: a person (Luc Frieden) or an organisation (a ministry, its press service)',
    example: { kind: 'person', id: '3f6d8a52-8c1e-4f7a-9d57-1c2b3a4d5e6f' },
  })
  @Nested(() => PartyRefDto)
  speaker!: PartyRefDto;

  @ApiPropertyOptional({
    nullable: true,
    example: 'Official Representative of the Ministry',
    description: 'The speaker’s title as the source gives it; null when none',
  })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  speakerTitle?: string | null;

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

  @ApiPropertyOptional({
    example: '2024-10-14',
    nullable: true,
    description: 'As precise as the source states it (2024-10, before 2024…); null when not stated',
  })
  @IsOptional()
  @IsPartialDate()
  saidOn?: string | null;
}
