import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import Database from 'better-sqlite3';
import type { NewEvent, RecordedEvent } from '../envelope';
import { EventStoreUnavailableError, StreamNotFoundError } from '../errors';
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
import { CommitSignal } from './commit-signal';
import { GroupCommit } from './group-commit';
import { LogPages } from './log-pages';
import { toRecordedEvent } from './recorded-event';
import { configureDurability, migrate } from './schema';
import { SqliteSubscription } from './sqlite-subscription';
import { validateAppend } from '../validate-append';
import type { EventStoreObserver } from '../event-store-observer';

export interface SqliteEventStoreOptions {
  /** How often an idle subscription looks for events written by another process (the CLI). */
  pollIntervalMs?: number;
  /** Events read per page (default 500). */
  pageSize?: number;
  /** Positions one read may examine (default 20,000), so a sparse filtered read yields to the event loop. */
  scanWindow?: number;
  /** Told of each group commit (the API's metrics). */
  observer?: Pick<EventStoreObserver, 'groupCommitted'>;
}

/** The embedded event store: one SQLite file in WAL mode, durable on every acknowledged append. */
export class SqliteEventStore implements EventStore {
  readonly commits = new CommitSignal();
  readonly pollIntervalMs: number;
  private readonly logPages: LogPages;
  private readonly groupCommit: GroupCommit;
  private readonly subscriptions = new Set<SqliteSubscription>();
  private readonly probe: Database.Statement;
  private closed = false;

  private constructor(
    private readonly db: Database.Database,
    options: SqliteEventStoreOptions,
  ) {
    this.pollIntervalMs = options.pollIntervalMs ?? 500;
    this.logPages = new LogPages(db, {
      pageSize: options.pageSize ?? 500,
      scanWindow: options.scanWindow ?? 20_000,
    });
    this.groupCommit = new GroupCommit(db, (appends, seconds) => {
      this.commits.notify();
      options.observer?.groupCommitted(appends, seconds);
    });
    // Readiness is probed often (load balancers, the bench): prepared once, not per probe.
    this.probe = db.prepare('SELECT 1');
  }

  static open(filePath: string, options: SqliteEventStoreOptions = {}): SqliteEventStore {
    mkdirSync(dirname(filePath), { recursive: true });
    const db = new Database(filePath, { timeout: 5000 });
    try {
      configureDurability(db);
      migrate(db);
      return new SqliteEventStore(db, options);
    } catch (error) {
      db.close();
      throw error;
    }
  }

  append(
    streamId: string,
    events: NewEvent[],
    expected: ExpectedRevision,
    condition?: AppendCondition,
  ): Promise<AppendResult> {
    try {
      const rows = validateAppend(streamId, events, expected);
      this.ensureOpen();
      return this.groupCommit.enqueue({ streamId, events: rows, expected, condition });
    } catch (error) {
      return Promise.reject(error);
    }
  }

  async *readStream(
    streamId: string,
    options: ReadStreamOptions = {},
  ): AsyncIterable<RecordedEvent> {
    const direction = options.direction ?? 'forwards';
    const step = direction === 'forwards' ? 1 : -1;
    let from = options.fromRevision ?? (direction === 'forwards' ? 0 : Number.MAX_SAFE_INTEGER);
    let remaining = options.maxCount ?? Infinity;
    let first = true;
    while (remaining > 0) {
      const limit = Math.min(this.logPages.sizes.pageSize, remaining);
      const rows = this.pages().stream(streamId, direction, from, limit);
      if (first && rows.length === 0 && !this.pages().streamExists(streamId))
        throw new StreamNotFoundError(streamId);
      first = false;
      for (const row of rows) yield toRecordedEvent(row);
      if (rows.length < limit) return;
      remaining -= rows.length;
      from = rows[rows.length - 1][2] + step;
    }
  }

  async *readAll(options: ReadAllOptions = {}): AsyncIterable<RecordedEvent> {
    const direction = options.direction ?? 'forwards';
    const forwards = direction === 'forwards';
    // Both bounds exclusive: forwards starts at fromPosition itself, backwards strictly before it.
    let after = forwards && options.fromPosition !== undefined ? options.fromPosition - 1 : 0;
    const end = (this.pages().head() ?? 0) + 1;
    let before =
      !forwards && options.fromPosition !== undefined ? Math.min(options.fromPosition, end) : end;
    let remaining = options.maxCount ?? Infinity;
    while (remaining > 0 && before - after > 1) {
      const limit = Math.min(this.logPages.sizes.pageSize, remaining);
      const page = this.pages().log(direction, after, before, options.filter, limit);
      for (const row of page.rows) yield toRecordedEvent(row);
      remaining -= page.rows.length;
      if (forwards) {
        after = page.reached;
        // Forwards reads on to what was appended meanwhile, as a KurrentDB read does.
        before = (this.pages().head() ?? 0) + 1;
      } else {
        before = page.reached;
      }
    }
  }

  subscribeToAll(options: SubscribeOptions = {}): Subscription {
    this.ensureOpen();
    const subscription = new SqliteSubscription(this, options, (s) => this.subscriptions.delete(s));
    this.subscriptions.add(subscription);
    return subscription;
  }

  async headPosition(): Promise<number | null> {
    return this.pages().head();
  }

  async countAfter(position: number | null, atMost: number): Promise<number> {
    if (!(atMost > 0)) return 0;
    // Positions start at 1; an unbounded count is SQLite's negative LIMIT.
    const limit = Number.isFinite(atMost) ? Math.floor(atMost) : -1;
    return this.pages().countAfter(position ?? 0, limit);
  }

  async health(): Promise<StoreHealth> {
    try {
      this.ensureOpen();
      this.probe.get();
      return { ok: true, detail: `sqlite ${this.db.name}` };
    } catch (error) {
      return { ok: false, detail: error instanceof Error ? error.message : String(error) };
    }
  }

  /** Commits what is queued, ends the subscriptions, then closes the file. */
  async close(): Promise<void> {
    if (this.closed) return;
    this.groupCommit.drain();
    this.closed = true;
    await Promise.all([...this.subscriptions].map((s) => s.stop()));
    this.db.close();
  }

  /** For subscriptions: the page reader, refusing once the store is closed. */
  pages(): LogPages {
    this.ensureOpen();
    return this.logPages;
  }

  private ensureOpen(): void {
    if (this.closed)
      throw new EventStoreUnavailableError(`the event store ${this.db.name} is closed`);
  }
}
