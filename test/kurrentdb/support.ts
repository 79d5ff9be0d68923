import type { Subscription, SubscriptionMessage } from '@chancery/event-store';

export {
  collect,
  newEvent,
  newEvents,
  rejectionOf,
  uniqueName,
} from '../contract/event-store/fixtures';

export { eventually } from '../support/eventually';

/** Pulls messages one at a time, on demand, so a test controls exactly how far a consumer got. */
export class Consumer {
  readonly received: SubscriptionMessage[] = [];
  private readonly iterator: AsyncIterator<SubscriptionMessage>;

  constructor(readonly subscription: Subscription) {
    this.iterator = subscription[Symbol.asyncIterator]();
  }

  async take(count: number, timeoutMs = 10_000): Promise<SubscriptionMessage[]> {
    const taken: SubscriptionMessage[] = [];
    // One timer for the whole take, cleared at the end, so none outlives the test.
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), timeoutMs);
    });
    try {
      while (taken.length < count) {
        const next = await Promise.race([this.iterator.next(), timeout]);
        if (next === 'timeout')
          throw new Error(`took ${taken.length} of ${count} messages before the timeout`);
        if (next.done)
          throw new Error(`subscription ended after ${taken.length} of ${count} messages`);
        taken.push(next.value);
        this.received.push(next.value);
      }
      return taken;
    } finally {
      clearTimeout(timer);
    }
  }

  eventIds(): string[] {
    return this.received.flatMap((m) => (m.kind === 'event' ? [m.event.id] : []));
  }
}
