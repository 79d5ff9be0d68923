import { StreamNotFoundError, WrongExpectedVersionError, type ExpectedRevision } from './port';
import {
  collect,
  expectStrictlyIncreasing,
  ids,
  newEvent,
  newEvents,
  rejectionOf,
  revisions,
  uniqueName,
  type StoreUnderTest,
} from './fixtures';

export function describeAppending(store: StoreUnderTest): void {
  const stream = () => uniqueName('embassy-');
  const readIds = async (streamId: string) => ids(await collect(store().readStream(streamId)));

  async function expectWrongVersion(
    streamId: string,
    expected: ExpectedRevision,
    actual: number | 'no_stream',
  ): Promise<void> {
    const beforeIds = actual === 'no_stream' ? [] : await readIds(streamId);
    const error = await rejectionOf(store().append(streamId, [newEvent()], expected));
    expect(error).toBeInstanceOf(WrongExpectedVersionError);
    expect(error).toMatchObject({
      streamId,
      expected,
      actual,
      code: 'EVENT_STORE.WRONG_EXPECTED_VERSION',
    });
    if (actual !== 'no_stream') expect(await readIds(streamId)).toEqual(beforeIds);
    else
      await expect(collect(store().readStream(streamId))).rejects.toBeInstanceOf(
        StreamNotFoundError,
      );
  }

  describe('revisions', () => {
    it('numbers a new stream from revision 0 and returns the last revision and its global position', async () => {
      const s = stream();
      const first = await store().append(s, [newEvent()], 'no_stream');
      expect(first.nextRevision).toBe(0);
      const next = await store().append(s, newEvents(2), 0);
      expect(next.nextRevision).toBe(2);
      expect(next.position).toBeGreaterThan(first.position);
      const read = await collect(store().readStream(s));
      expect(revisions(read)).toEqual([0, 1, 2]);
      expect(read[0].position).toBe(first.position);
      expect(read[2].position).toBe(next.position);
      expectStrictlyIncreasing(read.map((e) => e.position));
    });

    it('keeps every field of the envelope as written', async () => {
      const s = stream();
      const event = newEvent('DemarcheDelivered', {
        to: 'Ministry of Foreign Affairs',
        points: ['fisheries', 'visas'],
        nested: { urgent: true, count: 3, note: null },
      });
      event.schemaVersion = 2;
      event.metadata = { ...event.metadata, causationId: 'cmd-1', classification: 'restricted' };
      const { position } = await store().append(s, [event], 'no_stream');
      const [read] = await collect(store().readStream(s));
      expect(read).toEqual({ ...event, streamId: s, revision: 0, position });
    });

    it("accepts 'any' on a missing stream and on an existing one", async () => {
      const s = stream();
      expect((await store().append(s, [newEvent()], 'any')).nextRevision).toBe(0);
      expect((await store().append(s, newEvents(2), 'any')).nextRevision).toBe(2);
    });

    it("accepts 'stream_exists' when the stream has events", async () => {
      const s = stream();
      await store().append(s, [newEvent()], 'no_stream');
      expect((await store().append(s, [newEvent()], 'stream_exists')).nextRevision).toBe(1);
    });
  });

  describe('expected revision conflicts', () => {
    it("refuses 'no_stream' when the stream exists, reporting its last revision", async () => {
      const s = stream();
      await store().append(s, newEvents(2), 'no_stream');
      await expectWrongVersion(s, 'no_stream', 1);
    });

    it("refuses 'stream_exists' when the stream is missing", async () => {
      await expectWrongVersion(stream(), 'stream_exists', 'no_stream');
    });

    it('refuses an exact revision on a missing stream', async () => {
      await expectWrongVersion(stream(), 0, 'no_stream');
    });

    it('refuses a stale exact revision', async () => {
      const s = stream();
      await store().append(s, newEvents(3), 'no_stream');
      await expectWrongVersion(s, 1, 2);
    });

    it('refuses an exact revision ahead of the stream', async () => {
      const s = stream();
      await store().append(s, newEvents(2), 'no_stream');
      await expectWrongVersion(s, 5, 1);
    });
  });

  describe('concurrent appenders', () => {
    const appenders = 16;

    it('lets exactly one of many appenders with the same expected revision win', async () => {
      const s = stream();
      const seed = await store().append(s, [newEvent()], 'no_stream');
      const batches = Array.from({ length: appenders }, () => newEvents(2));
      const outcomes = await Promise.allSettled(
        batches.map((batch) => store().append(s, batch, 0)),
      );

      const winners = outcomes.flatMap((o, i) => (o.status === 'fulfilled' ? [i] : []));
      expect(winners).toHaveLength(1);
      expect(outcomes[winners[0]]).toMatchObject({ value: { nextRevision: 2 } });
      for (const outcome of outcomes.filter((o) => o.status === 'rejected')) {
        expect(outcome.reason).toBeInstanceOf(WrongExpectedVersionError);
        expect(outcome.reason).toMatchObject({ streamId: s, expected: 0, actual: 2 });
      }
      const read = await collect(store().readStream(s));
      expect(revisions(read)).toEqual([0, 1, 2]);
      expect(read[0].position).toBe(seed.position);
      expect(ids(read.slice(1))).toEqual(ids(batches[winners[0]]));
    });

    it("lets exactly one of many 'no_stream' appenders create the stream", async () => {
      const s = stream();
      const batches = Array.from({ length: appenders }, () => [newEvent()]);
      const outcomes = await Promise.allSettled(
        batches.map((batch) => store().append(s, batch, 'no_stream')),
      );
      const winners = outcomes.flatMap((o, i) => (o.status === 'fulfilled' ? [i] : []));
      expect(winners).toHaveLength(1);
      for (const outcome of outcomes.filter((o) => o.status === 'rejected')) {
        expect(outcome.reason).toMatchObject({ streamId: s, expected: 'no_stream', actual: 0 });
      }
      expect(await readIds(s)).toEqual(ids(batches[winners[0]]));
    });

    it("keeps every event of many concurrent 'any' appenders, each batch contiguous", async () => {
      const s = stream();
      const batches = Array.from({ length: appenders }, () => newEvents(3));
      const results = await Promise.all(batches.map((batch) => store().append(s, batch, 'any')));
      const read = await collect(store().readStream(s));
      expect(revisions(read)).toEqual(Array.from({ length: appenders * 3 }, (_, i) => i));
      expect(new Set(ids(read)).size).toBe(appenders * 3);
      batches.forEach((batch, i) => {
        const last = results[i].nextRevision;
        expect(ids(read.slice(last - 2, last + 1))).toEqual(ids(batch));
        expect(read[last].position).toBe(results[i].position);
      });
    });

    it('keeps appends to many streams at once apart and complete', async () => {
      const streams = Array.from({ length: appenders }, stream);
      const batches = streams.map(() => newEvents(2));
      await Promise.all(streams.map((s, i) => store().append(s, batches[i], 'no_stream')));
      for (const [i, s] of streams.entries()) expect(await readIds(s)).toEqual(ids(batches[i]));
    });
  });

  describe('idempotent retries', () => {
    it('succeeds without writing twice when the same events are re-sent after the same revision', async () => {
      const s = stream();
      const batch = newEvents(2);
      const first = await store().append(s, batch, 'no_stream');
      const retry = await store().append(s, batch, 'no_stream');
      expect(retry).toEqual(first);
      expect(await readIds(s)).toEqual(ids(batch));
    });

    it('recognises a retry after the stream has moved on', async () => {
      const s = stream();
      await store().append(s, [newEvent()], 'no_stream');
      const batch = newEvents(2);
      const first = await store().append(s, batch, 0);
      const later = newEvent();
      await store().append(s, [later], 2);
      expect(await store().append(s, batch, 0)).toEqual(first);
      expect((await readIds(s)).slice(1)).toEqual([...ids(batch), later.id]);
    });

    it("recognises a retry with 'any'", async () => {
      const s = stream();
      const batch = newEvents(2);
      const first = await store().append(s, batch, 'any');
      expect(await store().append(s, batch, 'any')).toEqual(first);
      expect(await readIds(s)).toEqual(ids(batch));
    });

    it('refuses new events sent with the revision a retry would have used', async () => {
      const s = stream();
      await store().append(s, [newEvent()], 'no_stream');
      const error = await rejectionOf(store().append(s, [newEvent()], 'no_stream'));
      expect(error).toBeInstanceOf(WrongExpectedVersionError);
    });
  });
}
