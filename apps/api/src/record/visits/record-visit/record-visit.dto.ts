import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsArray,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import { VISIT_KINDS, type VisitKind } from '@chancery/diplomacy';
import { IsCountryCode, IsIsoDay, PartyRefDto, SourcedDto } from '../../shared/dto';

export class DelegationDto {
  @ApiProperty({ type: PartyRefDto, example: { kind: 'country', id: 'KAZ' } })
  @ValidateNested()
  @Type(() => PartyRefDto)
  sentBy!: PartyRefDto;

  @ApiProperty({ description: 'Person id of the head of delegation' })
  @IsUUID()
  headId!: string;

  @ApiPropertyOptional({ type: [String], default: [] })
  @IsOptional()
  @IsArray()
  @IsUUID('all', { each: true })
  memberIds?: string[];
}

export class RecordVisitDto extends SourcedDto {
  @ApiPropertyOptional({ description: 'Client-chosen UUID; generated when absent' })
  @IsOptional()
  @IsUUID()
  visitId?: string;

  @ApiProperty({ enum: VISIT_KINDS, example: 'official' })
  @IsIn(VISIT_KINDS)
  kind!: VisitKind;

  @ApiProperty({ type: DelegationDto })
  @ValidateNested()
  @Type(() => DelegationDto)
  delegation!: DelegationDto;

  @ApiProperty({ example: 'LUX' })
  @IsCountryCode()
  hostCountry!: string;

  @ApiProperty({ example: 'Luxembourg' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  city!: string;

  @ApiProperty({ example: '2024-10-14' })
  @IsIsoDay()
  startDate!: string;

  @ApiProperty({ example: '2024-10-14' })
  @IsIsoDay()
  endDate!: string;

  @ApiProperty({
    example:
      'Attend the 21st meeting of the EU–Kazakhstan Cooperation Council and enhance cooperation with EU companies',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  purpose!: string;
}
