import { Controller, Get, Inject, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CLOCK, Clock } from '@chancery/common';
import type { Where } from '@chancery/projections';
import { NotBefore } from '../../http/date-range';
import { IsIsoDay } from '../../record/shared/dto';
import { listResponse } from '../shared/csv';
import { ReadModelEngine } from '../shared/engine.provider';
import { PageQuery } from '../shared/query.dto';
import { ProjectionLagFilter, ReadYourWrites } from '../shared/read-your-writes';
import type { Classification } from '@chancery/identity';
import { VisibleLevels, visibleTo } from '../shared/clearance';
import { ReadModelReaders } from '../shared/roles';
import { Teams } from './teams';

export class FollowUpBoardQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Assignee: a user name, or a desk as desk:<name>' })
  @IsOptional()
  @IsString()
  @Length(1, 128)
  owner?: string;

  @ApiPropertyOptional({
    enum: ['mine', 'team'],
    description:
      "mine: assigned to the caller; team: assigned to the caller's desks or to colleagues on them",
  })
  @IsOptional()
  @IsIn(['mine', 'team'])
  scope?: 'mine' | 'team';

  @ApiPropertyOptional({ enum: ['open', 'overdue', 'completed', 'cancelled'] })
  @IsOptional()
  @IsIn(['open', 'overdue', 'completed', 'cancelled'])
  status?: 'open' | 'overdue' | 'completed' | 'cancelled';

  @ApiPropertyOptional({ example: '2024-10-01' })
  @IsOptional()
  @IsIsoDay()
  dueFrom?: string;

  @ApiPropertyOptional({ example: '2024-12-31', description: 'Not before `dueFrom`' })
  @IsOptional()
  @IsIsoDay()
  @NotBefore('dueFrom')
  dueTo?: string;
}

const COLUMNS = [
  'followUpId',
  'action',
  'assignee',
  'dueDate',
  'status',
  'overdue',
  'completedOn',
  'outcome',
  'meetingId',
  'pledgeId',
  'classification',
] as const;

/** The follow-ups board: by owner, status and due date; overdue = open and due before today (injected clock). */
@ApiTags('read models')
@ReadModelReaders()
@UseFilters(ProjectionLagFilter)
@Controller('follow-ups/board')
export class FollowUpsBoardController {
  constructor(
    private readonly engine: ReadModelEngine,
    private readonly consistency: ReadYourWrites,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly teams: Teams,
  ) {}

  @Get()
  async board(
    @Query() q: FollowUpBoardQuery,
    @VisibleLevels() levels: Classification[],
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    await this.consistency.reach('follow_ups', req, q.minPosition);
    const today = this.clock.now().toISOString().slice(0, 10);
    const due: { gte?: string; lte?: string; lt?: string } = {};
    if (q.dueFrom) due.gte = q.dueFrom;
    if (q.dueTo) due.lte = q.dueTo;
    if (q.status === 'overdue') due.lt = q.dueTo && q.dueTo < today ? undefined : today;
    const where: Where = visibleTo(levels);
    if (q.owner) where.assignee = q.owner;
    if (q.scope) where.assignee = this.teams.assigneesOf(req.user!, q.scope, q.owner);
    if (q.status) where.status = q.status === 'overdue' ? 'open' : q.status;
    if (Object.values(due).some((v) => v !== undefined))
      where.due_date = Object.fromEntries(Object.entries(due).filter(([, v]) => v !== undefined));
    const reader = this.engine.reader('follow_ups');
    const rows = await reader.select('follow_ups', {
      where,
      orderBy: [
        ['due_date', 'asc'],
        ['follow_up_id', 'asc'],
      ],
      limit: q.limit,
      offset: q.offset,
    });
    const items = rows.map((r) => ({
      followUpId: String(r.follow_up_id),
      action: r.action,
      assignee: r.assignee,
      dueDate: r.due_date,
      status: r.status,
      overdue: r.status === 'open' && String(r.due_date) < today,
      completedOn: r.completed_on,
      outcome: r.outcome,
      meetingId: r.meeting_id,
      pledgeId: r.pledge_id,
      classification: r.classification,
    }));
    const page = {
      items,
      total: await reader.count('follow_ups', where),
      limit: q.limit,
      offset: q.offset,
      today,
    };
    return listResponse(req, reply, page, [...COLUMNS]);
  }
}
