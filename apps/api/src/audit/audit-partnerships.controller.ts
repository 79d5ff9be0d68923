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
import { ApiTags, IntersectionType } from '@nestjs/swagger';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { partnershipAsKnown } from '@chancery/audit';
import { CLOCK, type Clock } from '@chancery/common';
import { EVENT_STORE, type EventStore } from '@chancery/event-store';
import type { Classification } from '@chancery/identity';
import { Auditors } from '../auth/auth.decorators';
import {
  boundedPage,
  itemsOf,
  PARTNERSHIP_LISTS,
  type PartnershipList,
} from '../read-models/partnerships/partnership-lists';
import { PartnershipQueries } from '../read-models/partnerships/partnerships.queries';
import { chosenList, listsQuery, pageOf, pathOf, sendList } from '../read-models/shared/list-pages';
import { VisibleLevels } from '../read-models/shared/clearance';
import { ProjectionLagFilter } from '../read-models/shared/read-your-writes';
import { AuditIndexEngine } from './audit-index.engine';
import { AuditParties } from './audit-parties';
import { AsKnownQuery, asKnownOf } from './audit.dto';

/** As known, with the partnership page's lists bounded and paged as the live page's are. */
export class AsKnownPageQuery extends IntersectionType(
  AsKnownQuery,
  listsQuery(Object.keys(PARTNERSHIP_LISTS)),
) {}

@ApiTags('audit')
@Auditors()
@UseFilters(ProjectionLagFilter)
@Controller('audit/partnerships')
export class AuditPartnershipsController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly index: AuditIndexEngine,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly parties: AuditParties,
  ) {}

  /**
   * The partnership summary as it was known at `knownAt` about what had happened by `asOf`:
   * the partnership projection run in memory over the pair's streams only, then the same
   * summary query the live read model answers with. The live read models are not touched.
   */
  @Get(':party/:counterpart')
  async asKnown(
    @Param('party') a: string,
    @Param('counterpart') b: string,
    @Query() q: AsKnownPageQuery,
    @VisibleLevels() levels: Classification[],
    @Req() req: FastifyRequest,
    @Res({ passthrough: true }) reply: FastifyReply,
  ) {
    const when = asKnownOf(q);
    const resolve = await this.parties.resolver(req, q.minPosition);
    const [party, counterpart] = await Promise.all([resolve(a), resolve(b)]);
    const built = await partnershipAsKnown(
      this.store,
      await this.index.upToDate(),
      party,
      counterpart,
      when,
      req.user!,
    );
    const queries = new PartnershipQueries(() => built.model);
    const today = (
      when.asOf ??
      when.knownAt?.toISOString() ??
      this.clock.now().toISOString()
    ).slice(0, 10);
    const partnership = await queries.detail(party, counterpart, levels, today);
    if (!partnership) {
      throw new NotFoundException({
        statusCode: 404,
        code: 'PARTNERSHIP.NOT_FOUND',
        message: `nothing known between ${party} and ${counterpart} then`,
      });
    }
    const asked = new URLSearchParams();
    if (q.knownAt) asked.set('knownAt', q.knownAt);
    if (q.asOf) asked.set('asOf', q.asOf);
    const base = asked.size ? `${pathOf(req)}?${asked.toString()}` : pathOf(req);
    const list = chosenList(req, q, PARTNERSHIP_LISTS) as PartnershipList | null;
    if (list) {
      const page = pageOf(itemsOf(partnership, list), list, q, base);
      return sendList(req, reply, page, PARTNERSHIP_LISTS[list]);
    }
    return {
      knownAt: when.knownAt?.toISOString() ?? null,
      asOf: when.asOf ?? null,
      read: { streams: built.streamsRead, events: built.eventsRead, applied: built.eventsApplied },
      partnership: boundedPage(partnership, q.limit, base),
    };
  }
}
