import { Controller, Get, Inject, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CLOCK, Clock } from '@chancery/common';
import type { Row, Where } from '@chancery/projections';
import { TopicNames } from '@chancery/read-models';
import { listResponse } from '../shared/csv';
import { ReadModelEngine } from '../shared/engine.provider';
import { PageQuery } from '../shared/query.dto';
import { ProjectionLagFilter, ReadYourWrites } from '../shared/read-your-writes';
import type { Classification } from '@chancery/identity';
import { VisibleLevels, visibleTo } from '../shared/clearance';
import { registryResolver } from '../shared/parties';
import { ReadModelReaders } from '../shared/roles';

export class PledgeRegisterQuery extends PageQuery {
  @ApiPropertyOptional({ description: 'Who pledged: alpha-3, organisation id or acronym' })
  @IsOptional()
  @IsString()
  @Length(2, 64)
  pledger?: string;

  @ApiPropertyOptional({ description: 'Who benefits: alpha-3, organisation id or acronym' })
  @IsOptional()
  @IsString()
  @Length(2, 64)
  beneficiary?: string;

  @ApiPropertyOptional({ example: 'satellite-communications' })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  area?: string;

  @ApiPropertyOptional({ enum: ['open', 'fulfilled', 'lapsed', 'withdrawn'] })
  @IsOptional()
  @IsIn(['open', 'fulfilled', 'lapsed', 'withdrawn'])
  status?: string;
}

const COLUMNS = [
  'pledgeId',
  'pledger',
  'beneficiary',
  'area',
  'areaLabel',
  'commitment',
  'level',
  'status',
  'statusOn',
  'targetAmount',
  'targetUnit',
  'achievedAmount',
  'progress',
  'targetDate',
  'pledgedOn',
  'meetingId',
  'classification',
] as const;
const COMPLIANCE_COLUMNS = ['pledger', 'area', 'due', 'fulfilled', 'compliance'] as const;

/** The pledge register, and compliance per party and area: fulfilled among those due. */
@ApiTags('read models')
@ReadModelReaders()
@UseFilters(ProjectionLagFilter)
@Controller('pledges')
export class PledgeRegisterController {
  constructor(
    private readonly engine: ReadModelEngine,
    private readonly consistency: ReadYourWrites,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  @Get('register')
  async register(
    @Query() q: PledgeRegisterQuery,
    @VisibleLevels() levels: Classification[],
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    await this.consistency.reach('pledges', req, q.minPosition);
    const reader = this.engine.reader('pledges');
    const topics = await TopicNames.of(reader);
    const where = await this.where(q, levels, req, topics);
    const rows = await reader.select('pledges', {
      where,
      orderBy: [
        ['pledged_on', 'desc'],
        ['pledge_id', 'asc'],
      ],
      limit: q.limit,
      offset: q.offset,
    });
    const items = rows.map((r) => ({
      pledgeId: String(r.pledge_id),
      pledger: r.pledger,
      beneficiary: r.beneficiary,
      area: topics.survivor(String(r.area)),
      areaLabel: topics.label(String(r.area)),
      commitment: r.commitment,
      level: r.level,
      status: r.status,
      statusOn: r.status_on,
      targetAmount: r.target_amount,
      targetUnit: r.target_unit,
      achievedAmount: r.achieved_amount,
      progress: progress(r),
      targetDate: r.target_date,
      pledgedOn: r.pledged_on,
      meetingId: r.meeting_id,
      classification: r.classification,
    }));
    return listResponse(
      req,
      reply,
      { items, total: await reader.count('pledges', where), limit: q.limit, offset: q.offset },
      [...COLUMNS],
    );
  }

  /** Due = resolved (fulfilled or lapsed) or still open/withdrawn past its target date. */
  @Get('compliance')
  async compliance(
    @Query() q: PledgeRegisterQuery,
    @VisibleLevels() levels: Classification[],
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    await this.consistency.reach('pledges', req, q.minPosition);
    const today = this.clock.now().toISOString().slice(0, 10);
    const reader = this.engine.reader('pledges');
    const topics = await TopicNames.of(reader);
    const where = await this.where({ ...q, status: undefined }, levels, req, topics);
    const groups = async (extra: Where) =>
      reader.aggregate('pledges', {
        where: { ...where, ...extra },
        groupBy: ['pledger', 'area'],
        measures: { n: ['count', '*'] },
      });
    const fulfilled = await groups({ status: 'fulfilled' });
    const lapsed = await groups({ status: 'lapsed' });
    const pastDue = await groups({
      status: { in: ['open', 'withdrawn'] },
      target_date: { lt: today },
    });
    const table = new Map<
      string,
      { pledger: string; area: string; due: number; fulfilled: number; compliance: number | null }
    >();
    const add = (rows: Row[], isFulfilled: boolean) => {
      for (const r of rows) {
        // Groups of slugs merged into one topic add up under the survivor.
        const area = topics.survivor(String(r.area));
        const k = `${String(r.pledger)}|${area}`;
        const e = table.get(k) ?? {
          pledger: String(r.pledger),
          area,
          due: 0,
          fulfilled: 0,
          compliance: null,
        };
        e.due += Number(r.n);
        if (isFulfilled) e.fulfilled += Number(r.n);
        table.set(k, e);
      }
    };
    add(fulfilled, true);
    add(lapsed, false);
    add(pastDue, false);
    const all = [...table.values()]
      .map((e) => ({
        ...e,
        compliance: e.due ? Math.round((e.fulfilled / e.due) * 1000) / 1000 : null,
      }))
      .sort((a, b) => a.pledger.localeCompare(b.pledger) || a.area.localeCompare(b.area));
    const page = {
      items: all.slice(q.offset, q.offset + q.limit),
      total: all.length,
      limit: q.limit,
      offset: q.offset,
      today,
    };
    return listResponse(req, reply, page, [...COMPLIANCE_COLUMNS]);
  }

  /** Only the pledges the caller is cleared for: the register, its total and every compliance figure. */
  private async where(
    q: Partial<PledgeRegisterQuery>,
    levels: Classification[],
    req: FastifyRequest,
    topics: TopicNames,
  ): Promise<Where> {
    const where: Where = visibleTo(levels);
    if (q.pledger || q.beneficiary) {
      const resolve = await registryResolver(
        this.engine,
        this.consistency,
        req,
        q.minPosition,
        levels,
      );
      if (q.pledger) where.pledger = await resolve(q.pledger);
      if (q.beneficiary) where.beneficiary = await resolve(q.beneficiary);
    }
    if (q.area) where.area = { in: topics.readAs(q.area) };
    if (q.status) where.status = q.status;
    return where;
  }
}

function progress(r: Row): number | null {
  const target = Number(r.target_amount);
  if (r.target_amount === null || r.achieved_amount === null || !target) return null;
  return Math.round((Number(r.achieved_amount) / target) * 1000) / 1000;
}
