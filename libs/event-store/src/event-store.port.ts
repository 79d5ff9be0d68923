import type { NewEvent, RecordedEvent } from './envelope';

/** `any`: no check; `no_stream`: the stream must not exist; `stream_exists`; or the exact last revision. */
export type ExpectedRevision = 'any' | 'no_stream' | 'stream_exists' | number;

export interface AppendResult {
  /** Revision of the last event now in the stream. */
  nextRevision: number;
  /** Global position of the last event appended (or already present, on an idempotent retry). */
  position: number;
}

/**
 * Refuses an append (AppendConditionFailedError) when `streamId` holds, after `revision`, an event
 * of one of `types` (of any type when absent): a write can depend on another stream standing
 * still, such as the writer's rights. The embedded store checks it in the append's transaction;
 * the KurrentDB adapter reads just before appending (not atomic: one round trip's window).
 */
export interface AppendCondition {
  streamId: string;
  /** The last revision of `streamId` the writer relied on; -1 for none. */
  revision: number;
  types?: readonly string[];
}

export type Direction = 'forwards' | 'backwards';

export interface ReadStreamOptions {
  direction?: Direction;
  /** Inclusive. Defaults to the first revision forwards, the last backwards. */
  fromRevision?: number;
  maxCount?: number;
}

export interface LogFilter {
  /** Only events whose type is one of these. */
  eventTypes?: string[];
  /** Only events whose stream id starts with one of these. */
  streamPrefixes?: string[];
}

export interface ReadAllOptions {
  direction?: Direction;
  /** Forwards: from this position inclusive. Backwards: strictly before it. Default: start / end. */
  fromPosition?: number;
  maxCount?: number;
  filter?: LogFilter;
}

export interface SubscribeOptions {
  /** Checkpoint: deliver events strictly after this position; omit to start from the beginning. */
  after?: number;
  filter?: LogFilter;
}

export type SubscriptionMessage =
  | { kind: 'event'; event: RecordedEvent }
  /** History has been delivered; what follows is live. Sent once. */
  | { kind: 'caughtUp'; position: number | null };

/**
 * A catch-up subscription: history, then a caught-up signal, then live events, in global order.
 * Iteration applies back-pressure; `stop()` ends the iteration.
 */
export interface Subscription extends AsyncIterable<SubscriptionMessage> {
  stop(): Promise<void>;
}

export interface StoreHealth {
  ok: boolean;
  detail: string;
}

/** The port every event store adapter implements; the contract suite in `test/` proves it. */
export interface EventStore {
  /**
   * Throws WrongExpectedVersionError, StreamDeletedError, InvalidAppendError or
   * AppendConditionFailedError; writes all or nothing.
   */
  append(
    streamId: string,
    events: NewEvent[],
    expected: ExpectedRevision,
    condition?: AppendCondition,
  ): Promise<AppendResult>;
  /** Throws StreamNotFoundError (on iteration) when the stream has no events. */
  readStream(streamId: string, options?: ReadStreamOptions): AsyncIterable<RecordedEvent>;
  readAll(options?: ReadAllOptions): AsyncIterable<RecordedEvent>;
  subscribeToAll(options?: SubscribeOptions): Subscription;
  /** Position of the newest event in the log, or null when it is empty. */
  headPosition(): Promise<number | null>;
  /** How many events the log holds after `position` (all of them when null), counting at most `atMost`. */
  countAfter(position: number | null, atMost: number): Promise<number>;
  health(): Promise<StoreHealth>;
  close(): Promise<void>;
}

/** Nest injection token for the EventStore port. */
export const EVENT_STORE = Symbol('EVENT_STORE');
