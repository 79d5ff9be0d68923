/**
 * Child process of the crash test: appends to the store as fast as it can from many concurrent
 * writers and prints one JSON line per acknowledged append, until it is killed.
 * Usage: node --import tsx crash-appender.ts <file> <writers>
 */
import { randomUUID } from 'node:crypto';
import { SqliteEventStore } from '../../../libs/event-store/src/sqlite/sqlite-event-store';

const [file, writersArg] = process.argv.slice(2);
const store = SqliteEventStore.open(file);
const writers = Number(writersArg ?? 32);

function event(i: number) {
  return {
    id: randomUUID(),
    type: 'CableDispatched',
    schemaVersion: 1,
    // A body large enough that a torn write would show as unparsable JSON.
    data: { sequence: i, text: 'x'.repeat(200 + (i % 7) * 300), tags: ['urgent', 'eyes-only'] },
    metadata: {
      correlationId: randomUUID(),
      causationId: null,
      actor: 'crash-test',
      recordedAt: new Date().toISOString(),
    },
  };
}

async function write(writer: number): Promise<never> {
  const streamId = `cable-${writer}-${randomUUID()}`;
  let revision: number | 'no_stream' = 'no_stream';
  for (let i = 0; ; i++) {
    const events = Array.from({ length: 1 + (i % 3) }, (_, k) => event(i * 3 + k));
    const result = await store.append(streamId, events, revision);
    revision = result.nextRevision;
    process.stdout.write(
      JSON.stringify({
        streamId,
        ids: events.map((e) => e.id),
        nextRevision: result.nextRevision,
        position: result.position,
      }) + '\n',
    );
  }
}

for (let w = 0; w < writers; w++) void write(w);
