import { spawn } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import Database from 'better-sqlite3';
import { SqliteEventStore } from '../../libs/event-store/src/sqlite/sqlite-event-store';
import { temporaryDirectory } from './fixtures';

interface Acknowledged {
  streamId: string;
  ids: string[];
  nextRevision: number;
  position: number;
}

const KILL_AFTER_ACKS = 1500;
const WRITERS = 32;

/** Runs the appender until it has acknowledged `acks` appends, then SIGKILLs it mid-flight. */
async function appendUntilKilled(file: string, acks: number): Promise<Acknowledged[]> {
  const child = spawn(
    process.execPath,
    ['--import', 'tsx', join(__dirname, 'support', 'crash-appender.ts'), file, String(WRITERS)],
    {
      stdio: ['ignore', 'pipe', 'pipe'],
    },
  );
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const exited = new Promise<NodeJS.Signals | null>((resolve) =>
    child.on('exit', (_code, signal) => resolve(signal)),
  );
  const acknowledged: Acknowledged[] = [];
  for await (const line of createInterface({ input: child.stdout })) {
    // A line cut by the kill is not an acknowledgement the parent ever received.
    try {
      acknowledged.push(JSON.parse(line));
    } catch {
      continue;
    }
    if (acknowledged.length === acks) child.kill('SIGKILL');
  }
  const signal = await exited;
  if (signal !== 'SIGKILL')
    throw new Error(`appender ended by ${String(signal)} before the kill: ${stderr}`);
  return acknowledged;
}

describe('embedded store killed while appending', () => {
  const file = temporaryDirectory('crash').path('events.sqlite');
  let acknowledged: Acknowledged[];

  beforeAll(async () => {
    acknowledged = await appendUntilKilled(file, KILL_AFTER_ACKS);
  });

  it('opens cleanly and passes an integrity check', () => {
    const db = new Database(file);
    try {
      expect(db.pragma('integrity_check', { simple: true })).toBe('ok');
      expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    } finally {
      db.close();
    }
  });

  it('kept every acknowledged event exactly once, where the acknowledgement said', () => {
    expect(acknowledged.length).toBeGreaterThanOrEqual(KILL_AFTER_ACKS);
    const db = new Database(file, { readonly: true });
    try {
      const byId = db.prepare<
        [string],
        { stream_id: string; revision: number; position: number; n: number }
      >(
        'SELECT stream_id, revision, position, (SELECT COUNT(*) FROM events e2 WHERE e2.event_id = e.event_id) AS n FROM events e WHERE event_id = ?',
      );
      for (const ack of acknowledged) {
        ack.ids.forEach((id, i) => {
          const row = byId.get(id);
          expect(row).toMatchObject({
            stream_id: ack.streamId,
            revision: ack.nextRevision - ack.ids.length + 1 + i,
            n: 1,
          });
        });
        expect(byId.get(ack.ids[ack.ids.length - 1])!.position).toBe(ack.position);
      }
    } finally {
      db.close();
    }
  });

  it('holds only whole events: contiguous revisions per stream and parsable JSON in every row', () => {
    const db = new Database(file, { readonly: true });
    try {
      const gaps = db
        .prepare(
          'SELECT stream_id, COUNT(*) AS n, MIN(revision) AS lo, MAX(revision) AS hi FROM events GROUP BY stream_id',
        )
        .all() as Array<{ stream_id: string; n: number; lo: number; hi: number }>;
      expect(gaps.length).toBe(WRITERS);
      for (const stream of gaps) expect([stream.lo, stream.hi]).toEqual([0, stream.n - 1]);
      let rows = 0;
      for (const row of db.prepare('SELECT data, metadata FROM events').iterate() as Iterable<{
        data: string;
        metadata: string;
      }>) {
        expect(typeof JSON.parse(row.data).sequence).toBe('number');
        expect(JSON.parse(row.metadata).actor).toBe('crash-test');
        rows++;
      }
      expect(rows).toBeGreaterThanOrEqual(acknowledged.reduce((n, a) => n + a.ids.length, 0));
    } finally {
      db.close();
    }
  });

  it('carries on appending to the recovered streams', async () => {
    const store = SqliteEventStore.open(file);
    try {
      const last = acknowledged[acknowledged.length - 1];
      const events: Array<{ revision: number }> = [];
      for await (const e of store.readStream(last.streamId, {
        direction: 'backwards',
        maxCount: 1,
      }))
        events.push(e);
      const head = events[0].revision;
      expect(head).toBeGreaterThanOrEqual(last.nextRevision);
      const result = await store.append(
        last.streamId,
        [
          {
            id: randomUUID(),
            type: 'CableDispatched',
            schemaVersion: 1,
            data: {},
            metadata: {
              correlationId: 'c',
              causationId: null,
              actor: 'a',
              recordedAt: new Date().toISOString(),
            },
          },
        ],
        head,
      );
      expect(result.nextRevision).toBe(head + 1);
    } finally {
      await store.close();
    }
  });
});
