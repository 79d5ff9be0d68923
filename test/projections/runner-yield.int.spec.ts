import { ProjectionEngine } from '@chancery/projections';
import { event, Fixture, openFixture, settled } from './support/fixtures';
import { tally } from './support/tally.projection';

/**
 * Not timed: a catch-up must let the event loop turn between its batches, or everything else on
 * its thread (the live generation's poll, a worker's calls, timers) waits until it has caught up.
 */
describe('projection runner: catching up yields to the event loop', () => {
  let f: Fixture;
  let engine: ProjectionEngine;
  let head: number;
  beforeEach(async () => {
    f = await openFixture();
    for (let i = 0; i < 6; i++)
      await f.store.append(
        `s-${i}`,
        Array.from({ length: 500 }, () => event('Counted', {})),
        'no_stream',
      );
    head = (await f.store.headPosition())!;
    engine = new ProjectionEngine(f.store, f.storage, [tally()], {
      clock: f.clock,
      batchSize: 50,
      catchUpBatchSize: 100,
      retryMs: 50,
      retireDelayMs: 0,
    });
  });
  afterEach(async () => {
    await engine.stop();
    await f.close();
  });

  it('a first start: an immediate runs while the checkpoint is between zero and the head', async () => {
    const seen: Array<number | null> = [];
    const tick = () => {
      const position = engine.position('tally');
      seen.push(position);
      if ((position ?? -1) < head) setImmediate(tick);
    };
    const started = engine.start();
    setImmediate(tick);
    await started;
    await settled(engine, f.store);
    expect(seen.some((p) => p !== null && p < head)).toBe(true);
  });

  it('a rebuild: a timer runs while the next generation is below the head', async () => {
    await engine.start();
    await settled(engine, f.store);
    const seen: Array<number | null | undefined> = [];
    const done = new Promise<void>((resolve) => {
      const tick = () =>
        engine.status().then(([status]) => {
          seen.push(status.rebuild?.position);
          if (status.rebuild && (status.rebuild.position ?? -1) < head) setTimeout(tick, 0);
          else resolve();
        });
      void engine.rebuild('tally');
      setTimeout(tick, 0);
    });
    await done;
    await engine.whenRebuilt(['tally']);
    expect(seen.some((p) => typeof p === 'number' && p < head)).toBe(true);
    expect(await engine.reader('tally').count('seen')).toBe(3000);
  });
});
