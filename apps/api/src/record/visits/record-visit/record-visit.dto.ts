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
import { VISIT_KINDS, type Delegation, type VisitKind } from '@chancery/diplomacy';
import {
  IsCountryCode,
  IsPartialDate,
  Nested,
  Optional,
  PartyRefDto,
  SourcedDto,
} from '../../shared/dto';

export class DelegationDto {
  @ApiProperty({ type: PartyRefDto, example: { kind: 'country', id: 'KAZ' } })
  @Nested(() => PartyRefDto)
  sentBy!: PartyRefDto;

  @ApiPropertyOptional({
    description: 'Person id of the head of delegation; null when the source does not name them',
    nullable: true,
  })
  @IsOptional()
  @IsUUID()
  headId?: string | null;

  @ApiPropertyOptional({
    example: 'Foreign Minister',
    nullable: true,
    description: 'What the source calls the head; needed when `headId` is null',
  })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  headTitle?: string | null;

  @ApiPropertyOptional({ type: [String], default: [] })
  @Optional()
  @IsArray()
  @IsUUID('all', { each: true })
  memberIds?: string[];
}

const DATE_HELP =
  'As precise as the source: 2024-10-14, 2024-10, 2024-Q4, 2024, "before 2024"…; null = not stated';

/** Every fact but the delegation and host may be null: "not stated", never a guess. */
export class RecordVisitDto extends SourcedDto {
  @ApiPropertyOptional({ description: 'Client-chosen UUID; generated when absent' })
  @Optional()
  @IsUUID()
  visitId?: string;

  @ApiPropertyOptional({ enum: VISIT_KINDS, example: 'official', nullable: true })
  @IsOptional()
  @IsIn(VISIT_KINDS)
  kind?: VisitKind | null;

  @ApiProperty({ type: DelegationDto })
  @Nested(() => DelegationDto)
  delegation!: DelegationDto;

  @ApiProperty({ example: 'LUX' })
  @IsCountryCode()
  hostCountry!: string;

  @ApiPropertyOptional({ example: 'Luxembourg', nullable: true })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  city?: string | null;

  @ApiPropertyOptional({ example: '2024-10-14', nullable: true, description: DATE_HELP })
  @IsOptional()
  @IsPartialDate()
  startDate?: string | null;

  @ApiPropertyOptional({ example: '2024-10-14', nullable: true, description: DATE_HELP })
  @IsOptional()
  @IsPartialDate()
  endDate?: string | null;

  @ApiPropertyOptional({
    example:
      'Attend the 21st meeting of the EU–Kazakhstan Cooperation Council and enhance cooperation with EU companies',
    nullable: true,
  })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  purpose?: string | null;
}

export const toDelegation = ({
  sentBy,
  headId = null,
  headTitle = null,
  memberIds = [],
}: DelegationDto): Delegation => ({ sentBy, headId, headTitle, memberIds });
