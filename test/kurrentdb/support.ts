import { randomUUID } from 'node:crypto';
import type {
  EventStore,
  NewEvent,
  Subscription,
  SubscriptionMessage,
} from '@chancery/event-store';

export function event(type = 'CableSent', data: NewEvent['data'] = { from: 'Lisbon' }): NewEvent {
  return {
    id: randomUUID(),
    type,
    schemaVersion: 1,
    data,
    metadata: {
      correlationId: randomUUID(),
      causationId: null,
      actor: 'attache-test',
      recordedAt: new Date().toISOString(),
    },
  };
}

export const events = (count: number, type?: string) =>
  Array.from({ length: count }, (_, i) => event(type, { sequence: i }));

export const uniqueStream = (prefix: string) => `${prefix}${randomUUID().slice(0, 8)}`;

export async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of iterable) items.push(item);
  return items;
}

export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection, but the promise resolved');
}

/** Polls until `check` holds; a bounded wait for something asynchronous to settle. */
export async function eventually<T>(
  check: () => Promise<T | undefined | false>,
  timeoutMs = 10_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
}

/** Pulls messages one at a time, on demand, so a test controls exactly how far a consumer got. */
export class Consumer {
  readonly received: SubscriptionMessage[] = [];
  private readonly iterator: AsyncIterator<SubscriptionMessage>;

  constructor(readonly subscription: Subscription) {
    this.iterator = subscription[Symbol.asyncIterator]();
  }

  async take(count: number, timeoutMs = 10_000): Promise<SubscriptionMessage[]> {
    const taken: SubscriptionMessage[] = [];
    const deadline = Date.now() + timeoutMs;
    while (taken.length < count) {
      const next = await Promise.race([
        this.iterator.next(),
        new Promise<'timeout'>((resolve) =>
          setTimeout(() => resolve('timeout'), Math.max(0, deadline - Date.now())),
        ),
      ]);
      if (next === 'timeout')
        throw new Error(`took ${taken.length} of ${count} messages before the timeout`);
      if (next.done)
        throw new Error(`subscription ended after ${taken.length} of ${count} messages`);
      taken.push(next.value);
      this.received.push(next.value);
    }
    return taken;
  }

  eventIds(): string[] {
    return this.received.flatMap((m) => (m.kind === 'event' ? [m.event.id] : []));
  }
}

export async function appendAll(
  store: EventStore,
  streamId: string,
  batches: NewEvent[][],
): Promise<void> {
  for (const batch of batches) await store.append(streamId, batch, 'any');
}
