import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { ProjectionEngine, SqliteReadModelStorage } from '@chancery/projections';
import { READ_MODEL_PROJECTIONS } from '@chancery/read-models';
import { diplomaticLog } from './support/diplomatic-log';
import { appendAll, dump, Fixture, openFixture, settled } from './support/fixtures';

const ROOT = join(__dirname, '..', '..');

/** Starts the child and resolves once it is frozen inside `apply`, mid-batch. */
function childStalledAt(dir: string, position: number, batchSize: number) {
  // `node --import tsx`, not the tsx CLI: the CLI forks, and SIGKILL must reach the process holding the database.
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      join(__dirname, 'support/engine-child.ts'),
      dir,
      String(position),
      String(batchSize),
    ],
    {
      cwd: ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    },
  );
  const stalled = new Promise<void>((resolve, reject) => {
    child.stdout.on('data', (chunk: Buffer) => chunk.toString().includes('stalled') && resolve());
    child.on('exit', (code) => reject(new Error(`child exited (${code}) before stalling`)));
  });
  const exited = new Promise<NodeJS.Signals | null>((resolve) =>
    child.on('exit', (_code, signal) => resolve(signal)),
  );
  return { child, stalled, exited };
}

describe('a projection process killed mid-batch', () => {
  let f: Fixture;
  beforeEach(async () => (f = await openFixture()));
  afterEach(() => f.close());

  it('restarts from its last committed checkpoint to a read model identical to a rebuild', async () => {
    await appendAll(f.store, diplomaticLog(1500, 11, 10, 80));
    await f.storage.close(); // the child owns the read models until it dies; we reopen them as a restart would
    const { child, stalled, exited } = childStalledAt(f.dir, 1250, 100);
    await stalled;
    child.kill('SIGKILL');
    expect(await exited).toBe('SIGKILL');

    // Nothing of the batch in flight (1201..1300) was committed: every checkpoint is at a batch boundary.
    const storage = SqliteReadModelStorage.open(join(f.dir, 'read-models.sqlite'));
    const states = await storage.states();
    expect(states).toHaveLength(READ_MODEL_PROJECTIONS.length);
    for (const s of states) expect(s.position).toBe(1200);

    const engine = new ProjectionEngine(f.store, storage, READ_MODEL_PROJECTIONS, {
      clock: f.clock,
      batchSize: 100,
      retireDelayMs: 0,
    });
    await engine.start();
    await settled(engine, f.store);
    const dumpAll = async () =>
      Promise.all(
        READ_MODEL_PROJECTIONS.map(async (p) => [p.name, await dump(engine.reader(p.name), p)]),
      );
    const restarted = await dumpAll();
    await engine.rebuild(...engine.names());
    await engine.whenRebuilt(engine.names());
    expect(await dumpAll()).toEqual(restarted);
    await engine.stop();
    await storage.close();
  });
});
