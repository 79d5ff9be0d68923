import Database from 'better-sqlite3';
import { join } from 'node:path';
import { event, Fixture, openFixture, settled } from './support/fixtures';
import { tally } from './support/tally.projection';

/** A generation is written with no index at all; its key and secondary indexes come once it has caught up. */
describe('indexes of a generation', () => {
  let f: Fixture;
  beforeEach(async () => (f = await openFixture()));
  afterEach(() => f.close());

  const projection = () => {
    const p = tally();
    return { ...p, tables: p.tables.map((t) => ({ ...t, indexes: [['stream_id']] })) };
  };
  const indexes = (generation: number) => {
    const db = new Database(join(f.dir, 'read-models.sqlite'), { readonly: true });
    const names = db
      .prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND name LIKE ? ORDER BY name")
      .pluck()
      .all(`rm_tally_g${generation}_%`);
    db.close();
    return names;
  };

  it('creates a generation without indexes, and builds them on demand', async () => {
    const p = projection();
    await f.storage.createGeneration({ name: 'tally', generation: 7 }, 1, 'building', p.tables);
    expect(indexes(7)).toEqual([]);
    await f.storage.ensureIndexes({ name: 'tally', generation: 7 }, p.tables);
    await f.storage.ensureIndexes({ name: 'tally', generation: 7 }, p.tables);
    expect(indexes(7)).toEqual([
      'rm_tally_g7_counts_i0',
      'rm_tally_g7_counts_pk',
      'rm_tally_g7_seen_i0',
      'rm_tally_g7_seen_pk',
    ]);
  });

  it('builds them once caught up, and a rebuild takes over only with them', async () => {
    await f.store.append(
      'a',
      Array.from({ length: 150 }, () => event('Counted', {})),
      'any',
    );
    const engine = f.engine([projection()]);
    await engine.start();
    await settled(engine, f.store);
    const live = async () => (await engine.status())[0].state === 'live';
    while (!(await live())) await new Promise((r) => setTimeout(r, 10));
    expect(indexes(1)).toEqual(
      expect.arrayContaining(['rm_tally_g1_seen_i0', 'rm_tally_g1_seen_pk']),
    );

    await engine.rebuild('tally');
    await engine.whenRebuilt(['tally']);
    expect((await engine.status())[0].generation).toBe(2);
    expect(indexes(2)).toEqual(
      expect.arrayContaining(['rm_tally_g2_seen_i0', 'rm_tally_g2_seen_pk']),
    );
  });
});
