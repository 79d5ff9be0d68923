import type { SubscribeOptions, Subscription, SubscriptionMessage } from '../event-store.port';
import type { CommitSignal } from './commit-signal';
import type { LogPages } from './log-pages';
import { toRecordedEvent } from './recorded-event';

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
        if (upTo !== null && (cursor === null || cursor < upTo)) {
          const page = pages.log(
            'forwards',
            cursor ?? 0,
            upTo + 1,
            this.options.filter,
            pages.sizes.pageSize,
          );
          for (const row of page.rows) {
            yield { kind: 'event', event: toRecordedEvent(row) };
            if (this.stopped) return;
          }
          cursor = page.reached;
          if (cursor < upTo) continue;
        }
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
