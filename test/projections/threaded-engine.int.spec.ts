import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ProjectionLagError,
  RebuildInProgressError,
  SqliteReadModelStorage,
  ThreadedProjectionEngine,
  UnknownProjectionError,
} from '@chancery/projections';
import { SqliteEventStore } from '../../libs/event-store/src/sqlite/sqlite-event-store';
import { event, until } from './support/fixtures';

const counted = (n: number) => Array.from({ length: n }, () => event('Counted', {}));

describe('a projection engine in a worker thread', () => {
  let dir: string;
  let store: SqliteEventStore;
  let engine: ThreadedProjectionEngine;
  let restarts: string[];

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'chancery-threaded-'));
    store = SqliteEventStore.open(join(dir, 'events.sqlite'));
    restarts = [];
    engine = tallyEngine(20);
    await engine.start();
  });

  const tallyEngine = (restartMs: number) =>
    new ThreadedProjectionEngine({
      entry: join(__dirname, 'support', 'tally-thread.ts'),
      workerData: { dir },
      openStorage: () => SqliteReadModelStorage.openForQueries(join(dir, 'read-models.sqlite')),
      restartMs,
      onRestart: (reason) => restarts.push(reason),
    });

  afterEach(async () => {
    await engine.stop();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const counts = () => engine.reader('tally').select('counts', { orderBy: [['stream_id', 'asc']] });

  it('applies what this thread appends, and read-your-writes waits for the worker to commit it', async () => {
    const { position } = await store.append('s-1', counted(3), 'no_stream');
    await engine.waitFor('tally', position, 20_000);
    expect(engine.position('tally')).toBe(position);
    expect(await counts()).toEqual([{ stream_id: 's-1', n: 3, label: null }]);
  });

  it('a position the worker has not reached times out with the lag', async () => {
    const { position } = await store.append('s-1', counted(1), 'no_stream');
    await engine.waitFor('tally', position, 20_000);
    const waiting = engine.waitFor('tally', position + 10, 50);
    await expect(waiting).rejects.toBeInstanceOf(ProjectionLagError);
    await expect(waiting).rejects.toMatchObject({ lag: { position, eventsBehind: 0 } });
  });

  it('answers status, dead letters and rebuilds from the worker; unknown names stay 404-able', async () => {
    await store.append('s-1', [...counted(2), event('Counted', { poison: true })], 'no_stream');
    const { position } = await store.append('s-2', counted(1), 'no_stream');
    await engine.waitFor('tally', position, 20_000);
    expect(await engine.deadLetters()).toEqual([
      expect.objectContaining({ name: 'tally', eventType: 'Counted', position: position - 1 }),
    ]);
    expect(await engine.status()).toEqual([
      expect.objectContaining({ name: 'tally', state: 'live', generation: 1, deadLetters: 1 }),
    ]);

    expect(await engine.rebuild('tally')).toEqual([{ name: 'tally', generation: 2 }]);
    await until(async () => (await engine.status())[0].generation === 2);
    expect(await counts()).toEqual([
      { stream_id: 's-1', n: 2, label: null },
      { stream_id: 's-2', n: 1, label: null },
    ]);

    expect(() => engine.reader('nope')).toThrow(UnknownProjectionError);
    await expect(engine.rebuild('nope')).rejects.toBeInstanceOf(UnknownProjectionError);
  });

  it('refuses a second rebuild while one runs, as the error callers tell apart', async () => {
    const { position } = await store.append('s-1', counted(20_000), 'no_stream');
    await engine.waitFor('tally', position, 20_000);
    await engine.rebuild('tally');
    const second = engine.rebuild('tally');
    await expect(second).rejects.toBeInstanceOf(RebuildInProgressError);
    await expect(second).rejects.toMatchObject({ code: 'PROJECTIONS.REBUILD_IN_PROGRESS' });
  });

  it('a worker that dies mid-batch is started again and resumes from its checkpoint: nothing counted twice', async () => {
    const first = await store.append('s-1', counted(5), 'no_stream');
    await engine.waitFor('tally', first.position, 20_000);
    writeFileSync(join(dir, 'crash-once'), '');
    const { position } = await store.append(
      's-1',
      [event('Counted', {}), event('Crash', {}), event('Counted', {})],
      first.nextRevision,
    );
    await engine.waitFor('tally', position, 10_000);
    expect(existsSync(join(dir, 'crash-once'))).toBe(false);
    expect(restarts).toEqual(['the projection worker exited']);
    expect(await counts()).toEqual([{ stream_id: 's-1', n: 7, label: null }]);
  });

  it('a worker that died stays down when the engine is stopped before it is started again', async () => {
    await engine.stop();
    const slow = tallyEngine(300);
    await slow.start();
    writeFileSync(join(dir, 'crash-once'), '');
    await store.append('s-1', [event('Crash', {})], 'no_stream');
    await until(() => restarts.length === 1, 10_000);
    await slow.stop();
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect((slow as unknown as { worker: unknown }).worker).toBeNull();
  });
});
