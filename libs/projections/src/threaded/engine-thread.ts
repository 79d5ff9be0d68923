import { parentPort } from 'node:worker_threads';
import type { ActiveGeneration, ProjectionEngine } from '../projection-engine';
import {
  ENGINE_CALLS,
  toThreadError,
  type FromEngineThread,
  type ToEngineThread,
} from './protocol';

/**
 * The worker side: runs one engine off the request thread and answers the main thread's calls.
 * `open` builds the engine, handing it the `progress` callback; `close` releases what it opened.
 */
export async function serveEngineThread(
  open: (progress: (active: ActiveGeneration[]) => void) => ProjectionEngine,
  close: () => Promise<void>,
): Promise<void> {
  const port = parentPort;
  if (!port) throw new Error('serveEngineThread runs in a worker thread');
  const send = (message: FromEngineThread) => port.postMessage(message);
  const engine = open((active) => send({ kind: 'progress', active }));
  port.on('message', (message: ToEngineThread) => {
    if (message.kind === 'stop') {
      void engine
        .stop()
        .then(close)
        .finally(() => {
          send({ kind: 'stopped' });
          port.close();
        });
      return;
    }
    if (!ENGINE_CALLS.includes(message.call)) {
      send({ kind: 'error', id: message.id, error: { name: 'Error', message: 'unknown call' } });
      return;
    }
    const method = engine[message.call] as (...args: unknown[]) => Promise<unknown>;
    method.apply(engine, message.args).then(
      (value) => send({ kind: 'result', id: message.id, value }),
      (error: unknown) => send({ kind: 'error', id: message.id, error: toThreadError(error) }),
    );
  });
  try {
    await engine.start();
    send({ kind: 'ready' });
  } catch (error) {
    send({ kind: 'failed', message: error instanceof Error ? error.message : String(error) });
    // Ending the thread lets the main thread start a fresh one (or give up, if it is stopping).
    process.exit(1);
  }
}
