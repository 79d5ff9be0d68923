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
  type Meeting,
  type MeetingFormat,
  type Participant,
} from '@chancery/diplomacy';
import {
  IsCountryCode,
  IsPartialDate,
  Nested,
  NestedList,
  Optional,
  PartyRefDto,
  SourcedDto,
} from '../../shared/dto';

/** As far as the source says: a country only (`{ country: 'HUN' }`), a city only, or both. */
export class PlaceDto {
  @ApiPropertyOptional({ example: 'Luxembourg', nullable: true })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  city?: string | null;

  @ApiPropertyOptional({ example: 'LUX', description: 'ISO 3166-1 alpha-3', nullable: true })
  @IsOptional()
  @IsCountryCode()
  country?: string | null;
}

export class ParticipantDto {
  @ApiProperty({
    type: PartyRefDto,
    nullable: true,
    description: 'Who took part; null when the source does not name them (then give `title`)',
    example: { kind: 'person', id: '5d0e7c8a-1b2c-4d3e-8f4a-5b6c7d8e9f01' },
  })
  @Nested(() => PartyRefDto, { nullable: true })
  party!: PartyRefDto | null;

  @ApiPropertyOptional({
    example: 'Prime Minister',
    nullable: true,
    description: 'What the source calls them; needed when `party` is null',
  })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  title?: string | null;

  @ApiProperty({
    type: PartyRefDto,
    nullable: true,
    description: 'Whom the participant represented; null when the source does not say',
    example: { kind: 'country', id: 'KAZ' },
  })
  @Nested(() => PartyRefDto, { nullable: true })
  side!: PartyRefDto | null;

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

  @ApiPropertyOptional({
    example: '2024-10-14',
    nullable: true,
    description:
      'As precise as the source: 2024-10-14, 2024-10, 2024-Q4, 2024, "before 2024"…; null = not stated',
  })
  @IsOptional()
  @IsPartialDate()
  date?: string | null;

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

  @ApiPropertyOptional({
    example: 'C5+1 ministerial',
    nullable: true,
    description: 'The named format of a multilateral session',
  })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  formatName?: string | null;

  @ApiPropertyOptional({
    type: [PartyRefDto],
    default: [],
    description: 'Member parties of a multilateral session: one engagement, never pairwise',
  })
  @Optional()
  @NestedList(() => PartyRefDto)
  @ArrayMaxSize(200)
  members?: PartyRefDto[];

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
      'CAMEO/PLOVER-aligned: visit 042, host 043, third-location 044, multilateral 040, call 041, negotiation 046, agreement-signed 057, signing-ceremony 057, mission-opening 050, forum 040, summit 040, video-call 041, consultation 040 (not placed, mode not stated)',
  })
  @IsIn(Object.keys(ENGAGEMENT_KINDS))
  engagementKind!: EngagementKind;
}

export function toParticipants(participants: ParticipantDto[]): Participant[] {
  return participants.map(({ party = null, title = null, side = null, role = null }) => ({
    party,
    title,
    side,
    role,
  }));
}

export const toPlace = (place: PlaceDto | null): Meeting['place'] =>
  place ? { city: place.city ?? null, country: place.country ?? null } : null;
