import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsArray,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
} from 'class-validator';
import {
  CLASSIFICATIONS,
  ORGANISATION_KINDS,
  type Classification,
  type OrganisationKind,
} from '@chancery/diplomacy';
import { IsCountryCode, Optional } from '../../shared/dto';

export class RegisterOrganisationDto {
  @ApiPropertyOptional({ description: 'Client-chosen UUID; generated when absent' })
  @Optional()
  @IsUUID()
  organisationId?: string;

  @ApiProperty({ example: 'European Investment Bank' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  name!: string;

  @ApiPropertyOptional({ example: 'EIB', nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(30)
  acronym?: string | null;

  @ApiProperty({ enum: ORGANISATION_KINDS, example: 'international-financial-institution' })
  @IsIn(ORGANISATION_KINDS)
  kind!: OrganisationKind;

  @ApiPropertyOptional({
    example: 'LUX',
    nullable: true,
    description: 'The country it is based in',
  })
  @IsOptional()
  @IsCountryCode()
  homeCountry?: string | null;

  @ApiPropertyOptional({
    nullable: true,
    description:
      'The organisation it is part of (a press service of its ministry, a subsidiary of its group)',
  })
  @IsOptional()
  @IsUUID()
  partOfId?: string | null;

  @ApiPropertyOptional({ example: 'development finance', nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  sector?: string | null;

  @ApiPropertyOptional({ type: [String], default: [] })
  @Optional()
  @IsArray()
  @IsUUID('all', { each: true })
  sourceIds?: string[];

  @ApiPropertyOptional({ enum: CLASSIFICATIONS, default: 'internal' })
  @Optional()
  @IsIn(CLASSIFICATIONS)
  classification?: Classification;
}
