import { randomUUID } from 'node:crypto';
import type {
  EventStore,
  JsonObject,
  NewEvent,
  RecordedEvent,
  Subscription,
  SubscriptionMessage,
} from './port';

export type OpenEventStore = () => Promise<{ store: EventStore; dispose(): Promise<void> }>;
export type StoreUnderTest = () => EventStore;

/**
 * A name no other test, nor an earlier run against the same store, has used.
 * The contract never assumes the store starts empty.
 */
export function uniqueName(category: string): string {
  return `${category}${randomUUID().replace(/-/g, '').slice(0, 12)}`;
}

/** A stream prefix of its own, so readAll and subscriptions can be narrowed to one test's events. */
export function uniquePrefix(): string {
  return `${uniqueName('contract')}-`;
}

export function newEvent(
  type = 'MeetingRecorded',
  data: JsonObject = { venue: 'Palais des Nations' },
): NewEvent {
  return {
    id: randomUUID(),
    type,
    schemaVersion: 1,
    data,
    metadata: {
      correlationId: randomUUID(),
      causationId: null,
      actor: 'attache-contract',
      recordedAt: new Date().toISOString(),
    },
  };
}

export function newEvents(count: number, type?: string): NewEvent[] {
  return Array.from({ length: count }, (_, i) => newEvent(type, { sequence: i }));
}

export async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of iterable) items.push(item);
  return items;
}

export const ids = (events: Array<{ id: string }>): string[] => events.map((e) => e.id);
export const revisions = (events: RecordedEvent[]): number[] => events.map((e) => e.revision);

/** The error a promise rejects with; fails the test when it resolves instead. */
export async function rejectionOf(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected a rejection, but the promise resolved');
}

export function expectStrictlyIncreasing(values: number[]): void {
  for (let i = 1; i < values.length; i++) {
    if (!(values[i] > values[i - 1])) {
      throw new Error(`not strictly increasing at index ${i}: ${values[i - 1]} then ${values[i]}`);
    }
  }
}

/**
 * Consumes a subscription until `enough` holds, then stops it. A timeout turns a hang (a lost
 * event, a missing caught-up signal) into a failure that says how far it got.
 */
export async function takeUntil(
  subscription: Subscription,
  enough: (messages: SubscriptionMessage[]) => boolean,
  options: { timeoutMs?: number; onMessage?: (message: SubscriptionMessage) => Promise<void> } = {},
): Promise<SubscriptionMessage[]> {
  const messages: SubscriptionMessage[] = [];
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    void subscription.stop();
  }, options.timeoutMs ?? 15_000);
  try {
    for await (const message of subscription) {
      messages.push(message);
      await options.onMessage?.(message);
      if (enough(messages)) break;
    }
  } finally {
    clearTimeout(timer);
    await subscription.stop();
  }
  if (timedOut) throw new Error(`subscription timed out after ${messages.length} messages`);
  return messages;
}

export const eventsOf = (messages: SubscriptionMessage[]): RecordedEvent[] =>
  messages.flatMap((m) => (m.kind === 'event' ? [m.event] : []));

export const caughtUpCount = (messages: SubscriptionMessage[]): number =>
  messages.filter((m) => m.kind === 'caughtUp').length;
