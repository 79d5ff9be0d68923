import Database from 'better-sqlite3';
import { join } from 'node:path';
import type { Merge, ReadModelWriter, Row, TableSpec } from '@chancery/projections';
import { Fixture, openFixture } from './support/fixtures';

/**
 * A generation still catching up has no key index: its writer finds rows through an in-memory
 * index instead. Whatever the writes, the rows must be exactly those a table with its key index
 * gets, and the key index must still build (no duplicate key slipped in).
 */
const TABLES: TableSpec[] = [
  {
    name: 'pairs',
    columns: { a: 'text', b: 'integer', n: 'integer', lo: 'text', hi: 'text', note: 'json' },
    primaryKey: ['a', 'b'],
  },
];
const ref = (generation: number) => ({ name: 'mix', generation });

function prng(seed: number) {
  let s = seed;
  return () => (s = (Math.imul(s, 1103515245) + 12345) >>> 0) / 2 ** 32;
}

/** A write the key index refuses fails alike either way; the test goes on past it. */
function unique(write: () => void) {
  try {
    write();
  } catch (error) {
    if (!String(error).includes('UNIQUE constraint failed')) throw error;
  }
}

/** One step of a seeded mix of every write the port has, on a small key space so keys repeat. */
async function step(tx: ReadModelWriter, rnd: () => number, byKeyOnly: boolean): Promise<void> {
  const a = `k${Math.floor(rnd() * 12)}`;
  // An integer column, bound as a number or as text: 3, '3' and '3.0' are all the key 3.
  const n = Math.floor(rnd() * 6);
  const b = [n, String(n), `${n}.0`][Math.floor(rnd() * 3)];
  const word = `w${Math.floor(rnd() * 50)}`;
  // Writes by less than the key need the key index: they make the writer build it at once.
  const op = rnd() * (byKeyOnly ? 0.9 : 1);
  if (op < 0.4) {
    const merge: Record<string, Merge> = { n: 'add', lo: 'min', hi: 'max', note: 'keep' };
    tx.upsert('pairs', { a, b, n: 1, lo: word, hi: word, note: { word } }, merge);
  } else if (op < 0.5) tx.upsert('pairs', { a, b, note: [word] });
  else if (op < 0.55) tx.upsert('pairs', { a, b });
  else if (op < 0.65) unique(() => tx.insert('pairs', { a, b, n: 100, lo: word }));
  else if (op < 0.75) tx.update('pairs', { a, b }, { hi: word });
  else if (op < 0.85) tx.delete('pairs', { a, b });
  else if (op < 0.9) {
    const row = await tx.get('pairs', { a, b });
    if (row) tx.update('pairs', { b, a }, { lo: `seen ${String(row.n)}` });
  } else if (op < 0.93) tx.delete('pairs', { a });
  else if (op < 0.96) tx.update('pairs', { a }, { n: 0 });
  else unique(() => tx.update('pairs', { a, b }, { a: `${a}x` }));
}

describe('a generation written before its key index', () => {
  let f: Fixture;
  beforeEach(async () => (f = await openFixture()));
  afterEach(() => f.close());

  const keyIndexed = (generation: number) => {
    const db = new Database(join(f.dir, 'read-models.sqlite'), { readonly: true });
    const name = `rm_mix_g${generation}_pairs_pk`;
    const found = db.prepare('SELECT 1 FROM sqlite_master WHERE name = ?').get(name);
    db.close();
    return found !== undefined;
  };
  const rows = (generation: number) =>
    f.storage.reader(ref(generation)).select('pairs', {
      orderBy: [
        ['a', 'asc'],
        ['b', 'asc'],
      ],
    });

  /** 50 steps a batch; every fifth batch rolls back, and what it wrote must go, on disk and in memory. */
  async function run(generation: number, rnd: () => number, batches: number, byKeyOnly: boolean) {
    for (let batch = 1; batch <= batches; batch++) {
      const abort = batch % 5 === 0;
      await f.storage
        .transaction(async (session) => {
          const tx = session.writer(ref(generation));
          for (let i = 0; i < 50; i++) await step(tx, rnd, byKeyOnly);
          if (abort) throw new Error('abort');
        })
        .catch((error: unknown) => {
          if (!abort) throw error;
        });
    }
  }

  it('ends with the same rows as one written with its key index, whatever the writes', async () => {
    for (const seed of [1, 2, 3]) {
      const [bulk, indexed] = [seed * 10, seed * 10 + 1];
      await f.storage.createGeneration(ref(bulk), 1, 'building', TABLES);
      await f.storage.createGeneration(ref(indexed), 1, 'building', TABLES);
      await f.storage.ensureIndexes(ref(indexed), TABLES);
      const [r1, r2] = [prng(seed), prng(seed)];
      await run(bulk, r1, 40, true);
      await run(indexed, r2, 40, true);
      expect(keyIndexed(bulk)).toBe(false);
      expect(await rows(bulk)).toEqual(await rows(indexed));
      await run(bulk, r1, 4, false);
      await run(indexed, r2, 4, false);
      expect(keyIndexed(bulk)).toBe(true);
      const written = await rows(bulk);
      expect(written.length).toBeGreaterThan(10);
      expect(written).toEqual(await rows(indexed));
    }
  });

  it('builds a key index that holds what was written without one', async () => {
    await f.storage.createGeneration(ref(1), 1, 'building', TABLES);
    await run(1, prng(7), 20, true);
    const written = await rows(1);
    await f.storage.ensureIndexes(ref(1), TABLES);
    expect(keyIndexed(1)).toBe(true);
    expect(await rows(1)).toEqual(written);
  });

  it('goes on without a key index that a rolled-back transaction had built', async () => {
    await f.storage.createGeneration(ref(1), 1, 'building', TABLES);
    const upsert = (row: Row) =>
      f.storage.transaction(async (s) => s.writer(ref(1)).upsert('pairs', row, { n: 'add' }));
    await upsert({ a: 'x', b: 1, n: 1 });
    const rolledBack = f.storage.transaction(async (s) => {
      s.writer(ref(1)).delete('pairs', { a: 'x' }); // not by the whole key: builds the key index
      throw new Error('abort');
    });
    await expect(rolledBack).rejects.toThrow('abort');
    expect(keyIndexed(1)).toBe(false);
    await upsert({ a: 'x', b: 1, n: 1 });
    expect(await rows(1)).toEqual([expect.objectContaining({ a: 'x', b: 1, n: 2 })]);
  });

  it('sees rows another connection committed meanwhile', async () => {
    await f.storage.createGeneration(ref(1), 1, 'building', TABLES);
    const upsert = (row: Row) =>
      f.storage.transaction(async (s) => s.writer(ref(1)).upsert('pairs', row, { n: 'add' }));
    await upsert({ a: 'x', b: 1, n: 1 });
    const other = new Database(join(f.dir, 'read-models.sqlite'));
    other.prepare("INSERT INTO rm_mix_g1_pairs (a, b, n) VALUES ('y', 2, 5)").run();
    other.close();
    await upsert({ a: 'y', b: 2, n: 1 });
    await upsert({ a: 'x', b: 1, n: 1 });
    expect(await rows(1)).toEqual([
      expect.objectContaining({ a: 'x', b: 1, n: 2 }),
      expect.objectContaining({ a: 'y', b: 2, n: 6 }),
    ]);
  });
});
