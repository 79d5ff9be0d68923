import type { EventStore, RecordedEvent } from '@chancery/event-store';

/**
 * recordedAt is stamped just before the append, so it follows the log's order except for
 * appends racing each other; the scan starts and stops this far outside the asked range.
 */
const CLOCK_SKEW_MS = 60_000;

export type FeedQuery = {
  from?: Date;
  to?: Date;
  actor?: string;
  types?: string[];
  /** Exactly these streams (a record, or every stream of a party). */
  streams?: Set<string>;
  /** Cursor: only events strictly after this global position. */
  after?: number;
};

/** Whether one event matches every filter except visibility. */
export function matchesFeed(event: RecordedEvent, q: FeedQuery): boolean {
  const at = Date.parse(event.metadata.recordedAt);
  if (q.from && at < q.from.getTime()) return false;
  if (q.to && at > q.to.getTime()) return false;
  if (q.actor && event.metadata.actor !== q.actor) return false;
  if (q.types && !q.types.includes(event.type)) return false;
  if (q.streams && !q.streams.has(event.streamId)) return false;
  return true;
}

/**
 * The events of the global log that match, in log order, read page by page from the store:
 * from the cursor (or the first position recorded near `from`, found by bisection) until past `to`.
 */
export async function* feedEvents(store: EventStore, q: FeedQuery): AsyncIterable<RecordedEvent> {
  let start = q.after !== undefined ? q.after + 1 : 0;
  if (q.from) start = Math.max(start, await firstPositionAfter(store, q.from.getTime() - CLOCK_SKEW_MS));
  const stopAfter = q.to ? q.to.getTime() + CLOCK_SKEW_MS : Infinity;
  const filter = q.types ? { eventTypes: q.types } : undefined;
  for await (const event of store.readAll({ fromPosition: start, filter })) {
    if (Date.parse(event.metadata.recordedAt) > stopAfter) return;
    if (matchesFeed(event, q)) yield event;
  }
}

/** A position at or before the first event recorded at or after `instant` (bisection on the log). */
async function firstPositionAfter(store: EventStore, instant: number): Promise<number> {
  const head = await store.headPosition();
  if (head === null) return 0;
  let [low, high] = [0, head + 1];
  while (low < high) {
    const middle = Math.floor((low + high) / 2);
    const event = await firstFrom(store, middle);
    if (!event || Date.parse(event.metadata.recordedAt) >= instant) high = middle;
    else low = event.position + 1;
  }
  return low;
}

async function firstFrom(store: EventStore, position: number): Promise<RecordedEvent | null> {
  for await (const event of store.readAll({ fromPosition: position, maxCount: 1 })) return event;
  return null;
}
