import { parentPort, workerData } from 'node:worker_threads';
import { createEventStore, type EventStoreConfig } from '@chancery/event-store';
import { canSee } from '@chancery/identity';
import { Directory, DIRECTORY_STREAM_PREFIXES } from './directory';
import type { FromDirectoryThread, ToDirectoryThread } from './directory.protocol';

/**
 * The pickers' directory in a worker thread: replaying the party, source, visit and meeting
 * streams at start (seconds at a million events) and scanning them on a search (up to 150 ms for
 * meetings) never hold up the request thread; nor do the entries weigh on its heap. A search
 * asked during the replay is answered once it is done (the feed gives up after its timeout).
 */
const port = parentPort!;
const send = (message: FromDirectoryThread) => port.postMessage(message);
const store = createEventStore(workerData as EventStoreConfig);
const directory = new Directory();
const subscription = store.subscribeToAll({ filter: { streamPrefixes: DIRECTORY_STREAM_PREFIXES } });

port.on('message', (message: ToDirectoryThread) => {
  if (message.kind === 'stop') {
    void subscription
      .stop()
      .then(() => store.close())
      .finally(() => port.close());
    return;
  }
  const { id, q, kinds, clearance, limit } = message;
  const items = directory.search(q, kinds, (c) => canSee({ clearance }, c), limit);
  send({ kind: 'found', id, items });
});

void (async () => {
  for await (const message of subscription) {
    if (message.kind === 'event')
      directory.apply(message.event as unknown as { type: string; data: Record<string, unknown> });
    else if (message.kind === 'caughtUp') send({ kind: 'caughtUp' });
  }
})().catch((error: unknown) => {
  send({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
  process.exit(1);
});
