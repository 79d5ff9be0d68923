import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '../../libs/event-store/src/sqlite/sqlite-event-store';
import { DirectoryFeed } from '../../apps/api/src/web/directory/directory.feed';
import { diplomaticLog } from '../projections/support/diplomatic-log';
import { appendAll } from '../projections/support/fixtures';

describe('the directory feed', () => {
  const dir = mkdtempSync(join(tmpdir(), 'chancery-directory-'));
  const store = SqliteEventStore.open(join(dir, 'events.sqlite'), { pollIntervalMs: 20 });
  afterAll(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('says when its replay has reached the head of the log, with every party in it', async () => {
    await appendAll(store, diplomaticLog(400, 7, 5, 20), 100);
    const feed = new DirectoryFeed(store);
    feed.onApplicationBootstrap();
    try {
      await feed.caughtUp;
      const countries = feed.directory.search('Country', ['country'], () => true, 1000);
      expect(countries.length).toBeGreaterThan(200);
    } finally {
      await feed.onApplicationShutdown();
    }
  });
});
