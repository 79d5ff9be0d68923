import type { GenerationRef } from '@chancery/projections';
import { type Fixture, openFixture } from './support/fixtures';

/** `contains`: rows whose text holds every given string, combined with the other conditions. */
describe('storage reads: a text condition', () => {
  let f: Fixture;
  beforeEach(async () => (f = await openFixture()));
  afterEach(() => f.close());

  const ref: GenerationRef = { name: 'notes', generation: 1 };

  it('selects, counts and groups the rows holding every string, and no others', async () => {
    await f.storage.createGeneration(ref, 1, 'active', [
      { name: 'notes', columns: { id: 'text', kind: 'text', words: 'text' }, primaryKey: ['id'] },
    ]);
    await f.storage.transaction(async (s) => {
      const w = s.writer(ref);
      w.insert('notes', { id: 'a', kind: 'visit', words: ' luxembourg kazakhstan astana' });
      w.insert('notes', { id: 'b', kind: 'visit', words: ' luxembourg belgium' });
      w.insert('notes', { id: 'c', kind: 'pledge', words: ' kazakhstan flux' });
      w.insert('notes', { id: 'd', kind: 'pledge', words: null });
    });
    const reader = f.storage.reader(ref);
    const ids = async (contains: string[], kind?: string) =>
      (await reader.select('notes', { where: { words: { contains }, ...(kind ? { kind } : {}) } }))
        .map((r) => r.id)
        .sort();

    expect(await ids([' lux'])).toEqual(['a', 'b']); // " lux" is a word's start: "flux" is not
    expect(await ids([' lux', ' kaz'])).toEqual(['a']);
    expect(await ids([' kaz'], 'pledge')).toEqual(['c']);
    expect(await ids([' nowhere'])).toEqual([]);
    expect(await reader.count('notes', { words: { contains: [' kaz'] } })).toBe(2);
    expect(
      await reader.aggregate('notes', {
        where: { words: { contains: [' kaz'] } },
        groupBy: ['kind'],
        measures: { n: ['count', 'id'] },
        orderBy: [['kind', 'asc']],
      }),
    ).toEqual([
      { kind: 'pledge', n: 1 },
      { kind: 'visit', n: 1 },
    ]);
  });
});
