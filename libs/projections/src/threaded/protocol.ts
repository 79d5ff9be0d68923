import {
  type ActiveGeneration,
  RebuildInProgressError,
  UnknownProjectionError,
} from '../projection-engine';

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

/** The errors callers tell apart (404, 409): they cross the thread as themselves, by these names. */
const PROJECTION_ERRORS = { UnknownProjectionError, RebuildInProgressError };

export function toThreadError(error: unknown): ThreadError {
  for (const [name, Kind] of Object.entries(PROJECTION_ERRORS))
    if (error instanceof Kind)
      return { name, message: error.message, projection: error.projection };
  return {
    name: error instanceof Error ? error.name : 'Error',
    message: error instanceof Error ? error.message : String(error),
  };
}

export function fromThreadError(error: ThreadError): Error {
  if (Object.hasOwn(PROJECTION_ERRORS, error.name))
    return new PROJECTION_ERRORS[error.name as keyof typeof PROJECTION_ERRORS](error.projection!);
  return Object.assign(new Error(error.message), { name: error.name });
}
