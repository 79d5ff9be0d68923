import type { Scalar } from '../read-model-storage.port';

const EMPTY = 0;
const GONE = -1;

/**
 * Primary key → rowid, in memory, for a table written without its key index while its
 * generation catches up: open addressing over a 32-bit key hash and the rowid, 8 bytes a key.
 * A hit is only a candidate; the caller confirms it against the row's key columns in SQL, so a
 * hash collision costs a statement, never a wrong row. Keys hash by their text, which is what
 * SQLite compares once a text column's affinity applies; a numeric string bound to an integer or
 * real key column hashes as the number that column stores.
 */
export class KeyIndex {
  private hashes = new Uint32Array(1024);
  private rowids = new Int32Array(1024);
  private used = 0;
  private hash = 0;

  constructor(private readonly numeric: boolean[]) {}

  /** Sets the key that `find` and `add` work on. */
  key(values: Scalar[]): void {
    let h = 0x811c9dc5;
    for (let k = 0; k < values.length; k++) {
      const v = values[k];
      const text =
        this.numeric[k] && typeof v === 'string' && v.trim() !== '' && Number.isFinite(Number(v))
          ? String(Number(v))
          : String(v);
      for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
      h = Math.imul(h ^ 0x1f, 0x01000193);
    }
    h = Math.imul(h ^ (h >>> 16), 0x85ebca6b);
    h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35);
    this.hash = (h ^ (h >>> 16)) >>> 0;
  }

  /** The first slot holding a candidate row for the current key, or -1. */
  first(): number {
    return this.scan(this.hash & (this.rowids.length - 1));
  }

  /** The next candidate after `slot` (one `first` or `next` returned), or -1. */
  next(slot: number): number {
    return this.scan((slot + 1) & (this.rowids.length - 1));
  }

  rowid(slot: number): number {
    return this.rowids[slot];
  }

  private scan(from: number): number {
    const mask = this.rowids.length - 1;
    for (let slot = from; ; slot = (slot + 1) & mask) {
      const rowid = this.rowids[slot];
      if (rowid === EMPTY) return -1;
      if (rowid !== GONE && this.hashes[slot] === this.hash) return slot;
    }
  }

  /** Records `rowid` under the current key; false when it does not fit (the caller stops using the index). */
  add(rowid: number): boolean {
    if (!(rowid >= 1 && rowid <= 0x7fffffff)) return false;
    if ((this.used + 1) * 4 > this.rowids.length * 3) this.grow();
    this.put(this.hash, rowid);
    return true;
  }

  remove(slot: number): void {
    this.rowids[slot] = GONE;
  }

  private put(hash: number, rowid: number): void {
    const mask = this.rowids.length - 1;
    let slot = hash & mask;
    while (this.rowids[slot] !== EMPTY) slot = (slot + 1) & mask;
    this.rowids[slot] = rowid;
    this.hashes[slot] = hash;
    this.used++;
  }

  private grow(): void {
    const [hashes, rowids] = [this.hashes, this.rowids];
    this.hashes = new Uint32Array(hashes.length * 2);
    this.rowids = new Int32Array(rowids.length * 2);
    this.used = 0;
    for (let i = 0; i < rowids.length; i++)
      if (rowids[i] !== EMPTY && rowids[i] !== GONE) this.put(hashes[i], rowids[i]);
  }
}
