import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMinSize,
  getMetadataStorage,
  IsArray,
  IsDefined,
  IsIn,
  IsNotEmpty,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  MaxLength,
  registerDecorator,
  ValidateIf,
  ValidateNested,
  ValidationOptions,
  type ValidationArguments,
} from 'class-validator';
import {
  CLASSIFICATIONS,
  PARTY_KINDS,
  isCountryCode,
  isExactFigure,
  isIsoDate,
  isPartialDate,
  PARTIAL_DATE_RULE,
  type Classification,
  type PartyKind,
} from '@chancery/diplomacy';

/**
 * May be left out, but not sent as null. Only a field documented `nullable` takes null (meaning
 * "none"); it keeps class-validator's `@IsOptional()`, which lets null through. Everywhere else
 * null is a 400 "must not be null", never a value a handler trips on.
 */
export const Optional = () => ValidateIf((_object: object, value: unknown) => value !== undefined);

type Class = new () => object;

/** `{ kind, id }`: the fields of a nested DTO, as an error message shows the shape expected. */
function shapeOf(type: Class): string {
  const names = getMetadataStorage()
    .getTargetValidationMetadatas(type, '', true, false)
    .map((rule) => rule.propertyName);
  return `{ ${[...new Set(names)].join(', ')} }`;
}

const objectMessage =
  (type: () => Class, each = false) =>
  (args: ValidationArguments) =>
    `${args.property}${each ? ' items' : ''} must be ${each ? 'objects' : 'one object'} ${shapeOf(type())}${Array.isArray(args.value) && !each ? ', not a list' : ''}`;

/**
 * A nested object of class `type`: refused with 400 when left out (unless `nullable`, where null
 * means none), or when not an object (a list, a string): validated whole, never handed on half-made.
 */
export const Nested = (type: () => Class, { nullable = false } = {}) =>
  applyDecorators(
    nullable ? IsOptional() : IsDefined(),
    IsObject({ message: objectMessage(type) }),
    ValidateNested(),
    Type(type),
  );

/** A list of nested objects of class `type`, each an object (not a list, not null). */
export const NestedList = (type: () => Class) =>
  applyDecorators(
    IsArray(),
    IsObject({ each: true, message: objectMessage(type, true) }),
    ValidateNested({ each: true }),
    Type(type),
  );

/** Country codes are taken in any case and kept in capitals (`kaz` is KAZ), as queries take them. */
export const CountryCodeCase = () =>
  Transform(({ value }: { value: unknown }) =>
    typeof value === 'string' && /^[A-Za-z]{3}$/.test(value) ? value.toUpperCase() : value,
  );

function customRule(
  name: string,
  test: (value: unknown, args: ValidationArguments) => boolean,
  message: string | ((args: ValidationArguments) => string),
  options?: ValidationOptions,
): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({
      name,
      target: target.constructor,
      propertyName: String(propertyName),
      options: { message, ...options },
      validator: { validate: test },
    });
}

/** A real calendar day, `YYYY-MM-DD`; a date-time is refused, not cut to its day. */
export const IsIsoDay = (options?: ValidationOptions) =>
  customRule(
    'isIsoDay',
    (v) => typeof v === 'string' && isIsoDate(v),
    ({ property, value }) =>
      typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value)
        ? `${property} must be a day (ISO 8601 YYYY-MM-DD), not a date-time`
        : `${property} must be a real calendar day, ISO 8601 YYYY-MM-DD (years 0001-9999)`,
    options,
  );

/** A date as precise as the source states it (`2024-10`, `before 2024`): see partial-date.ts. */
export const IsPartialDate = (options?: ValidationOptions) =>
  customRule(
    'isPartialDate',
    (v) => isPartialDate(v),
    ({ property, value }) =>
      typeof value === 'string' && /^\d{4}-\d{2}-\d{2}T/.test(value)
        ? `${property} must be a day (YYYY-MM-DD), not a date-time`
        : `${property} must be ${PARTIAL_DATE_RULE}`,
    options,
  );

const COUNTRY_CODE_MESSAGE = 'an ISO 3166-1 alpha-3 country code such as KAZ';

/** An ISO 3166-1 alpha-3 code known to i18n-iso-countries (`KAZ`; `kaz` is taken as KAZ). */
export const IsCountryCode = (options?: ValidationOptions) =>
  applyDecorators(
    CountryCodeCase(),
    customRule(
      'isCountryCode',
      (v) => typeof v === 'string' && isCountryCode(v),
      `$property must be ${COUNTRY_CODE_MESSAGE}`,
      options,
    ),
  );

const isPartyId = (id: unknown, { object }: ValidationArguments) => {
  if (typeof id !== 'string') return false;
  const { kind } = object as { kind?: unknown };
  return kind === 'country'
    ? isCountryCode(id)
    : PARTY_KINDS.includes(kind as PartyKind)
      ? isUuid(id)
      : true;
};
const isUuid = (id: string) =>
  /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);

export class PartyRefDto {
  @ApiProperty({ enum: PARTY_KINDS, example: 'country' })
  @IsIn(PARTY_KINDS)
  kind!: PartyKind;

  @ApiProperty({
    description: 'ISO 3166-1 alpha-3 for a country, else the UUID of the organisation or person',
    example: 'KAZ',
  })
  @Transform(({ value, obj }: { value: unknown; obj: { kind?: unknown } }) =>
    obj.kind === 'country' && typeof value === 'string' ? value.toUpperCase() : value,
  )
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  @customRule('isPartyId', isPartyId, ({ property, object }) =>
    (object as { kind?: unknown }).kind === 'country'
      ? `${property} of a country must be ${COUNTRY_CODE_MESSAGE}`
      : `${property} of an organisation or a person must be its UUID`,
  )
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
  @Optional()
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

/** An amount or a quantity that is held exactly as written (see `isExactFigure`). */
export const IsExactFigure = () =>
  customRule(
    'isExactFigure',
    isExactFigure,
    '$property must be a number below 10^15 with at most 15 significant digits (held exactly)',
  );

/**
 * On a nested object that comes in one of several shapes (`{ amount, currency }` or
 * `{ quantity, unit }`): the fields given must be those of exactly one of them. A `?` marks a field
 * a shape may leave out. Anything not an object is left to `@Nested`.
 */
export const OneShapeOf = (shapes: string[][]) => {
  const written = shapes.map((shape) => `{ ${shape.join(', ')} }`).join(' or ');
  const fits = (given: string[], shape: string[]) =>
    shape.every((field) => field.endsWith('?') || given.includes(field)) &&
    given.every((field) => shape.includes(field) || shape.includes(`${field}?`));
  return customRule(
    'oneShapeOf',
    (value) => {
      if (value === null || typeof value !== 'object' || Array.isArray(value)) return true;
      const given = Object.keys(value).filter(
        (k) => (value as Record<string, unknown>)[k] !== undefined,
      );
      return shapes.some((shape) => fits(given, shape));
    },
    `$property needs one of ${shapes.length === 2 ? 'two' : 'these'} formats: ${written}`,
  );
};
