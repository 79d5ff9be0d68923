import type { RecordedEvent } from './port';
import {
  collect,
  newEvent,
  newEvents,
  uniquePrefix,
  type OpenEventStore,
  type StoreUnderTest,
} from './fixtures';

/** More than any log under test holds: the count is bounded by the log, not by `atMost`. */
const BIG = 1_000_000;

/** Seven events over three streams, one append of three among them; returns them in log order. */
async function appendAcrossStreams(store: ReturnType<StoreUnderTest>): Promise<RecordedEvent[]> {
  const prefix = uniquePrefix();
  await store.append(`${prefix}paris`, [newEvent()], 'any');
  await store.append(`${prefix}rome`, newEvents(3), 'any');
  await store.append(`${prefix}paris`, [newEvent()], 'any');
  await store.append(`${prefix}vienna`, newEvents(2), 'any');
  const mine = await collect(store.readAll({ filter: { streamPrefixes: [prefix] } }));
  expect(mine).toHaveLength(7);
  return mine;
}

export function describeCounting(store: StoreUnderTest, openEmpty?: OpenEventStore): void {
  describe('counting the global log', () => {
    it('counts the events after each position, not the distance between positions', async () => {
      const before = await store().headPosition();
      const mine = await appendAcrossStreams(store());
      expect(await store().countAfter(before, BIG)).toBe(7);
      for (let k = 1; k <= mine.length; k++)
        expect(await store().countAfter(mine[k - 1].position, BIG)).toBe(mine.length - k);
      expect(await store().countAfter(await store().headPosition(), BIG)).toBe(0);
    });

    it('stops counting at atMost', async () => {
      const mine = await appendAcrossStreams(store());
      expect(await store().countAfter(null, 3)).toBe(3);
      expect(await store().countAfter(mine[0].position, 3)).toBe(3);
      expect(await store().countAfter(mine[0].position, 6)).toBe(6);
      expect(await store().countAfter(mine[0].position, 1)).toBe(1);
      expect(await store().countAfter(null, 0)).toBe(0);
    });

    it('counts from the start exactly what readAll reads, and nothing it leaves out', async () => {
      await appendAcrossStreams(store());
      const all = await collect(store().readAll());
      expect(await store().countAfter(null, BIG)).toBe(all.length);
      expect(await store().countAfter(all[1].position, BIG)).toBe(all.length - 2);
    });

    // Counting from the start needs a log of known content, which a real server cannot give.
    (openEmpty ? describe : describe.skip)('on a store opened empty', () => {
      let opened: Awaited<ReturnType<OpenEventStore>> | undefined;
      const empty = () => {
        if (!opened) throw new Error('the empty store failed to open');
        return opened.store;
      };
      beforeAll(async () => {
        opened = await openEmpty?.();
      });
      afterAll(async () => {
        await opened?.dispose();
      });

      it('counts nothing in an empty log, whatever the bound', async () => {
        expect(await empty().headPosition()).toBeNull();
        expect(await empty().countAfter(null, BIG)).toBe(0);
        expect(await empty().countAfter(null, 1)).toBe(0);
      });

      it('counts every event from the start, and the events after the k-th', async () => {
        const mine = await appendAcrossStreams(empty());
        expect(await empty().countAfter(null, BIG)).toBe(7);
        expect(await empty().countAfter(null, 3)).toBe(3);
        for (let k = 1; k <= mine.length; k++)
          expect(await empty().countAfter(mine[k - 1].position, BIG)).toBe(mine.length - k);
        const head = await empty().headPosition();
        expect(head).toBe(mine[6].position);
        expect(await empty().countAfter(head, BIG)).toBe(0);
      });
    });
  });
}
