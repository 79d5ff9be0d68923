import Database from 'better-sqlite3';
import { EventStoreUnavailableError } from '../../libs/event-store/src/errors';
import { SqliteEventStore } from '../../libs/event-store/src/sqlite/sqlite-event-store';
import {
  collect,
  eventsOf,
  ids,
  newEvent,
  newEvents,
  rejectionOf,
  takeUntil,
  temporaryDirectory,
} from './fixtures';

describe('the embedded store on disk', () => {
  const tmp = temporaryDirectory('lifecycle');

  it('creates its directory and one file in WAL mode', async () => {
    const file = tmp.path('nested', 'data', 'events.sqlite');
    const store = SqliteEventStore.open(file);
    await store.append('mission', [newEvent()], 'no_stream');
    await store.close();
    const db = new Database(file, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.prepare('SELECT COUNT(*) FROM events').pluck().get()).toBe(1);
    db.close();
  });

  it('keeps its events and goes on numbering after a reopen', async () => {
    const file = tmp.path('reopen.sqlite');
    const first = SqliteEventStore.open(file);
    const written = newEvents(3);
    const { position } = await first.append('embassy', written, 'no_stream');
    await first.close();
    const again = SqliteEventStore.open(file);
    expect(ids(await collect(again.readStream('embassy')))).toEqual(ids(written));
    expect(await again.headPosition()).toBe(position);
    const next = await again.append('embassy', [newEvent()], 2);
    expect(next).toEqual({ nextRevision: 3, position: expect.any(Number) });
    expect(next.position).toBeGreaterThan(position);
    await again.close();
  });

  it('commits appends still queued when it is closed, then refuses new work', async () => {
    const file = tmp.path('close.sqlite');
    const store = SqliteEventStore.open(file);
    const queued = store.append('consulate', newEvents(2), 'no_stream');
    await store.close();
    expect(await queued).toEqual({ nextRevision: 1, position: expect.any(Number) });
    expect(await rejectionOf(store.append('consulate', [newEvent()], 1))).toBeInstanceOf(
      EventStoreUnavailableError,
    );
    expect(await store.health()).toMatchObject({ ok: false });
    const reopened = SqliteEventStore.open(file);
    expect(await collect(reopened.readStream('consulate'))).toHaveLength(2);
    await reopened.close();
  });

  it('reports itself healthy while open', async () => {
    const store = SqliteEventStore.open(tmp.path('health.sqlite'));
    expect(await store.health()).toMatchObject({ ok: true });
    await store.close();
  });

  it('delivers to a live subscription events another process wrote to the same file', async () => {
    const file = tmp.path('shared.sqlite');
    const api = SqliteEventStore.open(file, { pollIntervalMs: 20 });
    const cli = SqliteEventStore.open(file);
    const written = newEvents(3);
    const messages = await takeUntil(api.subscribeToAll(), (m) => eventsOf(m).length === 3, {
      onMessage: async (m) =>
        void (m.kind === 'caughtUp' && (await cli.append('delegation', written, 'no_stream'))),
    });
    expect(ids(eventsOf(messages))).toEqual(ids(written));
    await cli.close();
    await api.close();
  });

  it('ends its subscriptions when it is closed', async () => {
    const store = SqliteEventStore.open(tmp.path('subscribed.sqlite'));
    const subscription = store.subscribeToAll();
    const kinds: string[] = [];
    let caughtUp!: () => void;
    const waiting = new Promise<void>((resolve) => (caughtUp = resolve));
    const iterating = (async () => {
      for await (const m of subscription) {
        kinds.push(m.kind);
        caughtUp();
      }
    })();
    await waiting;
    await store.close();
    await iterating;
    expect(kinds).toEqual(['caughtUp']);
  });
});
