import type { AllStreamSubscription, ResolvedEvent } from '@kurrent/kurrentdb-client';
import type { RecordedEvent } from '../envelope';
import type { SubscribeOptions, Subscription, SubscriptionMessage } from '../event-store.port';
import { toRecordedEvent } from './event-mapping';
import type { SubscriptionStatusRegistry } from './subscription-status';

export interface SubscriptionSource {
  /** A server-side subscription delivering what lies strictly after `after` (all of it when undefined). */
  open(after: number | undefined): AllStreamSubscription;
  /** Drops what the server filter could not; null when it filtered everything itself. */
  residual: ((event: RecordedEvent) => boolean) | null;
  statuses: SubscriptionStatusRegistry;
  backoff: { initialMs: number; maxMs: number };
  onEnd(subscription: KurrentDbSubscription): void;
}

type Incoming =
  { kind: 'confirmed' } | { kind: 'caughtUp' } | { kind: 'event'; event: ResolvedEvent };

/**
 * A catch-up subscription to the global log that outlives its connections. It remembers the
 * position of the last event it handed on (never a server checkpoint, which can lie beyond the
 * last event: KurrentDB issue 4970) and, when the connection drops, subscribes again strictly
 * after it, with a growing pause between attempts. The caught-up signal is given once.
 */
export class KurrentDbSubscription implements Subscription {
  private stopped = false;
  private iterator?: AsyncGenerator<SubscriptionMessage>;
  private current?: AllStreamSubscription;
  private interruptPause?: () => void;
  private statusId?: number;

  constructor(
    private readonly source: SubscriptionSource,
    private readonly options: SubscribeOptions,
  ) {}

  [Symbol.asyncIterator](): AsyncIterator<SubscriptionMessage> {
    return (this.iterator ??= this.deliver());
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.interruptPause?.();
    this.detach();
    if (this.statusId !== undefined) this.source.statuses.close(this.statusId);
    this.source.onEnd(this);
  }

  private async *deliver(): AsyncGenerator<SubscriptionMessage> {
    if (this.stopped) return;
    const { statuses, residual } = this.source;
    const id = (this.statusId = statuses.open());
    let last = this.options.after;
    let caughtUpSent = false;
    let attempts = 0;
    try {
      while (!this.stopped) {
        let reason = 'the server ended the subscription';
        try {
          const subscription = (this.current = this.source.open(last));
          // Shown at once, even while the consumer is busy with the last event it was given.
          const dropped = (why: string) =>
            statuses.update(id, { state: 'reconnecting', reason: why, attempts: attempts + 1 });
          for await (const item of incoming(subscription, dropped)) {
            if (this.stopped) return;
            if (item.kind === 'confirmed') {
              attempts = 0;
              statuses.update(id, { state: caughtUpSent ? 'live' : 'catching-up', attempts });
            } else if (item.kind === 'caughtUp') {
              statuses.update(id, { state: 'live' });
              if (!caughtUpSent) {
                caughtUpSent = true;
                yield { kind: 'caughtUp', position: last ?? null };
              }
            } else {
              const event = toRecordedEvent(item.event);
              last = event.position;
              statuses.update(id, { lastPosition: last });
              if (!residual || residual(event)) yield { kind: 'event', event };
            }
          }
        } catch (error) {
          reason = error instanceof Error ? error.message : String(error);
        } finally {
          this.detach();
        }
        if (this.stopped) return;
        attempts++;
        statuses.update(id, { state: 'reconnecting', reason, attempts });
        await this.pause(
          Math.min(this.source.backoff.initialMs * 2 ** (attempts - 1), this.source.backoff.maxMs),
        );
      }
    } finally {
      this.stopped = true;
      this.detach();
      statuses.close(id);
      this.source.onEnd(this);
    }
  }

  private detach(): void {
    const subscription = this.current;
    this.current = undefined;
    if (!subscription) return;
    subscription.destroy();
    void subscription.unsubscribe().catch(() => undefined);
  }

  private pause(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.interruptPause = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }
}

/**
 * The client reports confirmation and caught-up as events beside the stream of recorded events.
 * Reading with `read()` tells exactly how many events were buffered when caught-up arrived, so
 * the signal takes its true place in the sequence.
 */
async function* incoming(
  subscription: AllStreamSubscription,
  dropped: (reason: string) => void,
): AsyncGenerator<Incoming> {
  let taken = 0;
  let confirmed = false;
  let caughtUpAt: number | null = null;
  let failure: unknown = null;
  let ended = false;
  let notify: (() => void) | null = null;
  const wake = () => {
    const resolve = notify;
    notify = null;
    resolve?.();
  };
  subscription.on('confirmation', () => ((confirmed = true), wake()));
  subscription.on('caughtUp', () => ((caughtUpAt ??= taken + subscription.readableLength), wake()));
  subscription.on('readable', wake);
  subscription.on('error', (error) => {
    failure ??= error;
    dropped(error instanceof Error ? error.message : String(error));
    wake();
  });
  subscription.on('end', () => ((ended = true), wake()));
  subscription.on('close', () => ((ended = true), wake()));
  let confirmationGiven = false;
  let caughtUpGiven = false;
  while (true) {
    if (confirmed && !confirmationGiven) {
      confirmationGiven = true;
      yield { kind: 'confirmed' };
    }
    if (caughtUpAt === taken && !caughtUpGiven) {
      caughtUpGiven = true;
      yield { kind: 'caughtUp' };
    }
    const event: ResolvedEvent | null = subscription.destroyed ? null : subscription.read();
    if (event !== null) {
      taken++;
      yield { kind: 'event', event };
      continue;
    }
    if (failure) throw failure;
    if (ended) throw new Error('the subscription ended');
    await new Promise<void>((resolve) => (notify = resolve));
  }
}
