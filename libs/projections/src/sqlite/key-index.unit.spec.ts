import { KeyIndex } from './key-index';

/** Every candidate the index gives for `key`, in order. */
function candidates(index: KeyIndex, key: Array<string | number>): number[] {
  index.key(key);
  const rowids: number[] = [];
  for (let slot = index.first(); slot >= 0; slot = index.next(slot)) rowids.push(index.rowid(slot));
  return rowids;
}

describe('KeyIndex', () => {
  it('gives every live rowid of a key among its candidates, through merges and removals', () => {
    // Four recent keys a merge: merges, and removals on both sides of one, happen all the time.
    const index = new KeyIndex([false, true], 4);
    const model = new Map<string, number>();
    let seed = 7;
    const rnd = () => (seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32;
    for (let rowid = 1; rowid <= 3000; rowid++) {
      const key: [string, number] = [`k${Math.floor(rnd() * 300)}`, Math.floor(rnd() * 3)];
      const name = key.join('|');
      if (model.has(name) && rnd() < 0.5) {
        index.key(key);
        let slot = index.first();
        while (slot >= 0 && index.rowid(slot) !== model.get(name)) slot = index.next(slot);
        expect(slot).toBeGreaterThanOrEqual(0);
        index.remove(slot);
        model.delete(name);
      } else if (!model.has(name)) {
        index.key(key);
        expect(index.add(rowid)).toBe(true);
        model.set(name, rowid);
      }
    }
    expect(model.size).toBeGreaterThan(100);
    const live = new Set(model.values());
    for (const [name, rowid] of model) {
      const [a, b] = name.split('|');
      const found = candidates(index, [a, Number(b)]);
      expect(found).toContain(rowid);
      // Other candidates are only other keys with the same hash: never a removed row.
      for (const other of found) expect(live.has(other)).toBe(true);
    }
  });

  it('hashes a numeric key column by the number it stores', () => {
    const index = new KeyIndex([false, true]);
    index.key(['a', 3]);
    index.add(9);
    expect(candidates(index, ['a', '3'])).toEqual([9]);
    expect(candidates(index, ['a', '3.0'])).toEqual([9]);
    expect(candidates(index, ['a', 4])).toEqual([]);
    const text = new KeyIndex([false, false]);
    text.key(['a', 3]);
    text.add(9);
    expect(candidates(text, ['a', '3'])).toEqual([9]);
    expect(candidates(text, ['a', '3.0'])).toEqual([]);
  });

  it('refuses a rowid it cannot hold', () => {
    const index = new KeyIndex([false]);
    index.key(['a']);
    expect(index.add(2 ** 31)).toBe(false);
    expect(index.add(0)).toBe(false);
    expect(candidates(index, ['a'])).toEqual([]);
  });
});
