import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
} from 'class-validator';
import {
  ENGAGEMENT_KINDS,
  MEETING_FORMATS,
  type EngagementKind,
  type MeetingFormat,
  type Participant,
} from '@chancery/diplomacy';
import {
  IsCountryCode,
  IsIsoDay,
  Nested,
  NestedList,
  Optional,
  PartyRefDto,
  SourcedDto,
} from '../../shared/dto';

export class PlaceDto {
  @ApiProperty({ example: 'Luxembourg' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  city!: string;

  @ApiProperty({ example: 'LUX', description: 'ISO 3166-1 alpha-3' })
  @IsCountryCode()
  country!: string;
}

export class ParticipantDto {
  @ApiProperty({
    type: PartyRefDto,
    example: { kind: 'person', id: '5d0e7c8a-1b2c-4d3e-8f4a-5b6c7d8e9f01' },
  })
  @Nested(() => PartyRefDto)
  party!: PartyRefDto;

  @ApiProperty({
    type: PartyRefDto,
    description: 'Whom the participant represented',
    example: { kind: 'country', id: 'KAZ' },
  })
  @Nested(() => PartyRefDto)
  side!: PartyRefDto;

  @ApiPropertyOptional({ example: 'head of delegation', nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  role?: string | null;
}

export class RecordMeetingDto extends SourcedDto {
  @ApiPropertyOptional({
    description: 'Client-chosen UUID (retry-safe creation); generated when absent',
  })
  @Optional()
  @IsUUID()
  meetingId?: string;

  @ApiPropertyOptional({
    example: '21st meeting of the European Union–Kazakhstan Cooperation Council',
    nullable: true,
  })
  @IsOptional()
  @IsString()
  @MaxLength(300)
  title?: string | null;

  @ApiProperty({ example: '2024-10-14' })
  @IsIsoDay()
  date!: string;

  @ApiPropertyOptional({ type: PlaceDto, nullable: true })
  @Nested(() => PlaceDto, { nullable: true })
  place?: PlaceDto | null;

  @ApiPropertyOptional({ description: 'The visit it took place during', nullable: true })
  @IsOptional()
  @IsUUID()
  visitId?: string | null;

  @ApiProperty({ enum: MEETING_FORMATS, example: 'bilateral' })
  @IsIn(MEETING_FORMATS)
  format!: MeetingFormat;

  @ApiProperty({ type: [ParticipantDto] })
  @NestedList(() => ParticipantDto)
  @ArrayMinSize(2)
  @ArrayMaxSize(500)
  participants!: ParticipantDto[];

  @ApiProperty({
    type: [String],
    example: ['fintech', 'green-energy', 'pharmaceuticals', 'transport-infrastructure'],
  })
  @IsArray()
  @ArrayMaxSize(50)
  @IsString({ each: true })
  topics!: string[];

  @ApiProperty({
    example:
      'Discussed key areas of cooperation and promising ones: financial technology, green energy, pharmaceuticals and transport infrastructure.',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(20000)
  summary!: string;

  @ApiProperty({
    enum: Object.keys(ENGAGEMENT_KINDS),
    example: 'visit',
    description:
      'CAMEO/PLOVER-aligned: visit 042, host 043, third-location 044, multilateral 040, call 041, negotiation 046, agreement-signed 057',
  })
  @IsIn(Object.keys(ENGAGEMENT_KINDS))
  engagementKind!: EngagementKind;
}

export function toParticipants(participants: ParticipantDto[]): Participant[] {
  return participants.map(({ party, side, role = null }) => ({ party, side, role }));
}
