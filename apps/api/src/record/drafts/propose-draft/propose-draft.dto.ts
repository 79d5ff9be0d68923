import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, IsUrl, IsUUID, MaxLength } from 'class-validator';
import { CLASSIFICATIONS, type Classification } from '@chancery/diplomacy';
import { MAX_CHARS } from '@chancery/drafting';
import { IsPartialDate, Optional } from '../../shared/dto';

export class ProposeDraftDto {
  @ApiPropertyOptional({ description: 'Client-chosen UUID; generated when absent' })
  @Optional()
  @IsUUID()
  draftId?: string;

  @ApiProperty({ description: `The press release's text, at most ${MAX_CHARS} characters` })
  @IsString()
  @IsNotEmpty({ message: 'text must not be empty: paste the text of the release' })
  @MaxLength(MAX_CHARS, { message: `text must be at most ${MAX_CHARS} characters long` })
  text!: string;

  @ApiPropertyOptional({ example: 'https://www.gov.kz/memleket/entities/mfa', nullable: true })
  @IsOptional()
  @IsUrl({ require_protocol: true })
  url?: string | null;

  @ApiPropertyOptional({ example: 'Ministry of Foreign Affairs of Kazakhstan', nullable: true })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  publisher?: string | null;

  @ApiPropertyOptional({ nullable: true })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  title?: string | null;

  @ApiPropertyOptional({ example: '2024-10-15', nullable: true })
  @IsOptional()
  @IsPartialDate()
  published?: string | null;

  @ApiPropertyOptional({ enum: CLASSIFICATIONS, default: 'internal' })
  @Optional()
  @IsIn(CLASSIFICATIONS)
  classification?: Classification;
}
