import { READ_MODEL_PROJECTIONS } from '@chancery/read-models';
import type { ProjectionRunner } from '@chancery/projections';
import { diplomaticLog } from './support/diplomatic-log';
import { appendAll, dump, Fixture, openFixture, settled } from './support/fixtures';

describe('read models', () => {
  let f: Fixture;
  beforeEach(async () => (f = await openFixture()));
  afterEach(() => f.close());

  const dumpAll = async (engine: ReturnType<Fixture['engine']>) =>
    Object.fromEntries(
      await Promise.all(
        READ_MODEL_PROJECTIONS.map(async (p) => [p.name, await dump(engine.reader(p.name), p)]),
      ),
    );

  it('applying the log live gives exactly what a rebuild from zero gives, for every projection', async () => {
    const log = [...diplomaticLog(2500, 7, 20, 150)];
    await appendAll(f.store, log.slice(0, 1000));
    const engine = f.engine(READ_MODEL_PROJECTIONS, 97);
    await engine.start();
    for (let i = 1000; i < log.length; i += 500) {
      await appendAll(f.store, log.slice(i, i + 500), 50);
    }
    await settled(engine, f.store);
    const live = await dumpAll(engine);
    expect(live.partnerships.engagements.length).toBeGreaterThan(300);
    expect(live.follow_ups.follow_ups.length).toBeGreaterThan(120);
    expect(live.pledges.pledges.length).toBeGreaterThan(120);
    expect(live.timeline.entries.length).toBeGreaterThan(300);
    expect(live.dossiers.attendance.length).toBeGreaterThan(300);
    expect((await engine.deadLetters()).length).toBe(0);

    await engine.rebuild(...engine.names());
    await engine.whenRebuilt(engine.names());
    expect((await engine.status()).every((s) => s.generation === 2)).toBe(true);
    expect(await dumpAll(engine)).toEqual(live);
  });

  it('feeding the same batch twice changes nothing', async () => {
    await appendAll(f.store, diplomaticLog(1200, 3, 10, 60));
    const engine = f.engine(READ_MODEL_PROJECTIONS);
    await engine.start();
    await settled(engine, f.store);
    await engine.stop();
    const before = await dumpAll(engine);
    const batch = [];
    for await (const e of f.store.readAll({ fromPosition: 600, maxCount: 300 })) batch.push(e);
    const live = (engine as unknown as { live: ProjectionRunner }).live;
    await live.applyBatch(batch);
    await live.applyBatch(batch);
    expect(await dumpAll(engine)).toEqual(before);
  });
});
