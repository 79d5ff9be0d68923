import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { Clock, CLOCK } from '@chancery/common';
import { EVENT_STORE, EventStore, Subscription } from '@chancery/event-store';
import { UserDirectory } from './user-directory';
import { USER_STREAM_PREFIX } from './user-streams';

/** How old, in ms, the directory may be when a request is judged (`AUTH_STALENESS_MS`). */
export const AUTH_STALENESS_MS = Symbol('AUTH_STALENESS_MS');

/**
 * 0 on the embedded store: every request reads the user changes committed before it arrived, a
 * few µs of local SQLite. On KurrentDB that read is a round trip, so a node may judge on a view
 * up to 250 ms old: the bound for a change made elsewhere (another node, the CLI) to reach it.
 */
export function authStalenessFromEnv(env: NodeJS.ProcessEnv = process.env): number {
  const configured = env.AUTH_STALENESS_MS;
  if (configured === undefined || configured === '') return env.EVENTSTORE_URL ? 250 : 0;
  const ms = Number(configured);
  if (!Number.isInteger(ms) || ms < 0 || ms > 60_000)
    throw new Error(
      `AUTH_STALENESS_MS must be a whole number of ms from 0 to 60000, not "${configured}"`,
    );
  return ms;
}

const filter = { streamPrefixes: [USER_STREAM_PREFIX] };

/**
 * Builds the user directory from the user streams before the app serves anything, then keeps it
 * current: a subscription follows the log in the background, and `upToDate()` reads what it has
 * not delivered yet before a request is judged, so that a token revoked or a clearance lowered
 * by another process (the CLI, another node) is refused from the moment that change committed.
 */
@Injectable()
export class DirectoryFollower implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(DirectoryFollower.name);
  private subscription?: Subscription;
  private following?: Promise<void>;
  /** Head of the log when the last read of user changes began: everything up to it is applied. */
  private readUpTo: number | null = null;
  private readsStarted = 0;
  private readsDone = 0;
  private lastReadStartedAt = -Infinity;
  private reading?: Promise<void>;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly directory: UserDirectory,
    @Inject(AUTH_STALENESS_MS) private readonly stalenessMs: number,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async onModuleInit(): Promise<void> {
    let last: number | undefined;
    const head = await this.store.headPosition();
    for await (const event of this.store.readAll({ filter })) {
      this.directory.apply(event);
      last = event.position;
    }
    this.readUpTo = head;
    this.subscription = this.store.subscribeToAll({ after: last, filter });
    this.following = this.follow(this.subscription);
  }

  async onModuleDestroy(): Promise<void> {
    await this.subscription?.stop();
    await this.following;
  }

  /**
   * Resolves once the directory holds every user change committed before this call (before
   * `AUTH_STALENESS_MS` ago, when set). The read starts on the next turn of the event loop, so
   * every request that arrives until then shares it (as appends share a group commit); a caller
   * arriving once a read has started waits for the next one.
   */
  async upToDate(): Promise<void> {
    if (this.stalenessMs > 0 && this.now() - this.lastReadStartedAt <= this.stalenessMs) return;
    const needed = this.readsStarted + 1;
    while (this.readsDone < needed) {
      this.reading ??= new Promise<void>((next) => setImmediate(next))
        .then(() => this.readChanges())
        .finally(() => (this.reading = undefined));
      await this.reading;
    }
  }

  private async readChanges(): Promise<void> {
    const number = ++this.readsStarted;
    const startedAt = this.now();
    const head = await this.store.headPosition();
    if (head !== null && head !== this.readUpTo) {
      // From the last head itself, skipped by revision: on KurrentDB a position + 1 is inside an event.
      const from = this.readUpTo ?? undefined;
      for await (const event of this.store.readAll({ fromPosition: from, filter }))
        this.directory.apply(event);
      this.readUpTo = head;
    }
    this.readsDone = number;
    this.lastReadStartedAt = startedAt;
  }

  private now(): number {
    return this.clock.now().getTime();
  }

  private async follow(subscription: Subscription): Promise<void> {
    try {
      for await (const message of subscription) {
        if (message.kind === 'event') this.directory.apply(message.event);
      }
    } catch (error) {
      // Authentication still reads user changes before each request (upToDate); only the background feed stops.
      this.logger.error(`stopped following user changes: ${(error as Error).message}`);
    }
  }
}
