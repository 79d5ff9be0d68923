/**
 * Reads the whole global log once, in a fresh process so that its peak RSS is the reader's own.
 * Usage: node --import tsx read-worker.ts <file> store|raw — prints {events, perSecond, peakRssMb}.
 */
import Database from 'better-sqlite3';
import { EVENT_COLUMNS, type EventTuple } from '../../libs/event-store/src/sqlite/schema';
import { SqliteEventStore } from '../../libs/event-store/src/sqlite/sqlite-event-store';
import { perSecond } from './measure';

const [file, mode] = process.argv.slice(2);
let peakRss = process.memoryUsage.rss();
const sampleRss = (i: number) => {
  if (i % 10_000 === 0) peakRss = Math.max(peakRss, process.memoryUsage.rss());
};

async function readThroughStore(): Promise<number> {
  const store = SqliteEventStore.open(file);
  let events = 0;
  let checksum = 0;
  for await (const event of store.readAll()) {
    checksum += event.revision + (event.data.meetingId as string).length;
    sampleRss(++events);
  }
  await store.close();
  return checksum > 0 ? events : 0;
}

/** The fastest plain way: one statement, rows as arrays, both JSON columns parsed. */
function readRaw(): number {
  const db = new Database(file, { readonly: true });
  let events = 0;
  let checksum = 0;
  const rows = db.prepare(`SELECT ${EVENT_COLUMNS} FROM events ORDER BY position`).raw();
  for (const row of rows.iterate() as Iterable<EventTuple>) {
    const data = JSON.parse(row[6]);
    JSON.parse(row[7]);
    checksum += row[2] + (data.meetingId as string).length;
    sampleRss(++events);
  }
  db.close();
  return checksum > 0 ? events : 0;
}

async function main() {
  const startedAt = process.hrtime.bigint();
  const events = mode === 'raw' ? readRaw() : await readThroughStore();
  const rate = perSecond(events, startedAt);
  peakRss = Math.max(peakRss, process.memoryUsage.rss());
  process.stdout.write(
    JSON.stringify({ events, perSecond: rate, peakRssMb: peakRss / 2 ** 20 }) + '\n',
  );
}

void main();
