import Database from 'better-sqlite3';
import { join } from 'node:path';
import type { GenerationRef } from '@chancery/projections';
import { Fixture, openFixture } from './support/fixtures';
import { tally } from './support/tally.projection';

/**
 * Housekeeping (create, index, promote, drop, resume) shares the writer connection with the
 * runners' batches: it must never end up inside a batch that is open and awaiting, or a rollback
 * of that batch undoes it on disk while the engine believes it happened.
 */
describe('storage housekeeping beside an open batch', () => {
  let f: Fixture;
  beforeEach(async () => (f = await openFixture()));
  afterEach(() => f.close());

  const tables = tally().tables;
  const ref = (generation: number): GenerationRef => ({ name: 'tally', generation });
  const schema = () => {
    const db = new Database(join(f.dir, 'read-models.sqlite'), { readonly: true });
    const names = db
      .prepare("SELECT name FROM sqlite_master WHERE name LIKE 'rm_tally_%' ORDER BY name")
      .pluck()
      .all();
    db.close();
    return names;
  };

  it('survives the rollback of a batch that was awaiting when it was asked for', async () => {
    await f.storage.createGeneration(ref(1), 1, 'active', tables);
    await f.storage.createGeneration(ref(3), 1, 'building', tables);
    await f.storage.transaction(async (s) => s.halt(ref(1), 'poison at 4'));

    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let started!: () => void;
    const open = new Promise<void>((resolve) => (started = resolve));
    const batch = f.storage.transaction(async (s) => {
      s.writer(ref(1)).insert('seen', { position: 9, stream_id: 'a', data: {} });
      s.advance(ref(1), null, 9, '2024-10-14T10:00:00Z');
      started();
      await gate; // a stream-history read, or any async step of `apply`
      throw new Error('poison');
    });
    await open;

    const housekeeping = Promise.all([
      f.storage.createGeneration(ref(2), 1, 'building', tables),
      f.storage.ensureIndexes(ref(2), tables),
      f.storage.resume(ref(1)),
      f.storage.promote(ref(2), ref(1)),
      f.storage.dropGeneration(ref(3), tables),
    ]);
    release();
    await expect(batch).rejects.toThrow('poison');
    await housekeeping;

    expect(await f.storage.states()).toEqual([
      expect.objectContaining({ generation: 1, role: 'retired', haltedBy: null, position: null }),
      expect.objectContaining({ generation: 2, role: 'active', position: null }),
    ]);
    expect(schema()).toEqual([
      'rm_tally_g1_counts',
      'rm_tally_g1_seen',
      'rm_tally_g2_counts',
      'rm_tally_g2_counts_pk',
      'rm_tally_g2_seen',
      'rm_tally_g2_seen_pk',
    ]);
    // The generation it created takes batches afterwards: its row is on disk.
    await f.storage.transaction(async (s) => s.advance(ref(2), null, 1, '2024-10-14T10:00:00Z'));
  });

  it('waits for the open batch instead of running inside it', async () => {
    await f.storage.createGeneration(ref(1), 1, 'active', tables);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    const order: string[] = [];
    const batch = f.storage.transaction(async () => {
      await gate;
      order.push('batch');
    });
    await new Promise((resolve) => setImmediate(resolve));
    const created = f.storage
      .createGeneration(ref(2), 1, 'building', tables)
      .then(() => order.push('created'));
    await new Promise((resolve) => setTimeout(resolve, 20));
    release();
    await Promise.all([batch, created]);
    expect(order).toEqual(['batch', 'created']);
  });
});
