import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FixedClock } from '@chancery/common';
import { KurrentDbEventStore } from '@chancery/event-store';
import { ProjectionEngine, SqliteReadModelStorage } from '@chancery/projections';
import { KurrentDbDouble } from '../kurrentdb/double/kurrentdb-double';
import { eventually } from '../kurrentdb/support';
import { event } from './support/fixtures';
import { tally } from './support/tally.projection';

/** KurrentDB positions are byte offsets in its log: lag must count events, not subtract positions. */
describe('projection lag on KurrentDB', () => {
  it('counts the events a halted projection has not applied', async () => {
    const server = await KurrentDbDouble.start({ batchAppend: true });
    const store = new KurrentDbEventStore({ connectionString: server.connectionString() });
    const dir = mkdtempSync(join(tmpdir(), 'chancery-lag-'));
    const storage = SqliteReadModelStorage.open(join(dir, 'read-models.sqlite'));
    const clock = new FixedClock(new Date('2024-10-20T00:00:00Z'));
    const engine = new ProjectionEngine(store, storage, [tally('stop')], { clock, retryMs: 50 });
    try {
      await store.append('a', [event('Counted', {}), event('Counted', {})], 'any');
      await store.append('a', [event('Counted', { poison: true })], 'any');
      await store.append('b', [event('Counted', {}), event('Counted', {})], 'any');
      await engine.start();
      const [status] = await eventually(async () => {
        const all = await engine.status();
        return all[0].state === 'halted' && all;
      });
      // The first event not applied is the poison one, recorded on 14 October at 10:00.
      expect(status).toMatchObject({
        eventsBehind: 3,
        eventsBehindAtLeast: false,
        secondsBehind: 6 * 86_400 - 10 * 3600,
      });
    } finally {
      await engine.stop();
      await storage.close();
      await store.close();
      await server.stop();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
