import { Controller, Get, Inject, Query, Req, Res, UseFilters } from '@nestjs/common';
import { ApiPropertyOptional, ApiTags } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Length } from 'class-validator';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CLOCK, Clock } from '@chancery/common';
import type { ReadModelReader, Row, Where } from '@chancery/projections';
import { overlapping, TopicNames } from '@chancery/read-models';
import type { Classification } from '@chancery/identity';
import { IsIsoDay } from '../../record/shared/dto';
import { listResponse } from '../shared/csv';
import { ReadModelEngine } from '../shared/engine.provider';
import { PageQuery } from '../shared/query.dto';
import { ProjectionLagFilter, ReadYourWrites } from '../shared/read-your-writes';
import { VisibleLevels, visibleTo } from '../shared/clearance';
import { resolveParty } from '../shared/parties';
import { ReadModelReaders } from '../shared/roles';
import { complianceTable } from './compliance';
import { partiesAbove, partiesUnder } from './roll-up';
import { sameAsGroups } from './same-as-groups';

export class PledgeRegisterQuery extends PageQuery {
  @ApiPropertyOptional({
    description:
      'Who pledged: alpha-3, organisation id or acronym; a country or organisation includes the ' +
      'organisations based in it or part of it',
  })
  @IsOptional()
  @IsString()
  @Length(2, 64)
  pledger?: string;

  @ApiPropertyOptional({
    description: 'Who benefits: alpha-3, organisation id or acronym (rolled up as pledger is)',
  })
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

  @ApiPropertyOptional({
    description:
      'Pledged on or after this day: a partial pledge date matches when its span overlaps',
    example: '2024-01-01',
  })
  @IsOptional()
  @IsIsoDay()
  from?: string;

  @ApiPropertyOptional({ description: 'Pledged on or before this day (overlap, as from)' })
  @IsOptional()
  @IsIsoDay()
  to?: string;
}

const COLUMNS = [
  'pledgeId',
  'pledger',
  'pledgers',
  'beneficiary',
  'beneficiaries',
  'beneficiaryGroup',
  'mutual',
  'area',
  'areaLabel',
  'areas',
  'commitment',
  'level',
  'status',
  'statusOn',
  'targets',
  'targetAmount',
  'targetUnit',
  'achievedAmount',
  'progress',
  'targetDate',
  'deadline',
  'late',
  'pledgedOn',
  'meetingId',
  'documentId',
  'sameAsGroup',
  'links',
  'classification',
] as const;
const COMPLIANCE_COLUMNS = ['pledger', 'area', 'due', 'fulfilled', 'compliance'] as const;
const OPEN_END = '9999-12-31';

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

  /**
   * Newest first by the first day the pledge may have been made (undated last). `total` counts
   * pledges; `projects` counts them with each group of same-as pledges once.
   */
  @Get('register')
  async register(
    @Query() q: PledgeRegisterQuery,
    @VisibleLevels() levels: Classification[],
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    await this.consistency.reach('pledges', req, q.minPosition);
    const reader = this.engine.reader('pledges');
    const today = this.clock.now().toISOString().slice(0, 10);
    const topics = await TopicNames.of(reader);
    const where = await this.where(q, levels, req, topics);
    const rows = await reader.select('pledges', {
      where,
      orderBy: [
        ['pledged_on_sort', 'desc'],
        ['pledge_id', 'asc'],
      ],
      limit: q.limit,
      offset: q.offset,
    });
    const matching = await reader.select('pledges', { where });
    const groups = await sameAsGroups(reader, new Set(matching.map((r) => String(r.pledge_id))));
    const links = await this.links(reader, rows);
    const items = rows.map((r) => {
      const id = String(r.pledge_id);
      const areas = topics.survivors((r.areas as string[] | null) ?? []);
      return {
        pledgeId: id,
        pledger: r.pledger,
        pledgers: r.pledgers,
        beneficiary: r.beneficiary,
        beneficiaries: r.beneficiaries,
        beneficiaryGroup: r.beneficiary_group,
        mutual: r.mutual === 1,
        area: areas[0] ?? null,
        areaLabel: areas[0] ? topics.label(areas[0]) : null,
        areas: areas.map((area) => ({ area, label: topics.label(area) })),
        commitment: r.commitment,
        level: r.level,
        status: r.status,
        statusOn: r.status_on,
        targets: r.targets,
        targetAmount: r.target_amount,
        targetUnit: r.target_unit,
        achievedAmount: r.achieved_amount,
        progress: progress(r),
        targetDate: r.target_date,
        deadline: deadline(r),
        late: isLate(r, today),
        pledgedOn: r.pledged_on,
        meetingId: r.meeting_id,
        documentId: r.document_id,
        sameAsGroup: groups.get(id) ?? id,
        links: links.get(id) ?? [],
        classification: r.classification,
      };
    });
    const projects = new Set(groups.values()).size;
    return listResponse(
      req,
      reply,
      { items, total: matching.length, projects, limit: q.limit, offset: q.offset },
      [...COLUMNS],
    );
  }

  /**
   * Due = fulfilled or lapsed, or still open or withdrawn after its deadline's last possible day
   * (a pledge "by 2026" is due from 1 January 2027); no target date = no deadline, never due
   * unless resolved. A group of same-as pledges counts once; an organisation's pledges count
   * for it and for the country it is based in and the organisation it is part of.
   */
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
    const rows = await reader.select('pledges', { where });
    const groups = await sameAsGroups(reader, new Set(rows.map((r) => String(r.pledge_id))));
    const registry = await this.registry(req, q.minPosition);
    const pledgerKeys = rows.flatMap((r) => (r.pledgers as string[] | null) ?? []);
    const above = await partiesAbove(registry, pledgerKeys, levels);
    const only = q.pledger ? new Set(await this.under(req, q, levels, q.pledger)) : null;
    const all = complianceTable(rows, { today, groups, above, topics, only });
    const page = {
      items: all.slice(q.offset, q.offset + q.limit),
      total: all.length,
      limit: q.limit,
      offset: q.offset,
      today,
    };
    return listResponse(req, reply, page, [...COMPLIANCE_COLUMNS]);
  }

  /** The registry of parties (the dossiers' copy), once it has applied what the query waits for. */
  private async registry(req: FastifyRequest, minPosition?: number): Promise<ReadModelReader> {
    await this.consistency.reach('dossiers', req, minPosition);
    return this.engine.reader('dossiers');
  }

  /** A party as given, and every organisation that rolls up to it. */
  private async under(
    req: FastifyRequest,
    q: Partial<PledgeRegisterQuery>,
    levels: Classification[],
    given: string,
  ): Promise<string[]> {
    const registry = await this.registry(req, q.minPosition);
    return partiesUnder(registry, await resolveParty(registry, given, levels), levels);
  }

  /** Only the pledges the caller is cleared for: the register, its total and every compliance figure. */
  private async where(
    q: Partial<PledgeRegisterQuery>,
    levels: Classification[],
    req: FastifyRequest,
    topics: TopicNames,
  ): Promise<Where> {
    const where: Where = { ...visibleTo(levels), ...overlapping('pledged_on', q.from, q.to) };
    const reader = this.engine.reader('pledges');
    const sets: Set<string>[] = [];
    const idsOf = async (table: string, filter: Where) =>
      new Set((await reader.select(table, { where: filter })).map((r) => String(r.pledge_id)));
    for (const [given, role] of [
      [q.pledger, 'pledger'],
      [q.beneficiary, 'beneficiary'],
    ] as const)
      if (given) {
        const parties = await this.under(req, q, levels, given);
        sets.push(await idsOf('pledge_parties', { party: { in: parties }, role }));
      }
    if (q.area) sets.push(await idsOf('pledge_areas', { area: { in: topics.readAs(q.area) } }));
    if (sets.length) {
      const [first, ...rest] = sets;
      where.pledge_id = { in: [...first].filter((id) => rest.every((s) => s.has(id))) };
    }
    if (q.status) where.status = q.status;
    return where;
  }

  private async links(reader: ReadModelReader, rows: Row[]) {
    const ids = rows.map((r) => String(r.pledge_id));
    const found = new Map<string, Array<Record<string, unknown>>>();
    if (!ids.length) return found;
    const add = (id: string, link: Record<string, unknown>) =>
      found.set(id, [...(found.get(id) ?? []), link]);
    for (const l of await reader.select('pledge_links', { where: { pledge_id: { in: ids } } }))
      add(String(l.pledge_id), {
        relation: l.relation,
        otherPledgeId: l.other_pledge_id,
        certainty: l.certainty,
      });
    // The other end of a link, seen from the pledge it points to.
    for (const l of await reader.select('pledge_links', {
      where: { other_pledge_id: { in: ids } },
    }))
      add(String(l.other_pledge_id), {
        relation: INVERSE[String(l.relation)] ?? l.relation,
        otherPledgeId: l.pledge_id,
        certainty: l.certainty,
      });
    return found;
  }
}

const INVERSE: Record<string, string> = {
  'part-of': 'has-part',
  'follows-from': 'followed-by',
  'same-as': 'same-as',
};

/** The last day of the target date; null when none is stated or it has no last day ("after 2026"). */
function deadline(r: Row): string | null {
  return r.target_date_to === null || r.target_date_to === OPEN_END
    ? null
    : String(r.target_date_to);
}

/** Still open after its deadline's last day; a pledge with no deadline is never late. */
function isLate(r: Row, today: string): boolean {
  const last = deadline(r);
  return r.status === 'open' && last !== null && last < today;
}

function progress(r: Row): number | null {
  const target = Number(r.target_amount);
  if (r.target_amount === null || r.achieved_amount === null || !target) return null;
  return Math.round((Number(r.achieved_amount) / target) * 1000) / 1000;
}
