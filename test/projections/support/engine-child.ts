/**
 * Runs the read-model projections over an existing log and freezes inside `apply` at a chosen
 * position, with a batch transaction open, so that the parent test can SIGKILL it there.
 */
import { join } from 'node:path';
import { systemClock } from '@chancery/common';
import type { RecordedEvent } from '@chancery/event-store';
import {
  Projection,
  ProjectionEngine,
  ReadModelWriter,
  StreamHistory,
  SqliteReadModelStorage,
} from '@chancery/projections';
import { READ_MODEL_PROJECTIONS } from '@chancery/read-models';
import { SqliteEventStore } from '../../../libs/event-store/src/sqlite/sqlite-event-store';

const [dir, stallAt, batchSize] = [
  process.argv[2],
  Number(process.argv[3]),
  Number(process.argv[4]),
];

const freezing = (p: Projection): Projection => ({
  ...p,
  apply(event: RecordedEvent, tx: ReadModelWriter, history: StreamHistory) {
    if (event.position === stallAt) {
      process.stdout.write('stalled\n');
      Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 30_000);
    }
    return p.apply(event, tx, history);
  },
});

const store = SqliteEventStore.open(join(dir, 'events.sqlite'));
const storage = SqliteReadModelStorage.open(join(dir, 'read-models.sqlite'));
const engine = new ProjectionEngine(store, storage, READ_MODEL_PROJECTIONS.map(freezing), {
  clock: systemClock,
  batchSize,
});
void engine.start();
