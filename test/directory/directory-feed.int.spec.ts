import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '../../libs/event-store/src/sqlite/sqlite-event-store';
import { DirectoryFeed } from '../../apps/api/src/web/directory/directory.feed';
import { diplomaticLog } from '../projections/support/diplomatic-log';
import { appendAll } from '../projections/support/fixtures';

describe('the directory feed (a worker thread)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'chancery-directory-'));
  const store = SqliteEventStore.open(join(dir, 'events.sqlite'), { pollIntervalMs: 20 });
  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('says when its replay has reached the head of the log, with every party in it', async () => {
    await appendAll(store, diplomaticLog(400, 7, 5, 20), 100);
    const feed = new DirectoryFeed();
    feed.start({ dataDir: dir });
    try {
      await feed.caughtUp;
      const countries = await feed.search('Country', ['country'], 'public', 1000);
      expect(countries.length).toBeGreaterThan(200);
      expect(await feed.search('Country LUX', ['country'], 'public', 5)).toEqual([
        expect.objectContaining({ kind: 'country', id: 'LUX', name: 'Country LUX' }),
      ]);
    } finally {
      await feed.onApplicationShutdown();
    }
  });

  it('answers 503 to a search it cannot answer within its timeout', async () => {
    const feed = new DirectoryFeed();
    feed.searchTimeoutMs = 1;
    feed.start({ dataDir: dir });
    try {
      // The worker is still starting: the search waits for it, then gives up.
      await expect(feed.search('Country', ['country'], 'public', 5)).rejects.toMatchObject({
        status: 503,
      });
      feed.searchTimeoutMs = 5000;
      await feed.caughtUp;
      expect(await feed.search('Country LUX', ['country'], 'public', 5)).toHaveLength(1);
    } finally {
      await feed.onApplicationShutdown();
    }
  });

  it('answers 503 while its worker is gone, and again once it has been started anew', async () => {
    const feed = new DirectoryFeed();
    feed.start({ dataDir: dir });
    try {
      await feed.caughtUp;
      await (feed as unknown as { worker: { terminate(): Promise<number> } }).worker.terminate();
      await expect(feed.search('Country', ['country'], 'public', 5)).rejects.toMatchObject({
        status: 503,
      });
      const deadline = Date.now() + 10_000;
      let found: unknown[] = [];
      while (!found.length && Date.now() < deadline) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        found = await feed.search('Country LUX', ['country'], 'public', 5).catch(() => []);
      }
      expect(found).toHaveLength(1);
    } finally {
      await feed.onApplicationShutdown();
    }
  });
});
