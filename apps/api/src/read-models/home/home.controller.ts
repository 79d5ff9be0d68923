import { Controller, Get, Inject, Query, Req, UseFilters } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { CLOCK, Clock } from '@chancery/common';
import type { Classification } from '@chancery/identity';
import { Roles } from '../../auth/auth.decorators';
import { Teams } from '../follow-ups/teams';
import { VisibleLevels } from '../shared/clearance';
import { ReadModelEngine } from '../shared/engine.provider';
import { ConsistentQuery } from '../shared/query.dto';
import { ProjectionLagFilter, ReadYourWrites } from '../shared/read-your-writes';
import {
  HORIZON_DAYS,
  addDays,
  openFollowUps,
  pledgeDeadlines,
  recentlyRecorded,
  upcomingEngagements,
} from './home.queries';
import { lagging } from './lagging';

/**
 * A member of staff's home page in figures: their open follow-ups and their desks', what is
 * coming up in the next 30 days, what was recorded lately, and which read models lag behind the
 * record (so the page can say its figures may be missing the latest changes).
 */
@ApiTags('read models')
@Roles('recorder', 'analyst', 'auditor')
@UseFilters(ProjectionLagFilter)
@Controller('home')
export class HomeController {
  constructor(
    private readonly engine: ReadModelEngine,
    private readonly consistency: ReadYourWrites,
    private readonly teams: Teams,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get()
  async home(
    @Query() q: ConsistentQuery,
    @VisibleLevels() levels: Classification[],
    @Req() req: FastifyRequest,
  ) {
    for (const projection of ['follow_ups', 'pledges', 'search'])
      await this.consistency.reach(projection, req, q.minPosition);
    const me = req.user!;
    const today = this.clock.now().toISOString().slice(0, 10);
    const followUps = this.engine.reader('follow_ups');
    const search = this.engine.reader('search');
    const [mine, team, engagements, deadlines, recent, status] = await Promise.all([
      openFollowUps(followUps, this.teams.assigneesOf(me, 'mine'), levels, today),
      openFollowUps(followUps, this.teams.assigneesOf(me, 'team'), levels, today),
      upcomingEngagements(search, levels, today),
      pledgeDeadlines(this.engine.reader('pledges'), levels, today),
      recentlyRecorded(search, levels),
      this.engine.status(),
    ]);
    return {
      today,
      until: addDays(today, HORIZON_DAYS),
      desks: me.desks,
      followUps: { mine, team },
      engagements,
      deadlines,
      recent,
      lagging: lagging(status),
    };
  }
}
