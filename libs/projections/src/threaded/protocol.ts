import type { ActiveGeneration } from '../projection-engine';

/** The engine calls the main thread may make of the worker that runs the engine. */
export const ENGINE_CALLS = ['status', 'rebuild', 'resume', 'deadLetters', 'lagOf'] as const;
export type EngineCall = (typeof ENGINE_CALLS)[number];

export type ToEngineThread =
  { kind: 'call'; id: number; call: EngineCall; args: unknown[] } | { kind: 'stop' };

export type FromEngineThread =
  | { kind: 'ready' }
  | { kind: 'progress'; active: ActiveGeneration[] }
  | { kind: 'result'; id: number; value: unknown }
  | { kind: 'error'; id: number; error: ThreadError }
  | { kind: 'failed'; message: string }
  | { kind: 'stopped' };

/** An error as it crosses the thread boundary: enough to rebuild the ones callers tell apart. */
export interface ThreadError {
  name: string;
  message: string;
  projection?: string;
}
