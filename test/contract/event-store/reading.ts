import { StreamNotFoundError, type NewEvent, type RecordedEvent } from './port';
import {
  collect,
  expectStrictlyIncreasing,
  ids,
  newEvent,
  newEvents,
  rejectionOf,
  revisions,
  uniqueName,
  uniquePrefix,
  type StoreUnderTest,
} from './fixtures';

export function describeReading(store: StoreUnderTest): void {
  describe('reading a stream', () => {
    let streamId: string;
    let written: NewEvent[];

    beforeAll(async () => {
      streamId = uniqueName('consulate-');
      written = newEvents(5);
      await store().append(streamId, written.slice(0, 2), 'no_stream');
      await store().append(streamId, written.slice(2), 1);
    });

    const read = (options?: Parameters<ReturnType<StoreUnderTest>['readStream']>[1]) =>
      collect(store().readStream(streamId, options));

    it('reads forwards from revision 0 by default', async () => {
      const events = await read();
      expect(revisions(events)).toEqual([0, 1, 2, 3, 4]);
      expect(ids(events)).toEqual(ids(written));
      expect(events.every((e) => e.streamId === streamId)).toBe(true);
    });

    it('reads backwards from the last revision', async () => {
      const events = await read({ direction: 'backwards' });
      expect(revisions(events)).toEqual([4, 3, 2, 1, 0]);
      expect(ids(events)).toEqual(ids(written).reverse());
    });

    it('reads forwards from a revision, inclusive, up to a max count', async () => {
      expect(revisions(await read({ fromRevision: 2 }))).toEqual([2, 3, 4]);
      expect(revisions(await read({ fromRevision: 1, maxCount: 2 }))).toEqual([1, 2]);
    });

    it('reads backwards from a revision, inclusive, up to a max count', async () => {
      expect(revisions(await read({ direction: 'backwards', fromRevision: 2 }))).toEqual([2, 1, 0]);
      expect(revisions(await read({ direction: 'backwards', maxCount: 2 }))).toEqual([4, 3]);
      expect(
        revisions(await read({ direction: 'backwards', fromRevision: 3, maxCount: 1 })),
      ).toEqual([3]);
    });

    it('reads nothing past the end of an existing stream', async () => {
      expect(await read({ fromRevision: 5 })).toEqual([]);
    });

    it('reports a missing stream as not found when iterated', async () => {
      const missing = uniqueName('nowhere-');
      const iterable = store().readStream(missing);
      const error = await rejectionOf(collect(iterable));
      expect(error).toBeInstanceOf(StreamNotFoundError);
      expect(error).toMatchObject({ streamId: missing, code: 'EVENT_STORE.STREAM_NOT_FOUND' });
      await expect(
        collect(store().readStream(missing, { direction: 'backwards' })),
      ).rejects.toBeInstanceOf(StreamNotFoundError);
    });
  });

  describe('reading the global log', () => {
    let prefix: string;
    /** Every event this block wrote, in the order the appends were acknowledged. */
    let mine: RecordedEvent[];
    const types = { met: uniqueName('EnvoyMet'), sent: uniqueName('NoteSent') };

    beforeAll(async () => {
      prefix = uniquePrefix();
      const plan: Array<[string, string]> = [
        ['paris', types.met],
        ['rome', types.sent],
        ['paris', types.sent],
        ['vienna', types.met],
        ['rome', types.met],
        ['paris', types.met],
      ];
      for (const [city, type] of plan) await store().append(prefix + city, [newEvent(type)], 'any');
      mine = [];
      for (const city of ['paris', 'rome', 'vienna'])
        mine.push(...(await collect(store().readStream(prefix + city))));
      mine.sort((a, b) => a.position - b.position);
    });

    const readAll = (options: Parameters<ReturnType<StoreUnderTest>['readAll']>[0]) =>
      collect(store().readAll(options));

    it('orders events across streams by global position, in commit order', async () => {
      expectStrictlyIncreasing(mine.map((e) => e.position));
      expect(mine.map((e) => [e.streamId.slice(prefix.length), e.type])).toEqual([
        ['paris', types.met],
        ['rome', types.sent],
        ['paris', types.sent],
        ['vienna', types.met],
        ['rome', types.met],
        ['paris', types.met],
      ]);
    });

    it('reads forwards from a position, inclusive', async () => {
      const events = await readAll({
        fromPosition: mine[0].position,
        filter: { streamPrefixes: [prefix] },
      });
      expect(ids(events)).toEqual(ids(mine));
      expect(events).toEqual(mine);
      const fromThird = await readAll({
        fromPosition: mine[2].position,
        filter: { streamPrefixes: [prefix] },
      });
      expect(ids(fromThird)).toEqual(ids(mine.slice(2)));
    });

    it('reads backwards from the end, and from a position exclusive', async () => {
      const fromEnd = await readAll({
        direction: 'backwards',
        filter: { streamPrefixes: [prefix] },
      });
      expect(ids(fromEnd)).toEqual(ids(mine).reverse());
      const beforeLast = await readAll({
        direction: 'backwards',
        fromPosition: mine[5].position,
        filter: { streamPrefixes: [prefix] },
      });
      expect(ids(beforeLast)).toEqual(ids(mine.slice(0, 5)).reverse());
    });

    it('stops at a max count, counting only events that pass the filter', async () => {
      const firstTwo = await readAll({
        fromPosition: mine[0].position,
        maxCount: 2,
        filter: { streamPrefixes: [prefix] },
      });
      expect(ids(firstTwo)).toEqual(ids(mine.slice(0, 2)));
      const lastTwo = await readAll({
        direction: 'backwards',
        maxCount: 2,
        filter: { streamPrefixes: [prefix] },
      });
      expect(ids(lastTwo)).toEqual(ids(mine.slice(4)).reverse());
    });

    it('filters by event type', async () => {
      const met = await readAll({ filter: { eventTypes: [types.met] } });
      expect(ids(met)).toEqual(ids(mine.filter((e) => e.type === types.met)));
      const both = await readAll({
        direction: 'backwards',
        filter: { eventTypes: [types.sent, types.met] },
      });
      expect(ids(both)).toEqual(ids(mine).reverse());
    });

    it('filters by stream prefix, several prefixes meaning any of them', async () => {
      const romeOrVienna = await readAll({
        filter: { streamPrefixes: [prefix + 'rome', prefix + 'vienna'] },
      });
      expect(ids(romeOrVienna)).toEqual(ids(mine.filter((e) => !e.streamId.endsWith('paris'))));
    });

    it('treats a stream prefix literally, matching case', async () => {
      expect(
        await readAll({ filter: { streamPrefixes: [prefix.toUpperCase() + 'paris'] } }),
      ).toEqual([]);
      expect(await readAll({ filter: { streamPrefixes: [prefix + 'par%'] } })).toEqual([]);
      expect(await readAll({ filter: { streamPrefixes: [prefix + 'par_s'] } })).toEqual([]);
    });

    it('combines a type filter and a prefix filter', async () => {
      const parisMet = await readAll({
        filter: { eventTypes: [types.met], streamPrefixes: [prefix + 'paris'] },
      });
      expect(ids(parisMet)).toEqual(
        ids(mine.filter((e) => e.type === types.met && e.streamId.endsWith('paris'))),
      );
    });

    it('reads a log longer than any single page in order, without gaps or repeats', async () => {
      const bulkPrefix = uniquePrefix();
      const written: NewEvent[] = [];
      for (let i = 0; i < 7; i++) {
        const batch = newEvents(300);
        written.push(...batch);
        await store().append(`${bulkPrefix}${i % 2}`, batch, 'any');
      }
      const forwards = await readAll({ filter: { streamPrefixes: [bulkPrefix] } });
      expect(ids(forwards)).toEqual(ids(written));
      expectStrictlyIncreasing(forwards.map((e) => e.position));
      const backwards = await readAll({
        direction: 'backwards',
        filter: { streamPrefixes: [bulkPrefix] },
      });
      expect(ids(backwards)).toEqual(ids(forwards).reverse());
    });
  });
}
