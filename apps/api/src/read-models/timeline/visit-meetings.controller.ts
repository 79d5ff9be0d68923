import {
  Controller,
  Get,
  NotFoundException,
  Param,
  ParseUUIDPipe,
  Query,
  Req,
  UseFilters,
} from '@nestjs/common';
import { ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import type { Classification } from '@chancery/identity';
import type { Row } from '@chancery/projections';
import { TopicNames } from '@chancery/read-models';
import { VisibleLevels, visibleTo } from '../shared/clearance';
import { ReadModelEngine } from '../shared/engine.provider';
import { ConsistentQuery } from '../shared/query.dto';
import { ProjectionLagFilter, ReadYourWrites } from '../shared/read-your-writes';
import { Roles } from '../../auth/auth.decorators';
import { newestFirst, timelineItem } from './timeline.queries';

/** Each record once: the timeline keeps a row per two of its parties. */
const once = (rows: Row[]) => [...new Map(rows.map((r) => [String(r.record_id), r])).values()];

/**
 * The meetings held during a visit (the visit page's list), from the timeline read model; 404
 * for a visit that is not there or that the caller may not see, alike. Read like the visit itself
 * (recorders too: the visit's page in the web app lists them), as the role matrix has it.
 */
@ApiTags('read models')
@Roles('recorder', 'analyst', 'auditor')
@UseFilters(ProjectionLagFilter)
@Controller('visits')
export class VisitMeetingsController {
  constructor(
    private readonly engine: ReadModelEngine,
    private readonly consistency: ReadYourWrites,
  ) {}

  @Get(':id/meetings')
  @ApiOperation({ summary: 'The meetings that took place during a visit, newest first' })
  async meetings(
    @Param('id', ParseUUIDPipe) id: string,
    @Query() q: ConsistentQuery,
    @VisibleLevels() levels: Classification[],
    @Req() req: FastifyRequest,
  ) {
    await this.consistency.reach('timeline', req, q.minPosition);
    const reader = this.engine.reader('timeline');
    const visible = visibleTo(levels);
    const [visit] = await reader.select('entries', {
      where: { visit_id: id, kind: 'visit', ...visible },
      limit: 1,
    });
    if (!visit)
      throw new NotFoundException({
        statusCode: 404,
        code: 'VISIT.NOT_FOUND',
        message: `Visit ${id} is not recorded`,
      });
    const names = await TopicNames.of(reader);
    const rows = await reader.select('entries', {
      where: { visit_id: id, kind: 'meeting', ...visible },
    });
    const items = once(rows)
      .sort(newestFirst)
      .map((r) => timelineItem(r, null, names));
    return { visitId: id, items, total: items.length };
  }
}
