import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, IsUrl, IsUUID, MaxLength } from 'class-validator';
import {
  CLASSIFICATIONS,
  SOURCE_TYPES,
  type Classification,
  type SourceType,
} from '@chancery/diplomacy';
import { IsIsoDay, Optional } from '../../shared/dto';

export class RegisterSourceDto {
  @ApiPropertyOptional({ description: 'Client-chosen UUID; generated when absent' })
  @Optional()
  @IsUUID()
  sourceId?: string;

  @ApiProperty({ enum: SOURCE_TYPES, example: 'press-release' })
  @IsIn(SOURCE_TYPES)
  type!: SourceType;

  @ApiProperty({ example: 'Ministry of Foreign Affairs of Kazakhstan (press service)' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  publisher!: string;

  @ApiProperty({
    example: 'Kazakh Foreign Minister visits Luxembourg for EU–Kazakhstan Cooperation Council',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  title!: string;

  @ApiProperty({ example: '2024-10-15' })
  @IsIsoDay()
  publishedOn!: string;

  @ApiPropertyOptional({ example: 'https://www.gov.kz/memleket/entities/mfa', nullable: true })
  @IsOptional()
  @IsUrl({ require_protocol: true })
  url?: string | null;

  @ApiPropertyOptional({ enum: CLASSIFICATIONS, default: 'internal' })
  @Optional()
  @IsIn(CLASSIFICATIONS)
  classification?: Classification;
}
