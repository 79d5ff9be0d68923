import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { DOCUMENT_KINDS, type DocumentKind } from '@chancery/diplomacy';
import {
  IsCountryCode,
  IsPartialDate,
  Nested,
  NestedList,
  Optional,
  PartyRefDto,
  SourcedDto,
} from '../../shared/dto';

/** A signer or a witness: a person on record, or someone unnamed known by a title. */
export class DocumentSignerDto {
  @ApiPropertyOptional({
    nullable: true,
    description: 'The person on record; null when the source does not name them (give `title`)',
  })
  @IsOptional()
  @IsUUID()
  personId?: string | null;

  @ApiPropertyOptional({ nullable: true, example: 'Minister of Health' })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(300)
  title?: string | null;

  @ApiPropertyOptional({
    type: PartyRefDto,
    nullable: true,
    description: 'Whom they signed for: a country or an organisation',
    example: { kind: 'country', id: 'LKA' },
  })
  @Nested(() => PartyRefDto, { nullable: true })
  side?: PartyRefDto | null;
}

export class DocumentPlaceDto {
  @ApiPropertyOptional({ example: 'Singapore', nullable: true })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  city?: string | null;

  @ApiPropertyOptional({ example: 'SGP', description: 'ISO 3166-1 alpha-3', nullable: true })
  @IsOptional()
  @IsCountryCode()
  country?: string | null;
}

export class RecordDocumentDto extends SourcedDto {
  @ApiPropertyOptional({ description: 'Client-chosen UUID; generated when absent' })
  @Optional()
  @IsUUID()
  documentId?: string;

  @ApiPropertyOptional({
    nullable: true,
    example: 'Memorandum of Understanding on Cooperation in Public Health',
    description: 'null when the source does not name the document',
  })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(500)
  title?: string | null;

  @ApiProperty({ enum: DOCUMENT_KINDS, example: 'memorandum' })
  @IsIn(DOCUMENT_KINDS)
  kind!: DocumentKind;

  @ApiPropertyOptional({
    type: [PartyRefDto],
    default: [],
    description: 'The countries or organisations bound by it; [] when not stated',
  })
  @Optional()
  @NestedList(() => PartyRefDto)
  parties?: PartyRefDto[];

  @ApiPropertyOptional({ type: [DocumentSignerDto], default: [] })
  @Optional()
  @NestedList(() => DocumentSignerDto)
  signatories?: DocumentSignerDto[];

  @ApiPropertyOptional({ type: [DocumentSignerDto], default: [] })
  @Optional()
  @NestedList(() => DocumentSignerDto)
  witnesses?: DocumentSignerDto[];

  @ApiPropertyOptional({
    nullable: true,
    example: '2016-07-18',
    description: 'As precise as the source states it (2016-07, before 2017…); null when not stated',
  })
  @IsOptional()
  @IsPartialDate()
  signedOn?: string | null;

  @ApiPropertyOptional({ type: DocumentPlaceDto, nullable: true })
  @Nested(() => DocumentPlaceDto, { nullable: true })
  place?: DocumentPlaceDto | null;

  @ApiPropertyOptional({ nullable: true, description: 'The meeting it was signed at' })
  @IsOptional()
  @IsUUID()
  meetingId?: string | null;
}
