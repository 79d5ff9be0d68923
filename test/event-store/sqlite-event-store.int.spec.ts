import { SqliteEventStore } from '../../libs/event-store/src/sqlite/sqlite-event-store';
import { describeEventStoreContract } from '../contract/event-store.contract';
import { collect, eventsOf, ids, newEvent, takeUntil, temporaryDirectory } from './fixtures';

const tmp = temporaryDirectory('sqlite-store');

/** A store in a file of its own, so it is empty when opened. */
const openIn = (dir: string, options?: Parameters<typeof SqliteEventStore.open>[1]) => async () => {
  const store = SqliteEventStore.open(tmp.path(dir, 'events.sqlite'), options);
  return { store, dispose: () => store.close() };
};

describeEventStoreContract('embedded SQLite', openIn('contract'), openIn('contract-empty'));

// Pages of three and scan windows of seven make every read cross many page and window bounds.
describeEventStoreContract(
  'embedded SQLite, tiny pages',
  openIn('tiny-pages', { pageSize: 3, scanWindow: 7 }),
  openIn('tiny-pages-empty', { pageSize: 3, scanWindow: 7 }),
);

describe('embedded SQLite reading sparse matches across scan windows', () => {
  it('misses no filtered event at any window or page bound, in either direction', async () => {
    const store = SqliteEventStore.open(tmp.path('windows', 'events.sqlite'), {
      pageSize: 2,
      scanWindow: 5,
    });
    try {
      for (let i = 0; i < 60; i++)
        await store.append(`legation-${i % 4}`, [newEvent(`Type${i % 3}`)], 'any');
      const all = await collect(store.readAll());
      for (const type of ['Type0', 'Type1', 'Type2']) {
        const expected = ids(all.filter((e) => e.type === type));
        expect(ids(await collect(store.readAll({ filter: { eventTypes: [type] } })))).toEqual(
          expected,
        );
        const backwards = await collect(
          store.readAll({ direction: 'backwards', filter: { eventTypes: [type] } }),
        );
        expect(ids(backwards)).toEqual([...expected].reverse());
        const subscribed = await takeUntil(
          store.subscribeToAll({ filter: { eventTypes: [type] } }),
          (m) => m.some((x) => x.kind === 'caughtUp'),
        );
        expect(ids(eventsOf(subscribed))).toEqual(expected);
      }
    } finally {
      await store.close();
    }
  });
});
