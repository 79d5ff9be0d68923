import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomUUID } from 'node:crypto';
import { FixedClock } from '@chancery/common';
import type { EventStore, JsonObject, NewEvent } from '@chancery/event-store';
import { SqliteEventStore } from '../../../libs/event-store/src/sqlite/sqlite-event-store';
import {
  Projection,
  ProjectionEngine,
  ReadModelReader,
  SqliteReadModelStorage,
} from '@chancery/projections';

export interface Fixture {
  dir: string;
  store: EventStore;
  storage: SqliteReadModelStorage;
  clock: FixedClock;
  engine(projections: Projection[], batchSize?: number): ProjectionEngine;
  close(): Promise<void>;
}

export async function openFixture(): Promise<Fixture> {
  const dir = mkdtempSync(join(tmpdir(), 'chancery-projections-'));
  const store = SqliteEventStore.open(join(dir, 'events.sqlite'), { pollIntervalMs: 20 });
  const storage = SqliteReadModelStorage.open(join(dir, 'read-models.sqlite'));
  const clock = new FixedClock(new Date('2024-10-20T00:00:00Z'));
  const engines: ProjectionEngine[] = [];
  return {
    dir,
    store,
    storage,
    clock,
    engine(projections, batchSize = 50) {
      const engine = new ProjectionEngine(store, storage, projections, {
        clock,
        batchSize,
        retryMs: 50,
        retireDelayMs: 0,
      });
      engines.push(engine);
      return engine;
    },
    async close() {
      await Promise.all(engines.map((e) => e.stop()));
      await storage.close();
      await store.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export function event(
  type: string,
  data: JsonObject,
  recordedAt = '2024-10-14T10:00:00Z',
): NewEvent {
  return {
    id: randomUUID(),
    type,
    schemaVersion: 1,
    data,
    metadata: { correlationId: randomUUID(), causationId: null, actor: 'test', recordedAt },
  };
}

/** A `MeetingRecorded` with plain facts; a spec gives the ones it is about (id, participants, …). */
export const meetingRecorded = (facts: JsonObject): NewEvent =>
  event('MeetingRecorded', {
    title: 'Talks',
    date: '2024-10-14',
    place: null,
    visitId: null,
    format: 'bilateral',
    topics: ['trade'],
    summary: 's',
    engagement: { kind: 'visit', cameo: '042', plover: { event: 'CONSULT', mode: 'visit' } },
    sourceIds: [],
    classification: 'internal',
    ...facts,
  });

/** A `CooperationPledged`, KAZ to LUX by default; a spec gives the facts it is about. */
export const cooperationPledged = (facts: JsonObject): NewEvent =>
  event('CooperationPledged', {
    pledger: { kind: 'country', id: 'KAZ' },
    beneficiary: { kind: 'country', id: 'LUX' },
    area: 'trade',
    commitment: 'a port',
    level: 'expressed-intent',
    target: null,
    targetDate: '2025-01-01',
    meetingId: null,
    pledgedOn: '2024-01-10',
    sourceIds: [],
    classification: 'internal',
    ...facts,
  });

/** Every table of a projection, rows in key order: two generations are equal iff their dumps are. */
export async function dump(
  reader: ReadModelReader,
  projection: Projection,
): Promise<Record<string, unknown[]>> {
  const out: Record<string, unknown[]> = {};
  for (const table of projection.tables) {
    out[table.name] = await reader.select(table.name, {
      orderBy: table.primaryKey.map((c) => [c, 'asc']),
    });
  }
  return out;
}

export async function until(
  check: () => boolean | Promise<boolean>,
  timeoutMs = 20_000,
): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

/** Waits until every projection of the engine has applied the head of the log. */
export async function settled(engine: ProjectionEngine, store: EventStore): Promise<void> {
  const head = await store.headPosition();
  if (head === null) return;
  for (const name of engine.names()) await engine.waitFor(name, head, 20_000);
}

/** Appends log entries concurrently (the store's group commit batches them), keeping their order per stream. */
export async function appendAll(
  store: EventStore,
  entries: Iterable<{ streamId: string; event: NewEvent }>,
  window = 256,
) {
  let pending: Promise<unknown>[] = [];
  let chunk: Array<{ streamId: string; event: NewEvent }> = [];
  const flush = async () => {
    // One append per stream per window keeps each stream's events in order.
    const byStream = new Map<string, NewEvent[]>();
    for (const { streamId, event } of chunk)
      byStream.set(streamId, [...(byStream.get(streamId) ?? []), event]);
    pending = [...byStream].map(([streamId, events]) => store.append(streamId, events, 'any'));
    await Promise.all(pending);
    chunk = [];
  };
  for (const entry of entries) {
    chunk.push(entry);
    if (chunk.length >= window) await flush();
  }
  await flush();
}
