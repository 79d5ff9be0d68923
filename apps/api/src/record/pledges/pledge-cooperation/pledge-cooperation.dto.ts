import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMaxSize,
  IsBoolean,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  ValidateIf,
} from 'class-validator';
import { PLEDGE_LEVELS, type Measure, type PledgeLevel, type Target } from '@chancery/diplomacy';
import {
  IsPartialDate,
  Nested,
  NestedList,
  Optional,
  PartyRefDto,
  SourcedDto,
} from '../../shared/dto';
import { OptionalMeasure, OptionalTargets } from '../targets';

const PARTY_EXAMPLE = { kind: 'organisation', id: '9c1f2e3d-4b5a-4c6d-8e7f-0a1b2c3d4e5f' };

/**
 * A pledge as the source states it. The one-party form of before (`pledger`, `beneficiary`,
 * `area`, `target`) is still accepted, each instead of its list, never beside it.
 */
export class PledgeCooperationDto extends SourcedDto {
  @ApiPropertyOptional({
    description: 'Client-chosen UUID (retry-safe creation); generated when absent',
  })
  @Optional()
  @IsUUID()
  pledgeId?: string;

  @ApiPropertyOptional({
    type: [PartyRefDto],
    description: 'Who promises: countries, organisations or people on record; [] = not stated',
    example: [PARTY_EXAMPLE],
    default: [],
  })
  @Optional()
  @ArrayMaxSize(100)
  @NestedList(() => PartyRefDto)
  pledgers?: PartyRefDto[];

  @ApiPropertyOptional({
    type: [PartyRefDto],
    description: 'To whom, or for whose benefit (may be empty)',
    example: [{ kind: 'country', id: 'KAZ' }],
    default: [],
  })
  @Optional()
  @ArrayMaxSize(100)
  @NestedList(() => PartyRefDto)
  beneficiaries?: PartyRefDto[];

  @ApiPropertyOptional({
    description: 'A named group that benefits, in words',
    example: 'Central Asia',
    nullable: true,
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  beneficiaryGroup?: string | null;

  @ApiPropertyOptional({
    description: 'A named group that pledges, in words, when no party on record stands for it',
    example: 'the member states of the Organization of Turkic States',
    nullable: true,
  })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  pledgerGroup?: string | null;

  @ApiPropertyOptional({
    description: 'A memorandum: every pledger pledges to the others',
    default: false,
  })
  @Optional()
  @IsBoolean()
  mutual?: boolean;

  @ApiPropertyOptional({
    type: [String],
    description: 'Areas of cooperation (topics, worded or as slugs; new ones are added)',
    example: ['satellite-communications'],
    default: [],
  })
  @Optional()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @IsNotEmpty({ each: true })
  @MaxLength(80, { each: true })
  areas?: string[];

  @ApiProperty({
    description: 'What is promised, in words',
    example: 'Provide 328 settlements in Kazakhstan with stable internet via European satellites',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(4000)
  commitment!: string;

  @ApiProperty({ enum: PLEDGE_LEVELS, example: 'expressed-intent' })
  @IsIn(PLEDGE_LEVELS)
  level!: PledgeLevel;

  @OptionalTargets('Every figure promised, each with its qualifier', [
    { quantity: 328, unit: 'settlements', qualifier: null, ofTotal: null },
  ])
  targets?: Target[];

  @ApiPropertyOptional({
    description: 'By when, as precise as stated (2026, 2026-Q4, 2026-12-31); null = none stated',
    example: '2026',
    nullable: true,
  })
  @IsOptional()
  @IsPartialDate()
  targetDate?: string | null;

  @ApiPropertyOptional({ description: 'The meeting it was made at', nullable: true })
  @IsOptional()
  @IsUUID()
  meetingId?: string | null;

  @ApiPropertyOptional({ description: 'The signed document it follows from', nullable: true })
  @IsOptional()
  @IsUUID()
  documentId?: string | null;

  @ApiProperty({
    description: 'When it was made, as precise as stated; null = not stated',
    example: '2024-10-14',
    nullable: true,
  })
  @ValidateIf((_object: object, value: unknown) => value !== null)
  @IsPartialDate()
  pledgedOn!: string | null;

  @ApiPropertyOptional({ type: PartyRefDto, deprecated: true, description: 'One pledger' })
  @Optional()
  @Nested(() => PartyRefDto)
  pledger?: PartyRefDto;

  @ApiPropertyOptional({ type: PartyRefDto, deprecated: true, description: 'One beneficiary' })
  @Optional()
  @Nested(() => PartyRefDto)
  beneficiary?: PartyRefDto;

  @ApiPropertyOptional({ deprecated: true, description: 'One area' })
  @Optional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(80)
  area?: string;

  @OptionalMeasure('One quantified target', { quantity: 328, unit: 'settlements' })
  target?: Measure | null;
}
