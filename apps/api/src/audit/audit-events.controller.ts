import { Readable } from 'node:stream';
import { Controller, Get, Inject, Query, Req, StreamableFile, UseFilters } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import {
  auditEnvelope as envelope,
  feedEvents,
  readWholeStream,
  StreamClassifier,
  type FeedQuery as Feed,
} from '@chancery/audit';
import { EVENT_STORE, type EventStore, type RecordedEvent } from '@chancery/event-store';
import { canSee, type AuthenticatedUser } from '@chancery/identity';
import { Auditors } from '../auth/auth.decorators';
import '../auth/request-user';
import { ProjectionLagFilter } from '../read-models/shared/read-your-writes';
import { AuditIndexEngine } from './audit-index.engine';
import { AuditParties } from './audit-parties';
import { FeedQuery, range, RangeQuery, requireOneScope } from './audit.dto';

@ApiTags('audit')
@Auditors()
@UseFilters(ProjectionLagFilter)
@Controller('audit')
export class AuditEventsController {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly index: AuditIndexEngine,
    private readonly parties: AuditParties,
  ) {}

  /** Who recorded what, when: the global log filtered and paged by position, read from the store. */
  @Get('events')
  async feed(@Query() q: FeedQuery, @Req() req: FastifyRequest) {
    const query: Feed = {
      ...range(q),
      actor: q.actor,
      types: q.type,
      after: q.after,
      streams: await this.streamsOf(q, req),
    };
    const visible = this.visibility(req.user!);
    const items: ReturnType<typeof envelope>[] = [];
    let last: number | null = null;
    for await (const event of feedEvents(this.store, query)) {
      last = event.position;
      if (await visible(event)) items.push(envelope(event));
      if (items.length >= q.limit) break;
    }
    return { items, next: items.length >= q.limit ? last : null, limit: q.limit };
  }

  /**
   * A stream, a party's streams or a time range as JSON Lines, one envelope a line with its hash
   * chain, for auditors to check themselves (docs/audit-hash-chain.md). Streams the caller may
   * not see are left out whole, so every chain exported is complete.
   */
  @Get('export')
  @ApiProduces('application/x-ndjson')
  async export(@Query() q: RangeQuery, @Req() req: FastifyRequest): Promise<StreamableFile> {
    requireOneScope(q);
    const when = range(q);
    const visible = this.visibility(req.user!);
    const streams =
      q.stream !== undefined
        ? [q.stream]
        : q.party !== undefined
          ? [...(await this.streamsOf(q, req))!].sort()
          : null;
    const store = this.store;
    async function* events(): AsyncIterable<RecordedEvent> {
      if (!streams) return yield* feedEvents(store, when);
      for (const stream of streams) yield* await readWholeStream(store, stream);
    }
    async function* lines(): AsyncIterable<string> {
      for await (const event of events())
        if (await visible(event)) yield `${JSON.stringify(envelope(event))}\n`;
    }
    return new StreamableFile(Readable.from(lines()), { type: 'application/x-ndjson' });
  }

  /** `stream=` is one stream; `party=` is every stream the index says ever named the party. */
  private async streamsOf(q: RangeQuery, req: FastifyRequest): Promise<Set<string> | undefined> {
    if (q.stream !== undefined) return new Set([q.stream]);
    if (q.party === undefined) return undefined;
    const party = await (await this.parties.resolver(req, q.minPosition))(q.party);
    const rows = await (await this.index.upToDate()).select('party_streams', { where: { party } });
    return new Set(rows.map((row) => String(row.stream_id)));
  }

  private visibility(user: AuthenticatedUser) {
    const classifier = new StreamClassifier(this.store);
    return async (event: RecordedEvent) =>
      user.clearance === 'confidential' ||
      canSee(user, await classifier.classificationOf(event.streamId));
  }
}
