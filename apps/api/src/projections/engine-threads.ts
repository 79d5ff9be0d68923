import { join } from 'node:path';
import { Logger } from '@nestjs/common';
import { AUDIT_INDEX_FILE, AUDIT_PROJECTIONS } from '@chancery/audit';
import type { EventStoreConfig } from '@chancery/event-store';
import {
  type Projection,
  SqliteReadModelStorage,
  type ThreadedEngineOptions,
} from '@chancery/projections';
import { READ_MODEL_PROJECTIONS } from '@chancery/read-models';

/** The projection engines the API runs, each in its own worker thread, and the file each writes. */
export const ENGINE_THREADS = {
  'read-models': { file: 'read-models.sqlite', projections: READ_MODEL_PROJECTIONS },
  'audit-index': { file: AUDIT_INDEX_FILE, projections: AUDIT_PROJECTIONS },
} satisfies Record<string, { file: string; projections: Projection[] }>;

export type EngineThreadName = keyof typeof ENGINE_THREADS;

export interface EngineThreadData {
  engine: EngineThreadName;
  store: EventStoreConfig;
}

/** How the main thread starts `engine`'s worker and reads what it writes. */
export function engineThread(
  engine: EngineThreadName,
  store: EventStoreConfig,
): ThreadedEngineOptions {
  // Compiled, this file sits beside the compiled worker; under jest or swc it is TypeScript.
  const entry = join(__dirname, `projections.worker${__filename.endsWith('.ts') ? '.ts' : '.js'}`);
  const data: EngineThreadData = { engine, store };
  const logger = new Logger(`Projections(${engine})`);
  return {
    entry,
    workerData: data,
    onRestart: (reason) =>
      logger.warn(`worker died (${reason}); starting it again from its checkpoints`),
    openStorage: () =>
      SqliteReadModelStorage.openForQueries(join(store.dataDir, ENGINE_THREADS[engine].file)),
  };
}
