import { setPriority } from 'node:os';
import { join } from 'node:path';
import { workerData } from 'node:worker_threads';
import { systemClock } from '@chancery/common';
import { createEventStore } from '@chancery/event-store';
import { ProjectionEngine, serveEngineThread, SqliteReadModelStorage } from '@chancery/projections';
import { ENGINE_THREADS, type EngineThreadData } from './engine-threads';

/** A worker thread running one of the API's projection engines (see `engineThread`). */
const { engine: name, store: config } = workerData as EngineThreadData;
// Requests come first: on Linux a thread's nice value is its own, so only this thread yields the
// CPU to the request thread when both want it. Projections then lag under load (shown in /health)
// and catch up in larger, cheaper batches.
try {
  setPriority(0, 10);
} catch {
  // Not permitted here: the thread keeps the process's priority.
}
const { file, projections } = ENGINE_THREADS[name];
// The request thread appends; this thread learns of it by polling the store's head, which costs a
// small indexed read every few milliseconds and bounds how long read-your-writes waits for it.
const store = createEventStore(config, { pollIntervalMs: 5 });
const storage = SqliteReadModelStorage.open(join(config.dataDir, file));

void serveEngineThread(
  (progress) => new ProjectionEngine(store, storage, projections, { clock: systemClock, progress }),
  async () => {
    await storage.close();
    await store.close();
  },
);
