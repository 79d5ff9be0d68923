import {
  Controller,
  Get,
  Inject,
  NotFoundException,
  Param,
  Query,
  Req,
  Res,
  UseFilters,
} from '@nestjs/common';
import { ApiProperty, ApiTags } from '@nestjs/swagger';
import { IsString, Length } from 'class-validator';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CLOCK, Clock } from '@chancery/common';
import { listResponse } from '../shared/csv';
import { PageQuery } from '../shared/query.dto';
import { chosenList, listsQuery, pageOf, pathOf, sendList } from '../shared/list-pages';
import { ProjectionLagFilter, ReadYourWrites } from '../shared/read-your-writes';
import type { Classification } from '@chancery/identity';
import { VisibleLevels } from '../shared/clearance';
import { ReadModelReaders } from '../shared/roles';
import { boundedPage, itemsOf, PARTNERSHIP_LISTS, type PartnershipList } from './partnership-lists';
import { PartnershipPages } from './partnership-pages';
import { PartnershipQueries } from './partnerships.queries';

export class PartnershipsQuery extends PageQuery {
  @ApiProperty({ example: 'KAZ', description: 'Alpha-3 code, organisation id or acronym' })
  @IsString()
  @Length(2, 64)
  party!: string;
}

export class PartnershipPageQuery extends listsQuery(Object.keys(PARTNERSHIP_LISTS)) {}

@ApiTags('read models')
@ReadModelReaders()
@UseFilters(ProjectionLagFilter)
@Controller('partnerships')
export class PartnershipsController {
  constructor(
    private readonly queries: PartnershipQueries,
    private readonly pages: PartnershipPages,
    private readonly consistency: ReadYourWrites,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** All partnerships of a party, most engaged first: those of pledges or indicators alone last. */
  @Get()
  async list(
    @Query() q: PartnershipsQuery,
    @VisibleLevels() levels: Classification[],
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    await this.consistency.reach('partnerships', req, q.minPosition);
    const page = await this.queries.list(q.party, levels, q.limit, q.offset);
    return listResponse(req, reply, page, [
      'party',
      'counterpart',
      'counterpartName',
      'counterpartKind',
      'engagements',
      'sessions',
      'pledges',
      'firstContact',
      'lastContact',
    ]);
  }

  /**
   * One partnership: engagements, areas, pledges, follow-ups, key people and indicators, each list
   * cut to its first `limit` items with its total and `next` page; `?list=` answers one list alone.
   */
  @Get(':party/:counterpart')
  async detail(
    @Param('party') party: string,
    @Param('counterpart') counterpart: string,
    @Query() q: PartnershipPageQuery,
    @VisibleLevels() levels: Classification[],
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    await this.consistency.reach('partnerships', req, q.minPosition);
    const today = this.clock.now().toISOString().slice(0, 10);
    const list = chosenList(req, q, PARTNERSHIP_LISTS) as PartnershipList | null;
    const path = pathOf(req);
    const shape = list ? [list, q.limit, q.offset] : [q.limit];
    const page = await this.pages.get(
      JSON.stringify([levels, today, party, counterpart, path, ...shape]),
      async () => {
        const found = await this.queries.detail(party, counterpart, levels, today);
        if (!found) return null;
        const answer = list
          ? pageOf(itemsOf(found, list), list, q, path)
          : boundedPage(found, q.limit, path);
        return JSON.stringify(answer);
      },
    );
    if (!page)
      throw new NotFoundException({
        statusCode: 404,
        code: 'PARTNERSHIP.NOT_FOUND',
        message: `nothing recorded between ${party} and ${counterpart}`,
      });
    if (list) return sendList(req, reply, JSON.parse(page), PARTNERSHIP_LISTS[list]);
    void reply.type('application/json; charset=utf-8');
    return page;
  }
}
