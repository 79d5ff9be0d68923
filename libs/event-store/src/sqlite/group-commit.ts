import type Database from 'better-sqlite3';
import { EventStoreError, EventStoreUnavailableError } from '../errors';
import type { AppendResult } from '../event-store.port';
import { StreamAppend, StreamWriter } from './append-to-stream';

interface Pending extends StreamAppend {
  resolve(result: AppendResult): void;
  reject(error: Error): void;
}

/** Bounds how long one flush holds the event loop; the rest waits for the next tick. */
const MAX_APPENDS_PER_COMMIT = 1000;

/**
 * better-sqlite3 is synchronous, so appends made in the same turn of the event loop queue up
 * and are flushed together on the next one: one transaction, one fsync, each append in its own
 * savepoint so that a refused append is undone alone. Promises settle only after COMMIT.
 */
export class GroupCommit {
  private queue: Pending[] = [];
  private scheduled = false;
  private readonly writer: StreamWriter;
  private readonly savepoint: Record<'begin' | 'release' | 'rollback', Database.Statement>;

  constructor(
    private readonly db: Database.Database,
    /** Told of each commit that wrote: how many appends it held and how long it took. */
    private readonly onCommitted: (appends: number, seconds: number) => void,
  ) {
    this.writer = new StreamWriter(db);
    this.savepoint = {
      begin: db.prepare('SAVEPOINT append'),
      release: db.prepare('RELEASE append'),
      rollback: db.prepare('ROLLBACK TO append'),
    };
  }

  enqueue(append: StreamAppend): Promise<AppendResult> {
    return new Promise((resolve, reject) => {
      this.queue.push({ ...append, resolve, reject });
      if (!this.scheduled) {
        this.scheduled = true;
        setImmediate(() => this.flush());
      }
    });
  }

  /** Commits whatever is queued, now; used on close. */
  drain(): void {
    while (this.queue.length > 0) this.flush();
  }

  private flush(): void {
    this.scheduled = false;
    const batch = this.queue.splice(0, MAX_APPENDS_PER_COMMIT);
    if (this.queue.length > 0) {
      this.scheduled = true;
      setImmediate(() => this.flush());
    }
    if (batch.length === 0) return;

    const outcomes: Array<() => void> = [];
    let wrote = false;
    const began = performance.now();
    try {
      this.db.exec('BEGIN IMMEDIATE');
      for (const pending of batch) {
        this.savepoint.begin.run();
        try {
          const result = this.writer.append(pending);
          this.savepoint.release.run();
          wrote = true;
          outcomes.push(() => pending.resolve(result));
        } catch (error) {
          this.savepoint.rollback.run();
          this.savepoint.release.run();
          outcomes.push(() => pending.reject(asStoreError(error)));
        }
      }
      this.db.exec('COMMIT');
    } catch (error) {
      if (this.db.open && this.db.inTransaction) this.db.exec('ROLLBACK');
      const failure = new EventStoreUnavailableError(
        `the event store could not commit: ${describe(error)}`,
        error,
      );
      for (const pending of batch) pending.reject(failure);
      return;
    }
    for (const settle of outcomes) settle();
    if (wrote) this.onCommitted(batch.length, (performance.now() - began) / 1000);
  }
}

function asStoreError(error: unknown): Error {
  if (error instanceof EventStoreError) return error;
  return new EventStoreUnavailableError(
    `the event store failed to write: ${describe(error)}`,
    error,
  );
}

const describe = (error: unknown) => (error instanceof Error ? error.message : String(error));
