import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { SqliteEventStore } from '../../libs/event-store/src/sqlite/sqlite-event-store';
import { describeEventStoreContract } from '../contract/event-store.contract';

const dir = mkdtempSync(join(tmpdir(), 'chancery-sqlite-store-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describeEventStoreContract('embedded SQLite', async () => {
  const store = SqliteEventStore.open(join(dir, 'contract', 'events.sqlite'));
  return { store, dispose: () => store.close() };
});
