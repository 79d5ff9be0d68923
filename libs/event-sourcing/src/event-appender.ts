import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { CLOCK, type Clock } from '@chancery/common';
import {
  EVENT_SCHEMA_VERSIONS,
  isDiplomacyEventType,
  type DomainEventShape,
} from '@chancery/diplomacy';
import {
  EVENT_STORE,
  InvalidAppendError,
  type AppendResult,
  type EventMetadata,
  type EventStore,
  type ExpectedRevision,
  type JsonObject,
  type NewEvent,
} from '@chancery/event-store';
import type { CommandMetadata } from './command-metadata';

export type AppendOptions = {
  metadata: CommandMetadata;
  /** Extra metadata stamped on each event (the request fingerprint on creations). */
  extra?: Record<string, string>;
  /** Deterministic event ids, so a retried append is a no-op in the store; random when absent. */
  eventIds?: string[];
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
  ) {}

  async append(
    streamId: string,
    events: DomainEventShape[],
    expected: ExpectedRevision,
    { metadata, extra = {}, eventIds }: AppendOptions,
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
        id: eventIds?.[index] ?? randomUUID(),
        type: event.type,
        schemaVersion: EVENT_SCHEMA_VERSIONS[event.type],
        // Domain event data are JSON by construction (plain objects, strings, numbers, nulls).
        data: event.data as JsonObject,
        metadata: envelopeMetadata,
      };
    });
    return this.store.append(streamId, envelopes, expected);
  }
}
