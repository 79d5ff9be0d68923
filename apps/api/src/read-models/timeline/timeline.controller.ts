import { Controller, Get, Param, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsNotEmpty, IsOptional, IsString, MaxLength } from 'class-validator';
import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Where } from '@chancery/projections';
import { NotBefore } from '../../http/date-range';
import { IsIsoDay } from '../../record/shared/dto';
import { listResponse } from '../shared/csv';
import { ReadModelEngine } from '../shared/engine.provider';
import { PageQuery } from '../shared/query.dto';
import { ProjectionLagFilter, ReadYourWrites } from '../shared/read-your-writes';
import type { Classification } from '@chancery/identity';
import { VisibleLevels, visibleTo } from '../shared/clearance';
import { overlapping } from '@chancery/read-models';
import { registryResolver } from '../shared/parties';
import { ReadModelReaders } from '../shared/roles';
import { timelinePage } from './timeline.queries';

export class TimelineQuery extends PageQuery {
  @ApiPropertyOptional({
    example: '2024-01-01',
    description:
      'Records whose date may fall on or after this day: a partial date is the span of days it may be, and matches when that span overlaps from…to; a record with no date stated matches no range',
  })
  @IsOptional()
  @IsIsoDay()
  from?: string;

  @ApiPropertyOptional({ example: '2024-12-31', description: 'Not before `from`' })
  @IsOptional()
  @IsIsoDay()
  @NotBefore('from')
  to?: string;

  @ApiPropertyOptional({ enum: ['meeting', 'visit', 'pledge', 'document'] })
  @IsOptional()
  @IsIn(['meeting', 'visit', 'pledge', 'document'])
  kind?: string;

  @ApiPropertyOptional({
    example: 'green-energy',
    description: 'A topic (slug or label): records filed under it or under a topic merged into it',
  })
  @IsOptional()
  @IsString()
  @IsNotEmpty()
  @MaxLength(120)
  topic?: string;
}

const COLUMNS = [
  'date',
  'dateFrom',
  'dateTo',
  'kind',
  'recordId',
  'title',
  'summary',
  'format',
  'formatName',
  'counterparts',
  'topics',
  'topicLabels',
  'classification',
] as const;

/** A party's engagements over a date range, newest first. */
@ApiTags('read models')
@ReadModelReaders()
@UseFilters(ProjectionLagFilter)
@Controller('timeline')
export class TimelineController {
  constructor(
    private readonly engine: ReadModelEngine,
    private readonly consistency: ReadYourWrites,
  ) {}

  @Get(':party')
  async timeline(
    @Param('party') party: string,
    @Query() q: TimelineQuery,
    @VisibleLevels() levels: Classification[],
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    await this.consistency.reach('timeline', req, q.minPosition);
    const resolve = await registryResolver(
      this.engine,
      this.consistency,
      req,
      q.minPosition,
      levels,
    );
    const key = await resolve(party);
    const where: Where = visibleTo(levels);
    Object.assign(where, overlapping('date', q.from, q.to));
    if (q.kind) where.kind = q.kind;
    const reader = this.engine.reader('timeline');
    const { items, total } = await timelinePage(reader, key, where, q.limit, q.offset, q.topic);
    return listResponse(
      req,
      reply,
      {
        party: key,
        items,
        total,
        limit: q.limit,
        offset: q.offset,
      },
      [...COLUMNS],
    );
  }
}
