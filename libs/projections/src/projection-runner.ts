import {
  StreamDeletedError,
  StreamNotFoundError,
  type EventStore,
  type RecordedEvent,
  type Subscription,
} from '@chancery/event-store';
import type { Projection, StreamHistory } from './projection';
import type {
  DeadLetter,
  GenerationRef,
  ReadModelStorage,
  ReadModelWriter,
} from './read-model-storage.port';

/** One generation of a projection as the runner drives it; `position` moves only after a commit. */
export interface Member {
  readonly projection: Projection;
  readonly ref: GenerationRef;
  /** The projection version this generation's tables were built by. */
  readonly version: number;
  readonly handles: ReadonlySet<string>;
  position: number | null;
  lastRecordedAt: string | null;
  haltedBy: string | null;
}

export interface RunnerHooks {
  committed?(members: Member[]): void;
  halted?(member: Member): void;
  caughtUp?(runner: ProjectionRunner): void;
  failed?(error: unknown): void;
}

class PoisonEvent extends Error {
  constructor(
    readonly member: Member,
    readonly event: RecordedEvent,
    readonly reason: unknown,
  ) {
    super(reason instanceof Error ? reason.message : String(reason));
  }
}

interface Plan {
  skip: Set<number>;
  /** Apply only events strictly before this position (the stop policy). */
  before?: number;
  letters: DeadLetter[];
  halt?: string;
}

const NOT_READY = Symbol('not ready');
const nextTick = () =>
  new Promise<typeof NOT_READY>((resolve) => setImmediate(() => resolve(NOT_READY)));
const at = (p: number | null) => p ?? -1;

/**
 * Feeds one subscription to a group of projection generations, from the lowest of their
 * checkpoints; each skips what it has already applied. A batch is one transaction holding
 * every member's writes and checkpoint, so it commits whole or not at all.
 */
export class ProjectionRunner {
  readonly members = new Map<string, Member>();
  lastError: string | null = null;
  private subscription: Subscription | null = null;
  private running: Promise<void> | null = null;
  private stopping = false;
  private resubscribe = false;
  private isCaughtUp = false;
  private wake?: () => void;

  /**
   * The log is immutable, so reading a stream's past keeps `apply` deterministic. Several
   * projections ask for the same correction's history: each event's is read once.
   */
  private readonly histories = new WeakMap<RecordedEvent, Promise<readonly RecordedEvent[]>>();
  /** Set when reading a history failed during the current attempt at a batch. */
  private readFailure: { error: unknown } | null = null;
  private readonly history = (event: RecordedEvent): Promise<readonly RecordedEvent[]> => {
    let earlier = this.histories.get(event);
    if (!earlier) {
      const reading = (earlier = this.readHistory(event));
      this.histories.set(event, reading);
      // Registered before the projection awaits it, so the flag is set before its apply fails.
      reading.catch((error: unknown) => {
        if (this.histories.get(event) === reading) this.histories.delete(event);
        // A stream gone for good fails every retry alike: that is poison, not an outage.
        if (!(error instanceof StreamNotFoundError || error instanceof StreamDeletedError))
          this.readFailure ??= { error };
      });
    }
    return earlier;
  };

  private async readHistory(event: RecordedEvent): Promise<RecordedEvent[]> {
    const earlier: RecordedEvent[] = [];
    if (event.revision === 0) return earlier;
    for await (const e of this.store.readStream(event.streamId, { maxCount: event.revision }))
      earlier.push(e);
    return earlier;
  }

  /**
   * Every member upcasts with the same function (the record's registry): each event of a batch
   * and each stream history is upcast once, not once per projection.
   */
  private readonly upcastHistories = new Map<Upcast, StreamHistory>();

  /** `apply` on the event and history as the projection reads them: upcast when it says how. */
  private applyUpcast(
    projection: Projection,
    batch: BatchView,
    index: number,
    writer: ReadModelWriter,
  ): void | Promise<void> {
    const upcast = projection.upcast;
    if (!upcast) return projection.apply(batch.events[index], writer, this.history);
    let upcastEvents = batch.upcast.get(upcast);
    if (!upcastEvents) batch.upcast.set(upcast, (upcastEvents = []));
    const event = (upcastEvents[index] ??= upcast(batch.events[index]));
    return projection.apply(event, writer, this.upcastHistory(upcast));
  }

  private upcastHistory(upcast: Upcast): StreamHistory {
    let history = this.upcastHistories.get(upcast);
    if (history) return history;
    const histories = new WeakMap<RecordedEvent, Promise<readonly RecordedEvent[]>>();
    history = (event) => {
      let earlier = histories.get(event);
      if (!earlier) {
        const reading = (earlier = this.history(event).then((h) => h.map(upcast)));
        histories.set(event, reading);
        // A failed read is retried with the batch; `history` records the failure itself.
        reading.catch(() => histories.get(event) === reading && histories.delete(event));
      }
      return earlier;
    };
    this.upcastHistories.set(upcast, history);
    return history;
  }

  constructor(
    private readonly store: EventStore,
    private readonly storage: ReadModelStorage,
    private readonly options: {
      batchSize: number;
      catchUpBatchSize?: number;
      retryMs: number;
      now: () => Date;
    },
    private readonly hooks: RunnerHooks = {},
  ) {}

  get caughtUp(): boolean {
    return this.isCaughtUp;
  }

  add(member: Member): void {
    this.members.set(key(member.ref), member);
    this.restart();
  }

  remove(ref: GenerationRef): void {
    this.members.delete(key(ref));
  }

  start(): void {
    this.stopping = false;
    this.running ??= this.loop().finally(() => (this.running = null));
  }

  async stop(): Promise<void> {
    this.stopping = true;
    this.wake?.();
    await this.subscription?.stop();
    await this.running;
  }

  /**
   * Applies a batch to every member (or to `riders` of them); events a member has already applied
   * are skipped.
   */
  async applyBatch(events: RecordedEvent[], riders?: ReadonlySet<Member>): Promise<void> {
    if (!events.length) return;
    const members = [...this.members.values()].filter(
      (m) => !m.haltedBy && (!riders || riders.has(m)),
    );
    const plans = new Map<Member, Plan>();
    const batch: BatchView = { events, upcast: new Map() };
    for (;;) {
      this.readFailure = null;
      try {
        const moved = await this.storage.transaction(async (session) => {
          const out = [];
          for (const m of members) {
            const plan = plans.get(m);
            const writer = session.writer(m.ref);
            let position = m.position;
            let recordedAt = m.lastRecordedAt;
            for (let i = 0; i < events.length; i++) {
              const event = events[i];
              if (event.position <= at(position)) continue;
              if (plan?.before !== undefined && event.position >= plan.before) break;
              if (m.handles.has(event.type) && !plan?.skip.has(event.position)) {
                try {
                  const pending = this.applyUpcast(m.projection, batch, i, writer);
                  if (pending) await pending;
                } catch (reason) {
                  // The store failed, not the event: roll back and let loop() retry the batch.
                  if (this.readFailure) throw this.readFailure.error;
                  throw new PoisonEvent(m, event, reason);
                }
                if (this.readFailure) throw this.readFailure.error;
              }
              position = event.position;
              recordedAt = event.metadata.recordedAt;
            }
            plan?.letters.forEach((letter) => session.deadLetter(letter));
            if (plan?.halt) session.halt(m.ref, plan.halt);
            if (position !== m.position) session.advance(m.ref, m.position, position!, recordedAt!);
            out.push({ m, position, recordedAt });
          }
          return out;
        });
        for (const { m, position, recordedAt } of moved) {
          m.position = position;
          m.lastRecordedAt = recordedAt;
        }
        this.hooks.committed?.(members);
        for (const [m, plan] of plans) {
          if (!plan.halt) continue;
          m.haltedBy = plan.halt;
          this.hooks.halted?.(m);
        }
        return;
      } catch (error) {
        if (!(error instanceof PoisonEvent)) throw error;
        this.plan(plans, error);
      }
    }
  }

  private plan(plans: Map<Member, Plan>, poison: PoisonEvent): void {
    const { member, event } = poison;
    const plan = plans.get(member) ?? { skip: new Set<number>(), letters: [] };
    plans.set(member, plan);
    const error =
      poison.reason instanceof Error ? (poison.reason.stack ?? poison.message) : poison.message;
    plan.letters.push({
      ...member.ref,
      position: event.position,
      eventId: event.id,
      eventType: event.type,
      error,
      at: this.options.now().toISOString(),
    });
    if (member.projection.onPoison === 'skip') plan.skip.add(event.position);
    else {
      plan.before = event.position;
      plan.halt = `${event.type} at position ${event.position}: ${poison.message}`;
    }
  }

  private restart(): void {
    if (!this.running) return;
    this.resubscribe = true;
    this.wake?.();
    void this.subscription?.stop();
  }

  private async loop(): Promise<void> {
    while (!this.stopping) {
      this.resubscribe = false;
      this.isCaughtUp = false;
      try {
        await this.follow();
        this.lastError = null;
      } catch (error) {
        this.lastError = error instanceof Error ? error.message : String(error);
        this.hooks.failed?.(error);
        await new Promise((resolve) => setTimeout(resolve, this.options.retryMs));
      }
      if (!this.resubscribe && !this.stopping)
        await new Promise((resolve) => setTimeout(resolve, this.options.retryMs));
    }
  }

  private async follow(): Promise<void> {
    // Only the members this subscription starts for get its events: one added since may be behind
    // where it started, and takes part from the next subscription, which starts from it.
    const riders = new Set([...this.members.values()].filter((m) => !m.haltedBy));
    if (!riders.size) {
      await new Promise<void>((resolve) => (this.wake = resolve));
      return;
    }
    const from = Math.min(...[...riders].map((m) => at(m.position)));
    const subscription = this.store.subscribeToAll(from < 0 ? {} : { after: from });
    this.subscription = subscription;
    const iterator = subscription[Symbol.asyncIterator]();
    let batch: RecordedEvent[] = [];
    const flush = async () => {
      const events = batch;
      batch = [];
      await this.applyBatch(events, riders);
    };
    try {
      for (;;) {
        let next;
        if (this.isCaughtUp && batch.length) {
          // Live: commit as soon as nothing more is waiting, so readers never wait on a half-full batch.
          const pending = iterator.next();
          const ready = await Promise.race([pending, nextTick()]);
          if (ready === NOT_READY) await flush();
          next = ready === NOT_READY ? await pending : ready;
        } else next = await iterator.next();
        if (next.done) break;
        const message = next.value;
        if (message.kind === 'caughtUp') {
          await flush();
          // Queries need the secondary indexes from here on (a no-op once they exist).
          for (const m of this.members.values())
            await this.storage.ensureIndexes(m.ref, m.projection.tables);
          this.isCaughtUp = true;
          this.hooks.caughtUp?.(this);
          continue;
        }
        batch.push(message.event);
        const limit = this.isCaughtUp
          ? this.options.batchSize
          : (this.options.catchUpBatchSize ?? this.options.batchSize);
        if (batch.length >= limit) {
          await flush();
          // Catching up otherwise never leaves microtasks (the SQLite store reads synchronously):
          // a rebuild would hold up every timer and call on its thread until it caught up.
          if (!this.isCaughtUp) await nextTick();
        }
      }
      await flush();
    } finally {
      await subscription.stop();
    }
  }
}

export const key = (ref: GenerationRef) => `${ref.name}#${ref.generation}`;

type Upcast = NonNullable<Projection['upcast']>;

/** A batch's events, and each upcaster's version of them as members first ask for them. */
interface BatchView {
  events: RecordedEvent[];
  upcast: Map<Upcast, RecordedEvent[]>;
}
