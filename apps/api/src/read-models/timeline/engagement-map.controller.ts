import { Controller, Get, Query, Req, UseFilters } from '@nestjs/common';
import { ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import type { FastifyRequest } from 'fastify';
import type { Classification } from '@chancery/identity';
import type { Where } from '@chancery/projections';
import { overlapping } from '@chancery/read-models';
import { NotBefore } from '../../http/date-range';
import { IsIsoDay } from '../../record/shared/dto';
import { VisibleLevels, visibleTo } from '../shared/clearance';
import { ReadModelEngine } from '../shared/engine.provider';
import { ConsistentQuery } from '../shared/query.dto';
import { ProjectionLagFilter, ReadYourWrites } from '../shared/read-your-writes';
import { ReadModelReaders } from '../shared/roles';

export class EngagementMapQuery extends ConsistentQuery {
  @ApiPropertyOptional({ example: '2024-01-01' })
  @IsOptional()
  @IsIsoDay()
  from?: string;

  @ApiPropertyOptional({ example: '2024-12-31', description: 'Not before `from`' })
  @IsOptional()
  @IsIsoDay()
  @NotBefore('from')
  to?: string;

  @ApiPropertyOptional({ enum: ['meeting', 'visit', 'pledge'] })
  @IsOptional()
  @IsIn(['meeting', 'visit', 'pledge'])
  kind?: string;
}

const COUNTRY = /^[A-Z]{3}$/;

/**
 * How many engagements (meetings, visits, pledges) named each country in a period: what the web
 * app's world map shades. A record naming two countries counts once for each; a record is
 * counted once per country however many rows the timeline keeps for it.
 */
@ApiTags('read models')
@ReadModelReaders()
@UseFilters(ProjectionLagFilter)
@Controller('engagements')
export class EngagementMapController {
  constructor(
    private readonly engine: ReadModelEngine,
    private readonly consistency: ReadYourWrites,
  ) {}

  @Get('per-country')
  async perCountry(
    @Query() q: EngagementMapQuery,
    @VisibleLevels() levels: Classification[],
    @Req() req: FastifyRequest,
  ) {
    await this.consistency.reach('timeline', req, q.minPosition);
    const where: Where = visibleTo(levels);
    // A partial date counts where its span of days overlaps the period (see date-columns.ts).
    Object.assign(where, overlapping('date', q.from, q.to));
    if (q.kind) where.kind = q.kind;
    const rows = await this.engine.reader('timeline').select('entries', { where });
    const records = new Map<string, Set<string>>();
    for (const row of rows) {
      const countries = records.get(String(row.record_id)) ?? new Set<string>();
      for (const party of (row.parties as string[] | null) ?? [])
        if (COUNTRY.test(party)) countries.add(party);
      records.set(String(row.record_id), countries);
    }
    const counts = new Map<string, number>();
    for (const countries of records.values())
      for (const country of countries) counts.set(country, (counts.get(country) ?? 0) + 1);
    const items = [...counts]
      .map(([country, engagements]) => ({ country, engagements }))
      .sort((a, b) => b.engagements - a.engagements || a.country.localeCompare(b.country));
    return {
      from: q.from ?? null,
      to: q.to ?? null,
      kind: q.kind ?? null,
      records: records.size,
      items,
    };
  }
}
