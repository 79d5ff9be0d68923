/**
 * `npm run bench:audit`: the partnership summary "as known at" a past instant, with
 * BENCH_EVENTS (default 1,000,000) events in the embedded store. It must read only the pair's
 * streams (found through the party → streams index), not the log: the figures say how many it read.
 * BENCH_CALLS (default 21) timed calls; target: median under 1 s.
 */
import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AUDIT_PROJECTIONS, partnershipAsKnown } from '@chancery/audit';
import { systemClock } from '@chancery/common';
import { createEventStore } from '@chancery/event-store';
import { ProjectionEngine, SqliteReadModelStorage } from '@chancery/projections';
import { PartnershipQueries } from '../apps/api/src/read-models/partnerships/partnerships.queries';
import { diplomaticLog } from '../test/projections/support/diplomatic-log';
import { fmt, median } from './support/measure';

const EVENTS = Number(process.env.BENCH_EVENTS ?? 1_000_000);
const CALLS = Number(process.env.BENCH_CALLS ?? 21);
const START = Date.parse('2024-01-01T00:00:00Z');

/** Straight into the events table in big transactions: one event a second of recordedAt. */
function fill(dataDir: string): void {
  const db = new Database(join(dataDir, 'events.sqlite'));
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = OFF');
  const insert = db.prepare('INSERT INTO events (stream_id, revision, event_id, type, schema_version, data, metadata) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const revisions = new Map<string, number>();
  let i = 0;
  const rows = diplomaticLog(EVENTS, 7)[Symbol.iterator]();
  const chunk = db.transaction(() => {
    for (let k = 0; k < 20_000; k++) {
      const next = rows.next();
      if (next.done) return false;
      const { streamId, event } = next.value;
      const revision = (revisions.get(streamId) ?? -1) + 1;
      revisions.set(streamId, revision);
      const metadata = { ...event.metadata, recordedAt: new Date(START + i++ * 1000).toISOString() };
      insert.run(streamId, revision, event.id, event.type, 1, JSON.stringify(event.data), JSON.stringify(metadata));
    }
    return true;
  });
  while (chunk()) {
    /* next chunk */
  }
  db.close();
}

async function main() {
  const dataDir = mkdtempSync(join(tmpdir(), 'chancery-bench-audit-'));
  try {
    const store = createEventStore({ dataDir });
    await store.headPosition(); // creates the schema
    let started = Date.now();
    fill(dataDir);
    const head = (await store.headPosition())!;
    console.log(`log: ${fmt(head)} events written in ${((Date.now() - started) / 1000).toFixed(1)} s`);

    started = Date.now();
    const storage = SqliteReadModelStorage.open(join(dataDir, 'audit-index.sqlite'));
    const engine = new ProjectionEngine(store, storage, AUDIT_PROJECTIONS, { clock: systemClock });
    await engine.start();
    await engine.waitFor('party_streams', head, 600_000);
    await engine.stop();
    console.log(`party → streams index built by the engine in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    const index = engine.reader('party_streams');

    // The busiest country and its busiest counterpart: the hardest pair to answer.
    const [busiest] = (await index.aggregate('party_streams', { where: { party: { gte: 'AAA', lte: 'ZZZ' } }, groupBy: ['party'], measures: { n: ['count', '*'] }, orderBy: [['n', 'desc']] })).filter((r) => /^[A-Z]{3}$/.test(String(r.party)));
    const a = String(busiest.party);
    const streams = (await index.select('party_streams', { where: { party: a } })).map((r) => String(r.stream_id));
    const [counterpart] = await index.aggregate('party_streams', { where: { stream_id: { in: streams }, party: { ne: a, gte: 'AAA', lte: 'ZZZ' } }, groupBy: ['party'], measures: { n: ['count', '*'] }, orderBy: [['n', 'desc']] });
    const b = String(counterpart.party);
    const knownAt = new Date(START + Math.floor(head * 0.75) * 1000);
    console.log(`pair ${a}–${b}: ${a} is named by ${fmt(streams.length)} streams; knownAt ${knownAt.toISOString()} (75% into the log)`);

    const times: number[] = [];
    let last = { streamsRead: 0, eventsRead: 0, eventsApplied: 0, engagements: 0 };
    for (let call = 0; call < CALLS; call++) {
      const t0 = process.hrtime.bigint();
      const built = await partnershipAsKnown(store, index, a, b, { knownAt }, { clearance: 'confidential' });
      const queries = new PartnershipQueries(() => built.model);
      const summary = await queries.detail(a, b, ['public', 'internal', 'confidential'], knownAt.toISOString().slice(0, 10));
      times.push(Number(process.hrtime.bigint() - t0) / 1e6);
      last = { ...built, engagements: summary?.engagements.count ?? 0 };
    }
    const m = median(times);
    console.log(`read ${fmt(last.streamsRead)} streams, ${fmt(last.eventsRead)} events of ${fmt(head)} in the log (${((100 * last.eventsRead) / head).toFixed(3)}%); applied ${fmt(last.eventsApplied)} known by then; ${last.engagements} engagements in the summary`);
    console.log(`partnership summary knownAt: median ${m.toFixed(1)} ms over ${CALLS} calls (min ${Math.min(...times).toFixed(1)}, max ${Math.max(...times).toFixed(1)})`);
    console.log(`  ${m < 1000 ? 'MET ' : 'MISS'}  median under 1 s`);
    await storage.close();
    await store.close();
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
  }
}

void main().catch((error) => {
  console.error(error);
  process.exit(1);
});
