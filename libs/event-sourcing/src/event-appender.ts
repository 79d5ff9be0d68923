import { v7 as timeOrderedUuid } from 'uuid';
import { Inject, Injectable, Optional } from '@nestjs/common';
import { CLOCK, type Clock } from '@chancery/common';
import {
  EVENT_SCHEMA_VERSIONS,
  isDiplomacyEventType,
  type DomainEventShape,
} from '@chancery/diplomacy';
import {
  EVENT_STORE,
  InvalidAppendError,
  StreamNotFoundError,
  WrongExpectedVersionError,
  type AppendResult,
  type EventMetadata,
  type EventStore,
  type ExpectedRevision,
  type JsonObject,
  type NewEvent,
  type RecordedEvent,
} from '@chancery/event-store';
import { chainEvents, lastHashOf } from '@chancery/common';
import type { CommandMetadata } from './command-metadata';
import { changesWhatIsRemembered, LiveRecords } from './live-records';

export type AppendOptions = {
  /** Who wrote the events and in which conversation: what every event is stamped with. */
  metadata: Pick<CommandMetadata, 'correlationId' | 'causationId' | 'actor' | 'actorRights'>;
  /** Extra metadata stamped on each event (the request fingerprint on creations). */
  extra?: Record<string, string>;
  /** Deterministic event ids, so a retried append is a no-op in the store; random when absent. */
  eventIds?: string[];
  /** The stream's last event, when the caller has already read it: its hash starts the new links. */
  previous?: RecordedEvent | null;
};

/**
 * THE single path by which the application writes events: every command handler ends here.
 * It turns domain events into envelopes (id, schema version, metadata) and appends them with the
 * expected revision. Anything every event must carry (a per-stream hash chain, say) is added here.
 */
@Injectable()
export class EventAppender {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    @Optional() private readonly live?: LiveRecords,
  ) {}

  async append(
    streamId: string,
    events: DomainEventShape[],
    expected: ExpectedRevision,
    { metadata, extra = {}, eventIds, previous }: AppendOptions,
  ): Promise<AppendResult> {
    const recordedAt = this.clock.now().toISOString();
    const envelopes = events.map((event, index): NewEvent => {
      if (!isDiplomacyEventType(event.type)) {
        throw new InvalidAppendError(`${event.type} is not in the event catalogue`, 'type');
      }
      const envelopeMetadata: EventMetadata = {
        correlationId: metadata.correlationId,
        causationId: metadata.causationId,
        actor: metadata.actor,
        recordedAt,
        ...extra,
      };
      return {
        // Time-ordered (v7): each new id goes to the end of the store's event-id index, not a random page.
        id: eventIds?.[index] ?? timeOrderedUuid(),
        type: event.type,
        schemaVersion: EVENT_SCHEMA_VERSIONS[event.type],
        // Request DTOs (class instances) and optional fields reach event data; the store wants plain JSON.
        data: JSON.parse(JSON.stringify(event.data)) as JsonObject,
        metadata: envelopeMetadata,
      };
    });
    // Each stream is a hash chain: the new events link to the last one, so the append must land
    // exactly after it (an 'any' append is pinned to the revision whose hash was used).
    const last = await this.lastEvent(streamId, expected, previous);
    const actual = last ? last.revision : 'no_stream';
    const wanted = expected === 'stream_exists' ? (last ? actual : 'a stream') : expected;
    if (expected !== 'any' && wanted !== actual) {
      throw new WrongExpectedVersionError(streamId, expected, actual);
    }
    const chained = chainEvents(
      streamId,
      last ? last.revision + 1 : 0,
      lastHashOf(last),
      envelopes,
    );
    const rights = metadata.actorRights;
    if (!events.some(changesWhatIsRemembered))
      return this.store.append(streamId, chained, actual, rights);
    // Forgotten before (reads racing the append will not be remembered) and after it commits.
    this.live?.forget(streamId);
    try {
      return await this.store.append(streamId, chained, actual, rights);
    } finally {
      this.live?.forget(streamId);
    }
  }

  private async lastEvent(
    streamId: string,
    expected: ExpectedRevision,
    previous: RecordedEvent | null | undefined,
  ): Promise<RecordedEvent | null> {
    if (expected === 'no_stream') return null;
    if (previous && previous.streamId === streamId && previous.revision === expected)
      return previous;
    try {
      for await (const event of this.store.readStream(streamId, {
        direction: 'backwards',
        maxCount: 1,
      })) {
        return event;
      }
    } catch (error) {
      if (!(error instanceof StreamNotFoundError)) throw error;
    }
    return null;
  }
}
