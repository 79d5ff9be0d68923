import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsArray, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { IsPartialDate, Nested, Optional, PartyRefDto } from '../../shared/dto';

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
  @Nested(() => PartyRefDto)
  at!: PartyRefDto;

  @ApiPropertyOptional({
    example: '2023-09-01',
    nullable: true,
    description: 'As precise as the source states it (2023-09, before 2020); null when unknown',
  })
  @IsOptional()
  @IsPartialDate()
  from?: string | null;

  @ApiPropertyOptional({
    example: null,
    nullable: true,
    description: 'As precise as the source states it; null while the post is held',
  })
  @IsOptional()
  @IsPartialDate()
  to?: string | null;

  @ApiPropertyOptional({ type: [String], default: [] })
  @Optional()
  @IsArray()
  @IsUUID('all', { each: true })
  sourceIds?: string[];
}
