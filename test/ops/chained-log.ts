import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chainEvents, GENESIS_HASH } from '@chancery/common';
import { createEventStore, type EventStore, type RecordedEvent } from '@chancery/event-store';

/** An embedded store in a temporary DATA_DIR whose streams are hash-chained as the append path chains them. */
export function chainedLog() {
  const dataDir = mkdtempSync(join(tmpdir(), 'chancery-ops-'));
  const store = createEventStore({ dataDir });
  const heads = new Map<string, { revision: number; hash: string }>();
  return {
    dataDir,
    store,
    /** Appends one chained event (about 600 bytes) to `note-<i mod 7>`. */
    async note(i: number) {
      const streamId = `note-${i % 7}`;
      const head = heads.get(streamId);
      const first = head ? head.revision + 1 : 0;
      const event = {
        id: randomUUID(),
        type: 'NoteTaken',
        schemaVersion: 1,
        data: { n: i, text: 'x'.repeat(500) },
        metadata: {
          correlationId: randomUUID(),
          causationId: null,
          actor: 'ops-spec',
          recordedAt: new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString(),
        },
      };
      const [chained] = chainEvents(streamId, first, head?.hash ?? GENESIS_HASH, [event]);
      heads.set(streamId, { revision: first, hash: chained.metadata.hash as string });
      return store.append(streamId, [chained], head ? head.revision : 'no_stream');
    },
    async close() {
      await store.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export type ChainedLog = ReturnType<typeof chainedLog>;

export async function readLog(store: EventStore): Promise<RecordedEvent[]> {
  const events: RecordedEvent[] = [];
  for await (const event of store.readAll()) events.push(event);
  return events;
}
