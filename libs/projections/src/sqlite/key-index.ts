import type { Scalar } from '../read-model-storage.port';

const EMPTY = 0;
const GONE = -1;

/**
 * Primary key → rowid, in memory, for a table written without its key index while its
 * generation catches up. A hit is only a candidate: the caller confirms it against the row's key
 * columns in SQL, so two keys with the same 32-bit hash cost a statement, never a wrong row.
 * Keys hash by their text, which is what SQLite compares once a text column's affinity applies;
 * a numeric string bound to an integer or real key column hashes as the number it stores.
 *
 * Most keys sit in two sorted arrays (hash, rowid), 8 bytes a key with no slack, found by binary
 * search; the latest few thousand in a small open-addressing table, merged in once it fills. A
 * plain hash table of every key, half empty on average, took twice the memory.
 */
export class KeyIndex {
  /** The sorted keys: the first `size` entries of the capacity arrays. */
  private capacityHashes = new Uint32Array(0);
  private capacityRowids = new Int32Array(0);
  private size = 0;
  private hashes = this.capacityHashes.subarray(0, 0);
  private rowids = this.capacityRowids.subarray(0, 0);
  private recentHashes = new Uint32Array(1024);
  private recentRowids = new Int32Array(1024);
  private recent = 0;
  private hash = 0;

  /**
   * `numeric`: per key column, whether it stores numbers. `recentKeys`: how many keys the recent
   * table gathers before a merge (which copies the sorted arrays).
   */
  constructor(
    private readonly numeric: boolean[],
    private readonly recentKeys = 8192,
  ) {}

  /** Sets the key that `first`, `next` and `add` work on. */
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

  /**
   * The first candidate for the current key, or -1: a slot, valid until the next `add`.
   * Slots below the sorted length are sorted entries, the others entries of the recent table.
   */
  first(): number {
    let lo = 0;
    let hi = this.hashes.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.hashes[mid] < this.hash) lo = mid + 1;
      else hi = mid;
    }
    return this.fromSorted(lo);
  }

  /** The candidate after `slot` (one `first` or `next` returned), or -1. */
  next(slot: number): number {
    const sorted = this.hashes.length;
    if (slot < sorted) return this.fromSorted(slot + 1);
    return this.fromRecent((slot - sorted + 1) & (this.recentRowids.length - 1));
  }

  rowid(slot: number): number {
    const sorted = this.hashes.length;
    return slot < sorted ? this.rowids[slot] : this.recentRowids[slot - sorted];
  }

  remove(slot: number): void {
    const sorted = this.hashes.length;
    if (slot < sorted) this.rowids[slot] = GONE;
    else this.recentRowids[slot - sorted] = GONE;
  }

  /** Records `rowid` under the current key; false when it does not fit (the caller stops using the index). */
  add(rowid: number): boolean {
    if (!(rowid >= 1 && rowid <= 0x7fffffff)) return false;
    if ((this.recent + 1) * 2 > this.recentRowids.length) {
      if (this.recentRowids.length < this.recentKeys * 2) this.growRecent();
      else this.merge();
    }
    this.putRecent(this.hash, rowid);
    return true;
  }

  private fromSorted(from: number): number {
    for (let i = from; i < this.hashes.length && this.hashes[i] === this.hash; i++)
      if (this.rowids[i] !== GONE) return i;
    return this.fromRecent(this.hash & (this.recentRowids.length - 1));
  }

  private fromRecent(from: number): number {
    const mask = this.recentRowids.length - 1;
    for (let j = from; ; j = (j + 1) & mask) {
      const rowid = this.recentRowids[j];
      if (rowid === EMPTY) return -1;
      if (rowid !== GONE && this.recentHashes[j] === this.hash) return this.hashes.length + j;
    }
  }

  private putRecent(hash: number, rowid: number): void {
    const mask = this.recentRowids.length - 1;
    let j = hash & mask;
    while (this.recentRowids[j] !== EMPTY) j = (j + 1) & mask;
    this.recentRowids[j] = rowid;
    this.recentHashes[j] = hash;
    this.recent++;
  }

  private growRecent(): void {
    const [hashes, rowids] = [this.recentHashes, this.recentRowids];
    this.recentHashes = new Uint32Array(hashes.length * 2);
    this.recentRowids = new Int32Array(rowids.length * 2);
    this.recent = 0;
    for (let j = 0; j < rowids.length; j++)
      if (rowids[j] !== EMPTY && rowids[j] !== GONE) this.putRecent(hashes[j], rowids[j]);
  }

  /**
   * Sorts the recent keys and merges them into the sorted arrays in place, from the back. The
   * arrays grow by half when full (leaving out removed keys then): merging into fresh arrays
   * each time left a trail of garbage buffers as large as the index itself, many times over.
   */
  private merge(): void {
    let count = 0;
    for (const rowid of this.recentRowids) if (rowid !== EMPTY && rowid !== GONE) count++;
    let [h, r] = [new Uint32Array(count), new Int32Array(count)];
    count = 0;
    for (let j = 0; j < this.recentRowids.length; j++) {
      const rowid = this.recentRowids[j];
      if (rowid === EMPTY || rowid === GONE) continue;
      h[count] = this.recentHashes[j];
      r[count++] = rowid;
    }
    [h, r] = radixSort(h, r);
    if (this.size + count > this.capacityHashes.length) this.growSorted(count);
    const [mh, mr] = [this.capacityHashes, this.capacityRowids];
    let [i, j, k] = [this.size - 1, count - 1, this.size + count - 1];
    while (j >= 0) {
      if (i >= 0 && mh[i] > h[j]) {
        mh[k] = mh[i];
        mr[k--] = mr[i--];
      } else {
        mh[k] = h[j];
        mr[k--] = r[j--];
      }
    }
    this.size += count;
    this.hashes = mh.subarray(0, this.size);
    this.rowids = mr.subarray(0, this.size);
    this.recentHashes.fill(0);
    this.recentRowids.fill(EMPTY);
    this.recent = 0;
  }

  private growSorted(adding: number): void {
    let live = 0;
    for (let i = 0; i < this.size; i++) if (this.capacityRowids[i] !== GONE) live++;
    const capacity = Math.max(1024, Math.ceil((live + adding) * 1.5));
    const [hashes, rowids] = [new Uint32Array(capacity), new Int32Array(capacity)];
    let k = 0;
    for (let i = 0; i < this.size; i++) {
      if (this.capacityRowids[i] === GONE) continue;
      hashes[k] = this.capacityHashes[i];
      rowids[k++] = this.capacityRowids[i];
    }
    [this.capacityHashes, this.capacityRowids, this.size] = [hashes, rowids, k];
  }
}

/** Sorts (hash, rowid) pairs by hash, two 16-bit passes. */
function radixSort(
  h: Uint32Array<ArrayBuffer>,
  r: Int32Array<ArrayBuffer>,
): [Uint32Array<ArrayBuffer>, Int32Array<ArrayBuffer>] {
  let [fromH, fromR] = [h, r];
  let [toH, toR] = [new Uint32Array(h.length), new Int32Array(h.length)];
  const counts = new Uint32Array(65536);
  for (const shift of [0, 16]) {
    counts.fill(0);
    for (let i = 0; i < fromH.length; i++) counts[(fromH[i] >>> shift) & 0xffff]++;
    let sum = 0;
    for (let b = 0; b < 65536; b++) [counts[b], sum] = [sum, sum + counts[b]];
    for (let i = 0; i < fromH.length; i++) {
      const at = counts[(fromH[i] >>> shift) & 0xffff]++;
      toH[at] = fromH[i];
      toR[at] = fromR[i];
    }
    [fromH, fromR, toH, toR] = [toH, toR, fromH, fromR];
  }
  return [fromH, fromR];
}
