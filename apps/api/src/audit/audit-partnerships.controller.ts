import {
  Controller,
  Get,
  Inject,
  NotFoundException,
  Param,
  Query,
  Req,
  UseFilters,
} from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { partnershipAsKnown } from '@chancery/audit';
import { CLOCK, type Clock } from '@chancery/common';
import { EVENT_STORE, type EventStore } from '@chancery/event-store';
import type { Classification } from '@chancery/identity';
import { Auditors } from '../auth/auth.decorators';
import { PartnershipQueries } from '../read-models/partnerships/partnerships.queries';
import { VisibleLevels } from '../read-models/shared/clearance';
import { ProjectionLagFilter } from '../read-models/shared/read-your-writes';
import { AuditIndexEngine } from './audit-index.engine';
import { AuditParties } from './audit-parties';
import { AsKnownQuery, asKnownOf } from './audit.dto';

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
    @Query() q: AsKnownQuery,
    @VisibleLevels() levels: Classification[],
    @Req() req: FastifyRequest,
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
    return {
      knownAt: when.knownAt?.toISOString() ?? null,
      asOf: when.asOf ?? null,
      read: { streams: built.streamsRead, events: built.eventsRead, applied: built.eventsApplied },
      partnership,
    };
  }
}
