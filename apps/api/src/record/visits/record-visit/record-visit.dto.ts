import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsArray, IsIn, IsNotEmpty, IsString, IsUUID, MaxLength } from 'class-validator';
import { VISIT_KINDS, type VisitKind } from '@chancery/diplomacy';
import {
  IsCountryCode,
  IsIsoDay,
  Nested,
  Optional,
  PartyRefDto,
  SourcedDto,
} from '../../shared/dto';

export class DelegationDto {
  @ApiProperty({ type: PartyRefDto, example: { kind: 'country', id: 'KAZ' } })
  @Nested(() => PartyRefDto)
  sentBy!: PartyRefDto;

  @ApiProperty({ description: 'Person id of the head of delegation' })
  @IsUUID()
  headId!: string;

  @ApiPropertyOptional({ type: [String], default: [] })
  @Optional()
  @IsArray()
  @IsUUID('all', { each: true })
  memberIds?: string[];
}

export class RecordVisitDto extends SourcedDto {
  @ApiPropertyOptional({ description: 'Client-chosen UUID; generated when absent' })
  @Optional()
  @IsUUID()
  visitId?: string;

  @ApiProperty({ enum: VISIT_KINDS, example: 'official' })
  @IsIn(VISIT_KINDS)
  kind!: VisitKind;

  @ApiProperty({ type: DelegationDto })
  @Nested(() => DelegationDto)
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
