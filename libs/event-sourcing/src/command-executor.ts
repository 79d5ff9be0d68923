import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { CLOCK, type Clock } from '@chancery/common';
import type { Decider, DecisionContext, DomainEventShape } from '@chancery/diplomacy';
import { WrongExpectedVersionError } from '@chancery/event-store';
import type { CommandMetadata } from './command-metadata';
import { EventAppender } from './event-appender';
import { eventIdsFromIdempotencyKey, fingerprint, IdempotencyKeyReusedError } from './idempotency';
import { classificationOfStream, isVisibleTo, requireClearanceFor } from './record-clearance';
import { StreamReader, type LoadedStream } from './stream-reader';

export type CommandRun<C, E extends DomainEventShape, S> = {
  /** The record's id, as clients address it (`/meetings/:id`). */
  id: string;
  streamId: string;
  decider: Decider<C, E, S>;
  command: C;
  metadata: CommandMetadata;
};

/** What every write answers: the record, its revision (the ETag) and the global position of its last event. */
export type CommandResult<S> = {
  id: string;
  revision: number;
  position: number;
  state: S;
  /** True when this was a retry answered from the first attempt's record. */
  replayed: boolean;
};

/**
 * Runs a command: load the stream, fold it, decide, append with the expected revision.
 * Handlers call `create` for a new record and `change` for an existing one (with the client's If-Match).
 * A record above the acting user's clearance is, for them, a record never recorded, and no
 * command may classify a record above it.
 */
@Injectable()
export class CommandExecutor {
  constructor(
    private readonly reader: StreamReader,
    private readonly appender: EventAppender,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /**
   * Creates a record. Retry-safe: the same request again returns the first result; an
   * Idempotency-Key re-used with a different request is refused; a taken id is refused by `decide`.
   */
  async create<C, E extends DomainEventShape, S>(
    run: CommandRun<C, E, S>,
  ): Promise<CommandResult<S>> {
    const key = run.metadata.idempotencyKey;
    // Only a creation another request can name again (client's id, or one from its key) can be retried.
    const retryable = run.metadata.mintedRecordId !== run.id;
    const requestFingerprint = retryable ? fingerprint(run.command) : null;
    // Without a key the event ids are random, so 'no_stream' alone refuses a taken id (and we
    // answer as a retry below): no read is needed. With one, the ids derive from the key and the
    // store would take a re-used key for a retry of the same events, so the stream is read first.
    const loaded = key
      ? await this.reader.load(run.streamId, run.decider)
      : unread(run.streamId, run.decider.initialState());
    if (loaded.revision !== null) return this.replay(run, loaded, requestFingerprint);

    const events = run.decider.decide(run.command, loaded.state, this.context());
    requireClearanceFor(events, run.metadata);
    try {
      const result = await this.appender.append(run.streamId, events, 'no_stream', {
        metadata: run.metadata,
        extra: {
          ...(requestFingerprint ? { requestFingerprint } : {}),
          ...(key ? { idempotencyKey: key } : {}),
        },
        eventIds: key ? eventIdsFromIdempotencyKey(run.id, events.length) : undefined,
      });
      return {
        id: run.id,
        revision: result.nextRevision,
        position: result.position,
        state: fold(run.decider, loaded.state, events),
        replayed: false,
      };
    } catch (error) {
      // A concurrent twin got there first: answer as a retry would.
      if (error instanceof WrongExpectedVersionError) {
        return this.replay(
          run,
          await this.reader.load(run.streamId, run.decider),
          requestFingerprint,
        );
      }
      throw error;
    }
  }

  /**
   * Changes an existing record, provided the client saw its latest revision (If-Match). One the
   * user may not see is decided on as an empty stream, so it answers what a random id answers
   * (whatever its revision): the visibility check comes before the revision check.
   */
  async change<C, E extends DomainEventShape, S>(
    run: CommandRun<C, E, S> & { expectedRevision: number },
  ): Promise<CommandResult<S>> {
    const loaded = this.visibleTo(run, await this.reader.load(run.streamId, run.decider));
    if (loaded.revision !== null && loaded.revision !== run.expectedRevision) {
      throw new WrongExpectedVersionError(run.streamId, run.expectedRevision, loaded.revision);
    }
    return this.decideAndAppend(run, loaded);
  }

  /** Appends to a shared stream (the topic vocabulary) at whatever revision it was read. */
  async execute<C, E extends DomainEventShape, S>(
    run: CommandRun<C, E, S>,
  ): Promise<CommandResult<S>> {
    return this.decideAndAppend(run, await this.reader.load(run.streamId, run.decider));
  }

  private async decideAndAppend<C, E extends DomainEventShape, S>(
    run: CommandRun<C, E, S>,
    loaded: LoadedStream<S>,
  ): Promise<CommandResult<S>> {
    const events = run.decider.decide(run.command, loaded.state, this.context());
    requireClearanceFor(events, run.metadata);
    if (events.length === 0) {
      return {
        id: run.id,
        revision: loaded.revision ?? -1,
        position: loaded.position ?? -1,
        state: loaded.state,
        replayed: false,
      };
    }
    // The revision we decided on is the one we expect: a concurrent writer makes this fail with 409.
    const result = await this.appender.append(
      run.streamId,
      events,
      loaded.revision ?? 'no_stream',
      // The last event we folded carries the hash the new events chain from: no second read.
      { metadata: run.metadata, previous: loaded.events.at(-1) ?? null },
    );
    return {
      id: run.id,
      revision: result.nextRevision,
      position: result.position,
      state: fold(run.decider, loaded.state, events),
      replayed: false,
    };
  }

  private replay<C, E extends DomainEventShape, S>(
    run: CommandRun<C, E, S>,
    loaded: LoadedStream<S>,
    requestFingerprint: string | null,
  ): CommandResult<S> {
    // A record the user may not see is not theirs to be answered as a retry of.
    const visible = isVisibleTo(run.metadata, classificationOfStream(run.streamId, loaded.events));
    const creation =
      requestFingerprint && visible
        ? loaded.events.filter((event) => event.metadata.requestFingerprint === requestFingerprint)
        : [];
    const first = loaded.events[0];
    if (creation.length > 0 && creation[0] === first) {
      const last = creation[creation.length - 1];
      return {
        id: run.id,
        revision: last.revision,
        position: last.position,
        state: loaded.state,
        replayed: true,
      };
    }
    const key = run.metadata.idempotencyKey;
    if (key && first?.metadata.idempotencyKey === key) throw new IdempotencyKeyReusedError(key);
    // Not a retry: let the domain say the record already exists.
    run.decider.decide(run.command, loaded.state, this.context());
    throw new Error(`decide accepted a creation on existing stream ${run.streamId}`);
  }

  private visibleTo<C, E extends DomainEventShape, S>(
    run: CommandRun<C, E, S>,
    loaded: LoadedStream<S>,
  ): LoadedStream<S> {
    const classification = classificationOfStream(run.streamId, loaded.events);
    return isVisibleTo(run.metadata, classification)
      ? loaded
      : unread(run.streamId, run.decider.initialState());
  }

  private context(): DecisionContext {
    return { now: this.clock.now(), newId: randomUUID };
  }
}

function unread<S>(streamId: string, state: S): LoadedStream<S> {
  return { streamId, state, revision: null, position: null, events: [] };
}

function fold<C, E extends DomainEventShape, S>(
  decider: Decider<C, E, S>,
  state: S,
  events: E[],
): S {
  return events.reduce(decider.evolve, state);
}
