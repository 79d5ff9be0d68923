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
// The request thread appends; this thread learns of it by polling the store's head every 25 ms:
// a small indexed read, which bounds how long read-your-writes waits for it. Polling more often
// (5 ms) woke the thread so often, committing so few events each time, that requests were slower.
const store = createEventStore(config, { pollIntervalMs: 25 });
const storage = SqliteReadModelStorage.open(join(config.dataDir, file));

void serveEngineThread(
  (progress) => new ProjectionEngine(store, storage, projections, { clock: systemClock, progress }),
  async () => {
    await storage.close();
    await store.close();
  },
);
