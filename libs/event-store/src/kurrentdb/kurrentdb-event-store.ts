import {
  BACKWARDS,
  END,
  excludeSystemEvents,
  FORWARDS,
  KurrentDBClient,
  START,
  type AppendStreamState,
  type ReadPosition,
  type ResolvedEvent,
} from '@kurrent/kurrentdb-client';
import type { RecordedEvent } from '../envelope';
import {
  AppendConditionFailedError,
  EventStoreUnavailableError,
  StreamNotFoundError,
  type EventStoreError,
} from '../errors';
import type {
  AppendCondition,
  AppendResult,
  EventStore,
  ExpectedRevision,
  ReadAllOptions,
  ReadStreamOptions,
  StoreHealth,
  SubscribeOptions,
  Subscription,
} from '../event-store.port';
import { validateAppend } from '../validate-append';
import { describeEndpoint, normaliseConnectionString } from './connection-string';
import { toStoreError, type ErrorContext } from './error-mapping';
import { toEventData, toRecordedEvent } from './event-mapping';
import { toServerFilter } from './log-filter';
import { toLogPosition, toPortPosition, toPortRevision } from './positions';
import { KurrentDbSubscription } from './kurrentdb-subscription';
import { describeTrouble, SubscriptionStatusRegistry } from './subscription-status';

export interface KurrentDbOptions {
  /** esdb://, kurrentdb:// or their +discover forms. */
  connectionString: string;
  /** Per-append deadline: an append that outlasts it fails as unavailable instead of hanging. */
  appendDeadlineMs?: number;
  /** How long the health probe waits for the server before reporting it unreachable. */
  healthTimeoutMs?: number;
  /** A subscription not confirmed by the server within this time shows as stalled in health. */
  subscriptionStallMs?: number;
  subscriptionBackoff?: { initialMs: number; maxMs: number };
}

/** Reads that must drop events the server filter let through are fetched in pages of this size. */
const FILTERED_PAGE = 500;

/** The EventStore port over KurrentDB/EventStoreDB, through the official gRPC client. */
export class KurrentDbEventStore implements EventStore {
  readonly subscriptions: SubscriptionStatusRegistry;
  private readonly client: KurrentDBClient;
  /**
   * Reads go through the client's native bridge, whose connection gives up for good once the
   * server stayed unreachable past its discovery attempts; a fresh client for reads recovers.
   */
  private reader: KurrentDBClient;
  private readerBuiltAt = 0;
  private readonly endpoint: string;
  private readonly open = new Set<KurrentDbSubscription>();
  private closed = false;

  constructor(private readonly options: KurrentDbOptions) {
    this.endpoint = describeEndpoint(options.connectionString);
    // Parsing only: the client connects lazily, so a server that is down does not stop the API starting.
    this.client = this.connect();
    this.reader = this.connect();
    this.subscriptions = new SubscriptionStatusRegistry(options.subscriptionStallMs ?? 10_000);
  }

  async append(
    streamId: string,
    events: Parameters<EventStore['append']>[1],
    expected: ExpectedRevision,
    condition?: AppendCondition,
  ): Promise<AppendResult> {
    const rows = validateAppend(streamId, events, expected);
    if (condition) await this.check(condition);
    const context: ErrorContext = {
      operation: 'append',
      endpoint: this.endpoint,
      streamId,
      expected,
    };
    try {
      const result = await this.client.appendToStream(
        streamId,
        events.map((event, i) => toEventData(event, rows[i].id)),
        { streamState: toStreamState(expected), deadline: this.options.appendDeadlineMs ?? 10_000 },
      );
      const nextRevision = toPortRevision(result.nextExpectedRevision);
      // Servers before 22.10 answer an idempotent retry without a position: read it back.
      const position = result.position
        ? toPortPosition(result.position)
        : await this.positionOf(streamId, nextRevision);
      return { nextRevision, position };
    } catch (error) {
      throw toStoreError(error, context);
    }
  }

  /** KurrentDB has no conditional append across streams: read just before, a round trip's window. */
  private async check({ streamId, revision, types }: AppendCondition): Promise<void> {
    try {
      for await (const event of this.readStream(streamId, { fromRevision: revision + 1 }))
        if (!types || types.includes(event.type))
          throw new AppendConditionFailedError(streamId, event.type);
    } catch (error) {
      if (!(error instanceof StreamNotFoundError)) throw error;
    }
  }

  async *readStream(
    streamId: string,
    options: ReadStreamOptions = {},
  ): AsyncIterable<RecordedEvent> {
    const direction = options.direction === 'backwards' ? BACKWARDS : FORWARDS;
    const fromRevision =
      options.fromRevision !== undefined
        ? BigInt(options.fromRevision)
        : direction === BACKWARDS
          ? END
          : START;
    if (options.maxCount !== undefined && options.maxCount <= 0) return;
    const context: ErrorContext = { operation: 'readStream', endpoint: this.endpoint, streamId };
    try {
      for await (const resolved of this.reader.readStream(streamId, {
        direction,
        fromRevision,
        maxCount: options.maxCount,
      })) {
        yield toRecordedEvent(resolved);
      }
    } catch (error) {
      throw this.readFailed(error, context);
    }
  }

  async *readAll(options: ReadAllOptions = {}): AsyncIterable<RecordedEvent> {
    const { server, residual } = toServerFilter(options.filter);
    const direction = options.direction === 'backwards' ? BACKWARDS : FORWARDS;
    let remaining = options.maxCount ?? Number.POSITIVE_INFINITY;
    if (remaining <= 0) return;
    let from: ReadPosition =
      options.fromPosition !== undefined
        ? toLogPosition(options.fromPosition)
        : direction === BACKWARDS
          ? END
          : START;
    const context: ErrorContext = { operation: 'readAll', endpoint: this.endpoint };
    // With nothing left to filter here, the server's count is ours: one read. Otherwise pages.
    const page = residual && Number.isFinite(remaining) ? FILTERED_PAGE : remaining;
    let skipAt: number | null = null;
    try {
      while (remaining > 0) {
        let received = 0;
        let lastPosition: number | null = null;
        const maxCount = Number.isFinite(page) ? page : undefined;
        for await (const resolved of this.reader.readAll({
          direction,
          fromPosition: from,
          filter: server,
          maxCount,
        })) {
          received++;
          const event = toRecordedEvent(resolved);
          lastPosition = event.position;
          if (event.position === skipAt) continue;
          if (residual && !residual(event)) continue;
          yield event;
          if (--remaining <= 0) return;
        }
        if (!Number.isFinite(page) || received < page || lastPosition === null) return;
        // Forwards reads include their start position, so the next page skips the event it starts on.
        from = toLogPosition(lastPosition);
        skipAt = direction === FORWARDS ? lastPosition : null;
      }
    } catch (error) {
      throw this.readFailed(error, context);
    }
  }

  subscribeToAll(options: SubscribeOptions = {}): Subscription {
    const { server, residual } = toServerFilter(options.filter);
    const subscription: KurrentDbSubscription = new KurrentDbSubscription(
      {
        open: (after) =>
          this.client.subscribeToAll({
            fromPosition: after === undefined ? START : toLogPosition(after),
            filter: server,
          }),
        residual,
        statuses: this.subscriptions,
        backoff: this.options.subscriptionBackoff ?? { initialMs: 100, maxMs: 5_000 },
        onEnd: (ended) => this.open.delete(ended),
      },
      options,
    );
    this.open.add(subscription);
    if (this.closed) void subscription.stop();
    return subscription;
  }

  async headPosition(): Promise<number | null> {
    try {
      for await (const resolved of this.reader.readAll({
        direction: BACKWARDS,
        fromPosition: END,
        maxCount: 1,
        filter: excludeSystemEvents(),
      })) {
        return toRecordedEvent(resolved).position;
      }
      return null;
    } catch (error) {
      throw this.readFailed(error, { operation: 'headPosition', endpoint: this.endpoint });
    }
  }

  /**
   * Positions are byte offsets, so only reading can count. Through readAll, so what it leaves out
   * ($-types, tombstones) is not counted; its start is inclusive, hence one more to read and the
   * event at `position` itself skipped.
   */
  async countAfter(position: number | null, atMost: number): Promise<number> {
    if (!(atMost > 0)) return 0;
    const events =
      position === null
        ? this.readAll({ maxCount: atMost })
        : this.readAll({ fromPosition: position, maxCount: atMost + 1 });
    let count = 0;
    for await (const event of events) {
      if (position !== null && event.position <= position) continue;
      if (++count >= atMost) break;
    }
    return count;
  }

  /** Not ready when the server does not answer a one-event read in time, or a subscription is in trouble. */
  async health(): Promise<StoreHealth> {
    const timeoutMs = this.options.healthTimeoutMs ?? 2_000;
    const reachable = await withTimeout(this.probe(), timeoutMs);
    const problems: string[] = [];
    if (reachable !== true) {
      const why = reachable === 'timeout' ? `no answer within ${timeoutMs} ms` : reachable;
      problems.push(`unreachable: ${why}; retrying`);
    }
    problems.push(...this.subscriptions.troubled().map((s) => describeTrouble(s)));
    if (problems.length > 0)
      return { ok: false, detail: `KurrentDB at ${this.endpoint} ${problems.join('; ')}` };
    const count = this.subscriptions.list().length;
    return {
      ok: true,
      detail: `KurrentDB at ${this.endpoint} reachable; ${count} subscription(s) healthy`,
    };
  }

  async close(): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    await Promise.all([...this.open].map((s) => s.stop()));
    await Promise.all([this.client.dispose(), this.reader.dispose()]);
  }

  private connect(): KurrentDBClient {
    return KurrentDBClient.connectionString(
      normaliseConnectionString(this.options.connectionString),
    );
  }

  /** Maps a read failure, and replaces the reading client when the server could not be reached. */
  private readFailed(error: unknown, context: ErrorContext): EventStoreError {
    const mapped = toStoreError(error, context);
    if (
      mapped instanceof EventStoreUnavailableError &&
      !this.closed &&
      Date.now() - this.readerBuiltAt > 250
    ) {
      const stale = this.reader;
      this.reader = this.connect();
      this.readerBuiltAt = Date.now();
      void stale.dispose().catch(() => undefined);
    }
    return mapped;
  }

  private async probe(): Promise<true | string> {
    try {
      const newest = this.reader.readAll({ direction: BACKWARDS, fromPosition: END, maxCount: 1 });
      await newest[Symbol.asyncIterator]().next();
      return true;
    } catch (error) {
      const mapped = this.readFailed(error, { operation: 'health probe', endpoint: this.endpoint });
      const cause = (mapped as { cause?: unknown }).cause;
      return cause instanceof Error && cause.message ? cause.message : mapped.message;
    }
  }

  private async positionOf(streamId: string, revision: number): Promise<number> {
    for await (const resolved of this.reader.readStream(streamId, {
      fromRevision: BigInt(revision),
      maxCount: 1,
    })) {
      return toRecordedEvent(resolved as ResolvedEvent).position;
    }
    throw new RangeError(`revision ${revision} of ${streamId} could not be read back`);
  }
}

function toStreamState(expected: ExpectedRevision): AppendStreamState {
  return typeof expected === 'number' ? BigInt(expected) : expected;
}

async function withTimeout<T>(work: Promise<T>, ms: number): Promise<T | 'timeout'> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<'timeout'>(
    (resolve) => (timer = setTimeout(() => resolve('timeout'), ms)),
  );
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
