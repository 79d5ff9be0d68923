import { Controller, Get, Inject, NotFoundException, Param, Query, Req } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import { foldFor, readWholeStream, recordAsKnown, recordHistory, streamClassification } from '@chancery/audit';
import { EVENT_STORE, type EventStore, type RecordedEvent } from '@chancery/event-store';
import { canSee } from '@chancery/identity';
import { Auditors } from '../auth/auth.decorators';
import '../auth/request-user';
import { AsKnownQuery, asKnownOf, HistoryQuery } from './audit.dto';

/**
 * Records by stream id (`meeting-<uuid>`, `country-KAZ`): one route for every kind, because the
 * stream names its kind and the domain's `evolve` for that kind does the folding.
 */
@ApiTags('audit')
@Auditors()
@Controller('audit/records')
export class AuditRecordsController {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  /** Every event of the record, oldest first, who recorded it when, and what it changed. */
  @Get(':streamId/history')
  async history(@Param('streamId') streamId: string, @Query() _none: HistoryQuery, @Req() req: FastifyRequest) {
    const { kind, events, classification } = await this.visibleRecord(streamId, req);
    return { streamId, classification, events: recordHistory(kind, events) };
  }

  /** The record as it was known at `knownAt`, about what had happened by `asOf`. */
  @Get(':streamId')
  async asKnown(@Param('streamId') streamId: string, @Query() q: AsKnownQuery, @Req() req: FastifyRequest) {
    const { kind, events } = await this.visibleRecord(streamId, req);
    const known = recordAsKnown(kind, streamId, events, asKnownOf(q));
    if (known.eventsApplied === 0) {
      throw new NotFoundException({ statusCode: 404, code: 'AUDIT.NOT_YET_KNOWN', message: `nothing about ${streamId} was known then` });
    }
    return known;
  }

  /** A record the caller may see, or 404 (an unseen record's existence is not disclosed). */
  private async visibleRecord(streamId: string, req: FastifyRequest) {
    const kind = foldFor(streamId);
    const events: RecordedEvent[] = kind ? await readWholeStream(this.store, streamId) : [];
    const classification = streamClassification(streamId, events);
    if (!kind || !events.length || !canSee(req.user!, classification)) {
      throw new NotFoundException({ statusCode: 404, code: 'AUDIT.RECORD_NOT_FOUND', message: `no record ${streamId}` });
    }
    return { kind, events, classification };
  }
}
