import { LRUCache } from 'lru-cache';

const MAX_BYTES = 32 * 1024 * 1024;

/**
 * Partnership pages as sent, kept for the read model's state they were computed from: a page is
 * served again only while the partnerships projection stands where it stood when the page was
 * computed (same generation, same checkpoint), so any event applied, or a rebuild taking over,
 * empties it. Records are written a few hundred times a day and read far more often, and the
 * detail of a busy pair costs about half a millisecond of the request thread.
 */
export class PartnershipPages {
  private readonly pages = new LRUCache<string, { body: string | null }>({
    maxSize: MAX_BYTES,
    // Two bytes a character: what V8 takes for a string holding any character past Latin-1.
    sizeCalculation: (page, key) => 2 * (key.length + (page.body?.length ?? 0)),
  });
  private standing = '';

  /** `standing` names the state of the read model: its generation and checkpoint. */
  constructor(private readonly standingNow: () => string) {}

  /** The page under `key`, or `compute`'s answer (null: nothing to show), kept if nothing moved meanwhile. */
  async get(key: string, compute: () => Promise<string | null>): Promise<string | null> {
    const standing = this.standingNow();
    if (standing !== this.standing) {
      this.pages.clear();
      this.standing = standing;
    }
    const kept = this.pages.get(key);
    if (kept) return kept.body;
    const body = await compute();
    if (this.standingNow() === standing) this.pages.set(key, { body });
    return body;
  }
}
