import Database from 'better-sqlite3';
import { InvalidAppendError } from '../../libs/event-store/src/errors';
import { SqliteEventStore } from '../../libs/event-store/src/sqlite/sqlite-event-store';
import { collect, ids, newEvent, newEvents, temporaryDirectory } from './fixtures';

describe('group commit in the embedded store', () => {
  const tmp = temporaryDirectory('group-commit');
  let store: SqliteEventStore;
  let observer: Database.Database;
  const streamIds = (prefix: string, n: number) =>
    Array.from({ length: n }, (_, i) => `${prefix}-${i}`);

  beforeAll(() => {
    store = SqliteEventStore.open(tmp.path('events.sqlite'));
    observer = new Database(tmp.path('events.sqlite'), { readonly: true });
  });
  afterAll(async () => {
    observer.close();
    await store.close();
  });

  it('commits appends made together in one transaction', async () => {
    const before = store.commits.count;
    const streams = streamIds('envoy', 64);
    await Promise.all(streams.map((s) => store.append(s, [newEvent()], 'no_stream')));
    expect(store.commits.count - before).toBe(1);
  });

  it('puts appends made while a commit is being acknowledged into the next transaction', async () => {
    const before = store.commits.count;
    const [first, second] = streamIds('attache', 2);
    await Promise.all([
      store
        .append(first, [newEvent()], 'no_stream')
        .then(() => store.append(first, [newEvent()], 0)),
      store.append(second, [newEvent()], 'no_stream'),
    ]);
    expect(store.commits.count - before).toBe(2);
  });

  it('acknowledges an append only once another connection can read it', async () => {
    const visible = observer
      .prepare<[string], number>('SELECT COUNT(*) FROM events WHERE event_id = ?')
      .pluck();
    const events = newEvents(32);
    const seen = await Promise.all(
      events.map((e, i) =>
        store.append(`courier-${i}`, [e], 'no_stream').then(() => visible.get(e.id)),
      ),
    );
    expect(seen).toEqual(events.map(() => 1));
  });

  it('undoes a refused append alone, committing the others of its transaction', async () => {
    const taken = newEvent();
    await store.append('registry', [taken], 'no_stream');
    const before = store.commits.count;
    const good = [newEvents(2), newEvents(2)];
    // Fails on its second insert, after its first row is already written in the transaction.
    const reusing = [newEvent(), { ...newEvent(), id: taken.id }];
    const outcomes = await Promise.allSettled([
      store.append('legation-a', good[0], 'no_stream'),
      store.append('legation-b', reusing, 'no_stream'),
      store.append('legation-c', good[1], 'no_stream'),
    ]);
    expect(store.commits.count - before).toBe(1);
    expect(outcomes.map((o) => o.status)).toEqual(['fulfilled', 'rejected', 'fulfilled']);
    expect((outcomes[1] as PromiseRejectedResult).reason).toBeInstanceOf(InvalidAppendError);
    expect(ids(await collect(store.readStream('legation-a')))).toEqual(ids(good[0]));
    expect(ids(await collect(store.readStream('legation-c')))).toEqual(ids(good[1]));
    await expect(collect(store.readStream('legation-b'))).rejects.toThrow('not found');
    expect(
      observer.prepare('SELECT COUNT(*) FROM events WHERE event_id = ?').pluck().get(reusing[0].id),
    ).toBe(0);
  });
});
