import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, IsUrl, IsUUID, MaxLength } from 'class-validator';
import {
  CLASSIFICATIONS,
  SOURCE_TYPES,
  type Classification,
  type SourceType,
} from '@chancery/diplomacy';
import { IsPartialDate, Optional } from '../../shared/dto';

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

  @ApiPropertyOptional({
    example: 'Kazakh Foreign Minister visits Luxembourg for EU–Kazakhstan Cooperation Council',
    nullable: true,
    description: 'null when the source has no title of its own',
  })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  title?: string | null;

  @ApiPropertyOptional({
    example: '2024-10-15',
    nullable: true,
    description:
      'As precise as the source shows it (2024-10-15, 2024-10, 2024-Q4, 2024, "approximately 2024-10"); null when not stated',
  })
  @IsOptional()
  @IsPartialDate()
  publishedOn?: string | null;

  @ApiPropertyOptional({ example: 'https://www.gov.kz/memleket/entities/mfa', nullable: true })
  @IsOptional()
  @IsUrl({ require_protocol: true })
  url?: string | null;

  @ApiPropertyOptional({ enum: CLASSIFICATIONS, default: 'internal' })
  @Optional()
  @IsIn(CLASSIFICATIONS)
  classification?: Classification;
}
