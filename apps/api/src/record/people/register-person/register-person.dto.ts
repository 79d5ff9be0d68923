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
import { CLASSIFICATIONS, type Classification } from '@chancery/diplomacy';
import { IsCountryCode, Optional } from '../../shared/dto';

export class RegisterPersonDto {
  @ApiPropertyOptional({ description: 'Client-chosen UUID; generated when absent' })
  @Optional()
  @IsUUID()
  personId?: string;

  @ApiProperty({ example: 'Murat Nurtleu', description: 'The name only; titles are positions' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @ApiPropertyOptional({ example: 'KAZ', nullable: true })
  @IsOptional()
  @IsCountryCode()
  nationality?: string | null;

  @ApiPropertyOptional({
    type: [String],
    default: [],
    description: 'Sources naming the person (optional)',
  })
  @Optional()
  @IsArray()
  @IsUUID('all', { each: true })
  sourceIds?: string[];

  @ApiPropertyOptional({ enum: CLASSIFICATIONS, default: 'internal' })
  @Optional()
  @IsIn(CLASSIFICATIONS)
  classification?: Classification;
}
