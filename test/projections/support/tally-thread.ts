import { existsSync, unlinkSync } from 'node:fs';
import { join } from 'node:path';
import { workerData } from 'node:worker_threads';
import { systemClock } from '@chancery/common';
import { ProjectionEngine, serveEngineThread, SqliteReadModelStorage } from '@chancery/projections';
import { SqliteEventStore } from '../../../libs/event-store/src/sqlite/sqlite-event-store';
import { tally } from './tally.projection';

/**
 * Worker entry for the threaded-engine spec: the tally projection, which also handles `Crash`
 * by ending this thread mid-batch, once, when the `crash-once` marker file is there.
 */
const { dir } = workerData as { dir: string };
const store = SqliteEventStore.open(join(dir, 'events.sqlite'), { pollIntervalMs: 5 });
const storage = SqliteReadModelStorage.open(join(dir, 'read-models.sqlite'));
const counting = tally('skip');
const marker = join(dir, 'crash-once');

void serveEngineThread(
  (progress) =>
    new ProjectionEngine(
      store,
      storage,
      [
        {
          ...counting,
          handles: [...counting.handles, 'Crash'],
          apply(event, tx, history) {
            if (event.type !== 'Crash') return counting.apply(event, tx, history);
            if (!existsSync(marker)) return;
            unlinkSync(marker);
            process.exit(1);
          },
        },
      ],
      { clock: systemClock, progress, retireDelayMs: 0 },
    ),
  async () => {
    await storage.close();
    await store.close();
  },
);
