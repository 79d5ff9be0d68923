import { SqliteEventStore } from '../../libs/event-store/src/sqlite/sqlite-event-store';
import { sampleEvent } from './sample-events';

/** Writes `count` events through the store in large batches, spread over 1,000 streams. */
export async function fillLog(file: string, count: number): Promise<void> {
  const store = SqliteEventStore.open(file);
  const batch = 500;
  const streams = 1000;
  const revisions = new Map<string, number>();
  for (let written = 0; written < count;) {
    const appends: Array<Promise<unknown>> = [];
    for (let k = 0; k < 20 && written < count; k++) {
      const n = Math.min(batch, count - written);
      const streamId = `embassy-${(written / batch) % streams}`;
      const expected = revisions.get(streamId) ?? 'no_stream';
      revisions.set(streamId, (revisions.get(streamId) ?? -1) + n);
      appends.push(
        store.append(
          streamId,
          Array.from({ length: n }, (_, i) => sampleEvent(written + i)),
          expected,
        ),
      );
      written += n;
    }
    await Promise.all(appends);
  }
  await store.close();
}
