import { BadRequestException } from '@nestjs/common';
import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  IsArray,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  Length,
  Matches,
  Max,
  Min,
} from 'class-validator';

import { ConsistentQuery } from '../read-models/shared/query.dto';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export class AsKnownQuery extends ConsistentQuery {
  @ApiPropertyOptional({
    example: '2024-12-01T18:00:00Z',
    description: 'Only events recorded by this instant (a bare day means the end of it, UTC)',
  })
  @IsOptional()
  @IsISO8601(
    { strict: true, strictSeparator: true },
    { message: 'knownAt must be an ISO-8601 instant or day, e.g. 2024-12-01T18:00:00Z' },
  )
  knownAt?: string;

  @ApiPropertyOptional({
    example: '2024-10-15',
    description: 'Only what had happened by this day (meeting date, pledge date…), as known',
  })
  @IsOptional()
  @Matches(DAY, { message: 'asOf must be a day, YYYY-MM-DD' })
  @IsISO8601({ strict: true }, { message: 'asOf must be a real calendar day' })
  asOf?: string;
}

/** Filters shared by the feed and the export; every instant is ISO-8601, compared with `recordedAt`. */
export class RangeQuery extends ConsistentQuery {
  @ApiPropertyOptional({
    example: '2024-10-01T00:00:00Z',
    description: 'Recorded at or after (a bare day: its start, UTC)',
  })
  @IsOptional()
  @IsISO8601(
    { strict: true, strictSeparator: true },
    { message: 'from must be an ISO-8601 instant or day' },
  )
  from?: string;

  @ApiPropertyOptional({
    example: '2024-12-31T23:59:59Z',
    description: 'Recorded at or before (a bare day: its end, UTC)',
  })
  @IsOptional()
  @IsISO8601(
    { strict: true, strictSeparator: true },
    { message: 'to must be an ISO-8601 instant or day' },
  )
  to?: string;

  @ApiPropertyOptional({ description: 'Exactly this stream, e.g. meeting-<uuid>' })
  @IsOptional()
  @IsString()
  @Length(3, 200)
  stream?: string;

  @ApiPropertyOptional({
    description: 'Every stream naming this party: KAZ, an organisation id or a person id',
  })
  @IsOptional()
  @IsString()
  @Length(2, 64)
  party?: string;
}

export class FeedQuery extends RangeQuery {
  @ApiPropertyOptional({ description: 'The acting user id' })
  @IsOptional()
  @IsString()
  @Length(1, 200)
  actor?: string;

  @ApiPropertyOptional({
    description: 'Event types, comma-separated: MeetingCorrected,PledgeFulfilled',
    type: String,
  })
  @IsOptional()
  @Transform(({ value }) =>
    typeof value === 'string'
      ? value
          .split(',')
          .map((t) => t.trim())
          .filter(Boolean)
      : value,
  )
  @IsArray()
  @IsString({ each: true })
  @Matches(/^[A-Z][A-Za-z]+$/, {
    each: true,
    message: 'type must be event type names such as MeetingCorrected',
  })
  type?: string[];

  @ApiPropertyOptional({
    description: 'Cursor: the `next` of the previous page (a global position)',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  after?: number;

  @ApiPropertyOptional({ default: 100, maximum: 1000 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(1000)
  limit = 100;
}

const badRange = (message: string) =>
  new BadRequestException({ statusCode: 400, code: 'AUDIT.BAD_RANGE', message });

/** An instant; a bare day is its start (`from`) or its end (`to`, `knownAt`). */
export function instant(value: string | undefined, edge: 'start' | 'end'): Date | undefined {
  if (value === undefined) return undefined;
  const parsed = new Date(
    DAY.test(value) ? `${value}T${edge === 'start' ? '00:00:00.000' : '23:59:59.999'}Z` : value,
  );
  if (Number.isNaN(parsed.getTime())) throw badRange(`${value} is not a date`);
  return parsed;
}

export function range(q: RangeQuery): { from?: Date; to?: Date } {
  const [from, to] = [instant(q.from, 'start'), instant(q.to, 'end')];
  if (from && to && from > to) throw badRange(`from (${q.from}) is after to (${q.to})`);
  return { from, to };
}

export function asKnownOf(q: AsKnownQuery): { knownAt?: Date; asOf?: string } {
  return { knownAt: instant(q.knownAt, 'end'), asOf: q.asOf };
}

export function requireOneScope(q: RangeQuery): void {
  const scopes = [
    q.stream !== undefined,
    q.party !== undefined,
    q.from !== undefined || q.to !== undefined,
  ].filter(Boolean).length;
  if (scopes !== 1) {
    throw new BadRequestException({
      statusCode: 400,
      code: 'AUDIT.EXPORT_SCOPE',
      message: 'export one thing: stream=<stream id>, party=<party>, or a range from=…&to=…',
    });
  }
}

/** A history takes no filters; declaring none makes the validation pipe refuse any that are sent. */
export class HistoryQuery extends ConsistentQuery {}
