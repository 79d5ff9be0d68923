import Database from 'better-sqlite3';
import { configureDurability, migrate } from '../../libs/event-store/src/sqlite/schema';
import { SqliteEventStore } from '../../libs/event-store/src/sqlite/sqlite-event-store';
import { perSecond } from './measure';
import { sampleEvent } from './sample-events';

/**
 * Durable single-event appends per second through the store, `appenders` at a time, each to
 * its own stream, for `seconds`.
 */
export async function storeAppendRate(
  file: string,
  appenders: number,
  seconds: number,
): Promise<number> {
  const store = SqliteEventStore.open(file);
  const deadline = Date.now() + seconds * 1000;
  let done = 0;
  const startedAt = process.hrtime.bigint();
  await Promise.all(
    Array.from({ length: appenders }, async (_, a) => {
      const streamId = `bench-${a}-${Date.now()}`;
      let expected: number | 'no_stream' = 'no_stream';
      while (Date.now() < deadline) {
        expected = (await store.append(streamId, [sampleEvent(done)], expected)).nextRevision;
        done++;
      }
    }),
  );
  const rate = perSecond(done, startedAt);
  await store.close();
  return rate;
}

/** The ceiling the store is compared with: plain better-sqlite3, one FULL-sync transaction per insert. */
export function rawInsertRate(file: string, seconds: number): number {
  const db = new Database(file);
  configureDurability(db);
  migrate(db);
  const insert = db.prepare(
    'INSERT INTO events (stream_id, revision, event_id, type, schema_version, data, metadata) VALUES (?, ?, ?, ?, ?, ?, ?)',
  );
  const streamId = `raw-${Date.now()}`;
  const deadline = Date.now() + seconds * 1000;
  const startedAt = process.hrtime.bigint();
  let done = 0;
  while (Date.now() < deadline) {
    const e = sampleEvent(done);
    insert.run(
      streamId,
      done,
      e.id,
      e.type,
      e.schemaVersion,
      JSON.stringify(e.data),
      JSON.stringify(e.metadata),
    );
    done++;
  }
  const rate = perSecond(done, startedAt);
  db.close();
  return rate;
}
