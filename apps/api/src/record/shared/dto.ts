import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  ArrayMinSize,
  IsArray,
  IsIn,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  registerDecorator,
  ValidationOptions,
} from 'class-validator';
import {
  CLASSIFICATIONS,
  PARTY_KINDS,
  isCountryCode,
  isIsoDate,
  type Classification,
  type PartyKind,
} from '@chancery/diplomacy';

function customRule(
  name: string,
  test: (value: unknown) => boolean,
  message: string,
  options?: ValidationOptions,
) {
  return (target: object, propertyName: string) =>
    registerDecorator({
      name,
      target: target.constructor,
      propertyName,
      options: { message, ...options },
      validator: { validate: test },
    });
}

/** A real calendar day, `YYYY-MM-DD`. */
export const IsIsoDay = (options?: ValidationOptions) =>
  customRule(
    'isIsoDay',
    (v) => typeof v === 'string' && isIsoDate(v),
    '$property must be a YYYY-MM-DD date',
    options,
  );

/** An ISO 3166-1 alpha-3 code known to i18n-iso-countries (`KAZ`). */
export const IsCountryCode = (options?: ValidationOptions) =>
  customRule(
    'isCountryCode',
    (v) => typeof v === 'string' && isCountryCode(v),
    '$property must be an ISO 3166-1 alpha-3 country code such as KAZ',
    options,
  );

export class PartyRefDto {
  @ApiProperty({ enum: PARTY_KINDS, example: 'country' })
  @IsIn(PARTY_KINDS)
  kind!: PartyKind;

  @ApiProperty({
    description: 'ISO 3166-1 alpha-3 for a country, else the UUID of the organisation or person',
    example: 'KAZ',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  id!: string;
}

/** What every record carries: at least one source, and who may read it. */
export class SourcedDto {
  @ApiProperty({
    type: [String],
    description: 'Ids of the sources cited (at least one)',
    example: ['3f6d8a52-8c1e-4f7a-9d57-1c2b3a4d5e6f'],
  })
  @IsArray()
  @ArrayMinSize(1)
  @IsUUID('all', { each: true })
  sourceIds!: string[];

  @ApiPropertyOptional({ enum: CLASSIFICATIONS, default: 'internal' })
  @IsOptional()
  @IsIn(CLASSIFICATIONS)
  classification?: Classification;
}

export class ReasonDto {
  @ApiProperty({ example: 'The Kazinform report names the place differently' })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2000)
  reason!: string;
}
