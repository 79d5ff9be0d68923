import { randomUUID } from 'node:crypto';
import { StreamNotFoundError, type EventStore, type RecordedEvent } from '@chancery/event-store';
import { ProjectionEngine, ProjectionRunner } from '@chancery/projections';
import { READ_MODEL_PROJECTIONS } from '@chancery/read-models';
import { dump, event, Fixture, meetingRecorded, openFixture, settled } from './support/fixtures';

const person = (id: string, side: string) => ({
  party: { kind: 'person', id },
  side: { kind: 'country', id: side },
  role: null,
});

const unavailable = () =>
  Object.assign(new Error('14 UNAVAILABLE: No connection established'), { code: 14 });

/** The fixture's store, except that the next `failures` stream reads fail (as a lost connection would). */
function flaky(store: EventStore, failure: (streamId: string) => Error = unavailable) {
  const flakyStore = {
    failures: 0,
    append: store.append.bind(store),
    readAll: store.readAll.bind(store),
    subscribeToAll: store.subscribeToAll.bind(store),
    headPosition: store.headPosition.bind(store),
    countAfter: store.countAfter.bind(store),
    health: store.health.bind(store),
    close: store.close.bind(store),
    readStream(...args: Parameters<EventStore['readStream']>): AsyncIterable<RecordedEvent> {
      if (flakyStore.failures <= 0) return store.readStream(...args);
      flakyStore.failures -= 1;
      return (async function* (): AsyncGenerator<RecordedEvent> {
        throw failure(args[0]);
      })();
    },
  } satisfies EventStore & { failures: number };
  return flakyStore;
}

describe('projection runner: reading a stream history fails', () => {
  let f: Fixture;
  let engine: ProjectionEngine | undefined;
  beforeEach(async () => (f = await openFixture()));
  afterEach(async () => {
    await engine?.stop();
    engine = undefined;
    await f.close();
  });

  const [meetingId, a, b, c] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
  const stream = `meeting-${meetingId}`;
  const recordMeeting = () =>
    f.store.append(
      stream,
      [meetingRecorded({ meetingId, participants: [person(a, 'KAZ'), person(b, 'LUX')] })],
      'no_stream',
    );
  const correction = () =>
    event('MeetingCorrected', {
      meetingId,
      changes: { participants: [person(a, 'KAZ'), person(c, 'FRA')] },
      reason: 'r',
    });
  /** The read models, started over `store` once the meeting is recorded and applied. */
  const startedAfterMeeting = async (store: EventStore): Promise<ProjectionEngine> => {
    const started = new ProjectionEngine(store, f.storage, READ_MODEL_PROJECTIONS, {
      clock: f.clock,
      batchSize: 50,
      retryMs: 20,
      retireDelayMs: 0,
    });
    engine = started;
    await recordMeeting();
    await started.start();
    await settled(started, f.store);
    return started;
  };
  const dumpAll = async (e: ProjectionEngine) => {
    const out: Record<string, unknown> = {};
    for (const p of READ_MODEL_PROJECTIONS) out[p.name] = await dump(e.reader(p.name), p);
    return out;
  };

  it('is retried like any store failure: no dead letter, the corrected row, the same as a rebuild', async () => {
    const store = flaky(f.store);
    const running = await startedAfterMeeting(store);

    store.failures = 1;
    await f.store.append(stream, [correction()], 0);
    await settled(running, f.store);

    expect(store.failures).toBe(0);
    expect(await running.deadLetters()).toEqual([]);
    const engagements = await running.reader('partnerships').select('engagements');
    expect(engagements.map((e) => [e.party, e.counterpart, e.record_id])).toEqual([
      ['FRA', 'KAZ', meetingId],
    ]);
    const live = await dumpAll(running);

    await running.rebuild(...READ_MODEL_PROJECTIONS.map((p) => p.name));
    await running.whenRebuilt(READ_MODEL_PROJECTIONS.map((p) => p.name));
    expect(await dumpAll(running)).toEqual(live);
  });

  it('fails the batch without memoising the failure, so the same batch applies on a retry', async () => {
    const store = flaky(f.store);
    engine = new ProjectionEngine(store, f.storage, READ_MODEL_PROJECTIONS, {
      clock: f.clock,
      retryMs: 20,
      retireDelayMs: 0,
    });
    await recordMeeting();
    await engine.start();
    await settled(engine, f.store);
    await engine.stop();
    await f.store.append(stream, [correction()], 0);
    const batch: RecordedEvent[] = [];
    for await (const e of f.store.readAll()) batch.push(e);
    const runner = (engine as unknown as { live: ProjectionRunner }).live;

    const positions = [...runner.members.values()].map((m) => m.position);
    store.failures = 1;
    await expect(runner.applyBatch(batch)).rejects.toThrow('UNAVAILABLE');
    expect(await engine.deadLetters()).toEqual([]);
    expect([...runner.members.values()].map((m) => m.position)).toEqual(positions);

    await runner.applyBatch(batch);
    expect(await engine.deadLetters()).toEqual([]);
    const engagements = await engine.reader('partnerships').select('engagements');
    expect(engagements.map((e) => [e.party, e.counterpart, e.record_id])).toEqual([
      ['FRA', 'KAZ', meetingId],
    ]);
  });

  it('a stream that is gone for good is poison: dead-lettered, not retried for ever', async () => {
    const store = flaky(f.store, (streamId) => new StreamNotFoundError(streamId));
    const running = await startedAfterMeeting(store);

    store.failures = Infinity;
    await f.store.append(stream, [correction()], 0);
    await settled(running, f.store);
    const letters = await running.deadLetters();
    expect(letters.length).toBeGreaterThan(0);
    expect(letters.every((l) => l.eventType === 'MeetingCorrected')).toBe(true);
    expect((await running.status()).map((s) => s.state)).not.toContain('failing');
  });
});
