import type { RecordedEvent } from '../envelope';
import type { SubscribeOptions, Subscription, SubscriptionMessage } from '../event-store.port';
import type { CommitSignal } from './commit-signal';
import type { LogPages } from './log-pages';
import { toRecordedEvent } from './recorded-event';

const PAGE = 500;

export interface SubscriptionSource {
  pages(): LogPages;
  readonly commits: CommitSignal;
  readonly pollIntervalMs: number;
}

/**
 * Catch-up and live delivery are one loop over a position cursor: each round reads what lies
 * between the cursor and the head as it was at the start of the round, so an event can be
 * neither skipped nor delivered twice when appends race the switch to live. Rows are read a
 * page at a time, only when the consumer asks, which is the back-pressure.
 */
export class SqliteSubscription implements Subscription {
  private stopped = false;
  private cancelWait?: () => void;
  private iterator?: AsyncGenerator<SubscriptionMessage>;

  constructor(
    private readonly source: SubscriptionSource,
    private readonly options: SubscribeOptions,
    private readonly onEnd: (subscription: SqliteSubscription) => void,
  ) {}

  [Symbol.asyncIterator](): AsyncIterator<SubscriptionMessage> {
    return (this.iterator ??= this.deliver());
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.cancelWait?.();
    this.onEnd(this);
  }

  private async *deliver(): AsyncGenerator<SubscriptionMessage> {
    try {
      let cursor = this.options.after ?? null;
      let caughtUp = false;
      while (!this.stopped) {
        const commitsBefore = this.source.commits.count;
        const pages = this.source.pages();
        const head = pages.head();
        const upTo = head === null ? cursor : Math.max(head, cursor ?? head);
        const rows = pages.log('forwards', cursor ?? 0, (upTo ?? 0) + 1, this.options.filter, PAGE);
        for (const row of rows) {
          const event: RecordedEvent = toRecordedEvent(row);
          yield { kind: 'event', event };
          if (this.stopped) return;
        }
        if (rows.length === PAGE) {
          cursor = rows[rows.length - 1][0];
          continue;
        }
        cursor = upTo;
        if (!caughtUp) {
          caughtUp = true;
          yield { kind: 'caughtUp', position: cursor };
        } else if (this.source.commits.count === commitsBefore) {
          await this.nextCommit();
        }
      }
    } finally {
      this.stopped = true;
      this.onEnd(this);
    }
  }

  private async nextCommit(): Promise<void> {
    const { done, cancel } = this.source.commits.wait(this.source.pollIntervalMs);
    this.cancelWait = cancel;
    await done;
    this.cancelWait = undefined;
  }
}
