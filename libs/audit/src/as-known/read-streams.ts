import { StreamNotFoundError, type EventStore, type RecordedEvent } from '@chancery/event-store';
import { streamClassification } from '../history/record-kinds';
import type { Classification } from '@chancery/identity';

/** A whole stream, oldest first; empty when it does not exist. */
export async function readWholeStream(store: EventStore, streamId: string): Promise<RecordedEvent[]> {
  const events: RecordedEvent[] = [];
  try {
    for await (const event of store.readStream(streamId)) events.push(event);
  } catch (error) {
    if (!(error instanceof StreamNotFoundError)) throw error;
  }
  return events;
}

/** Streams' classifications, read from the log once per stream and remembered for one request. */
export class StreamClassifier {
  private readonly known = new Map<string, Promise<Classification>>();

  constructor(private readonly store: EventStore) {}

  classificationOf(streamId: string): Promise<Classification> {
    let found = this.known.get(streamId);
    if (!found) {
      found = readWholeStream(this.store, streamId).then((events) => streamClassification(streamId, events));
      this.known.set(streamId, found);
    }
    return found;
  }
}
