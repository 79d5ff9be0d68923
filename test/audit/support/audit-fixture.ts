import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { AUDIT_INDEX_FILE, AUDIT_PROJECTIONS } from '@chancery/audit';
import { FixedClock } from '@chancery/common';
import type { DomainEventShape } from '@chancery/diplomacy';
import { EventAppender } from '@chancery/event-sourcing';
import { createEventStore } from '@chancery/event-store';
import { ProjectionEngine, SqliteReadModelStorage } from '@chancery/projections';
import { READ_MODEL_PROJECTIONS } from '@chancery/read-models';

/** An embedded store in a temp DATA_DIR, written through the application's one append path. */
export function auditFixture(start = '2024-10-15T09:00:00.000Z') {
  const dataDir = mkdtempSync(join(tmpdir(), 'chancery-audit-'));
  const clock = new FixedClock(new Date(start));
  const store = createEventStore({ dataDir });
  const appender = new EventAppender(store, clock);
  let actor = 'recorder-1';
  const record = async (streamId: string, events: DomainEventShape[]) => {
    const correlationId = randomUUID();
    return appender.append(streamId, events, 'any', { metadata: { correlationId, causationId: null, actor } });
  };
  return {
    dataDir,
    clock,
    store,
    record,
    actingAs(name: string) {
      actor = name;
    },
    /** Runs the API's engines over the log until they reach its head, then stops them. */
    async project(): Promise<void> {
      const head = (await store.headPosition()) ?? -1;
      for (const [file, projections] of [['read-models.sqlite', READ_MODEL_PROJECTIONS], [AUDIT_INDEX_FILE, AUDIT_PROJECTIONS]] as const) {
        const storage = SqliteReadModelStorage.open(join(dataDir, file));
        const engine = new ProjectionEngine(store, storage, projections, { clock, retryMs: 20 });
        await engine.start();
        for (const p of projections) await engine.waitFor(p.name, head, 10_000);
        await engine.stop();
        await storage.close();
      }
    },
    async close() {
      await store.close();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

export type AuditFixture = ReturnType<typeof auditFixture>;

export const party = (kind: 'country' | 'organisation' | 'person', id: string) => ({ kind, id });

/** The seed meeting (Nurtleu and Frieden in Luxembourg, 14 October 2024) in the catalogue's shape. */
export function meetingRecorded(meetingId: string, people: { kaz: string; lux: string }, overrides: Record<string, unknown> = {}) {
  return {
    type: 'MeetingRecorded',
    data: {
      meetingId,
      title: 'Talks with the Prime Minister of Luxembourg',
      date: '2024-10-14',
      place: { city: 'Luxembourg', country: 'LUX' },
      visitId: null,
      format: 'bilateral',
      // Written through the append path at the current schema version (2), so in its shape.
      formatName: null,
      members: [],
      participants: [
        { party: party('person', people.kaz), title: null, side: party('country', 'KAZ'), role: 'head of delegation' },
        { party: party('person', people.lux), title: null, side: party('country', 'LUX'), role: null },
      ],
      topics: ['fintech', 'green-energy'],
      summary: 'Key areas of cooperation between Kazakhstan and Luxembourg.',
      engagement: { kind: 'visit', cameo: '042', plover: { event: 'CONSULT', mode: 'visit' } },
      sourceIds: ['s-1'],
      classification: 'internal',
      ...overrides,
    },
  };
}

/** Countries, two people and the meeting between them. */
export async function seedMeeting(f: AuditFixture, meetingId = randomUUID()) {
  const people = { kaz: randomUUID(), lux: randomUUID() };
  await f.record('country-KAZ', [{ type: 'CountryRegistered', data: { code: 'KAZ', name: 'Kazakhstan', classification: 'public' } }]);
  await f.record('country-LUX', [{ type: 'CountryRegistered', data: { code: 'LUX', name: 'Luxembourg', classification: 'public' } }]);
  for (const [id, name, at] of [[people.kaz, 'Murat Nurtleu', 'KAZ'], [people.lux, 'Luc Frieden', 'LUX']]) {
    await f.record(`person-${id}`, [
      { type: 'PersonRegistered', data: { personId: id, name, nationality: at, sourceIds: ['s-1'], classification: 'public' } },
      { type: 'PersonAppointed', data: { personId: id, positionId: randomUUID(), title: at === 'KAZ' ? 'Minister of Foreign Affairs' : 'Prime Minister', at: party('country', at), from: '2023-01-01', to: null, sourceIds: ['s-1'] } },
    ]);
  }
  await f.record(`meeting-${meetingId}`, [meetingRecorded(meetingId, people)]);
  return { meetingId, people };
}
