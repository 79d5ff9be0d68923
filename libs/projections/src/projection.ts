import type { RecordedEvent } from '@chancery/event-store';
import type { ReadModelWriter, TableSpec } from './read-model-storage.port';

/** What to do when `apply` throws: stop the projection at that event, or dead-letter it and go on. */
export type PoisonPolicy = 'stop' | 'skip';

/** The events of `event`'s own stream before it: what a correction needs to know the facts it corrects. */
export type StreamHistory = (event: RecordedEvent) => Promise<readonly RecordedEvent[]>;

/**
 * A read model built from the global log. `apply` must be deterministic in the log alone
 * (no clock, no other reads), so that a rebuild from zero gives exactly what live application gave.
 * Bump `version` whenever `apply` or `tables` change: the new version is rebuilt beside the old.
 */
export interface Projection {
  readonly name: string;
  readonly version: number;
  readonly tables: TableSpec[];
  readonly handles: readonly string[];
  readonly onPoison: PoisonPolicy;
  /** Brings a stored event (and its stream's history) to the current schema before `apply`. */
  readonly upcast?: (event: RecordedEvent) => RecordedEvent;
  /** Return a promise only when it had to `get`; events that only write stay synchronous. */
  apply(event: RecordedEvent, tx: ReadModelWriter, history: StreamHistory): void | Promise<void>;
}

export const PROJECTIONS = Symbol('PROJECTIONS');
