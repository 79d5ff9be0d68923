import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsArray,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { IsIsoDay, PartyRefDto } from '../../shared/dto';

export class AppointPersonDto {
  @ApiProperty({ example: 'Deputy Prime Minister and Minister of Foreign Affairs' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  title!: string;

  @ApiProperty({
    type: PartyRefDto,
    description: 'The government (a country) or organisation',
    example: { kind: 'country', id: 'KAZ' },
  })
  @ValidateNested()
  @Type(() => PartyRefDto)
  at!: PartyRefDto;

  @ApiPropertyOptional({
    example: '2023-09-01',
    nullable: true,
    description: 'null when the start is unknown',
  })
  @IsOptional()
  @IsIsoDay()
  from?: string | null;

  @ApiPropertyOptional({
    example: null,
    nullable: true,
    description: 'null while the post is held',
  })
  @IsOptional()
  @IsIsoDay()
  to?: string | null;

  @ApiPropertyOptional({ type: [String], default: [] })
  @IsOptional()
  @IsArray()
  @IsUUID('all', { each: true })
  sourceIds?: string[];
}
