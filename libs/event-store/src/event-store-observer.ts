import type { AppendResult, EventStore } from './event-store.port';

/**
 * What the API's operations side (metrics, traces) is told of the store. Optional everywhere:
 * without one, appends go straight to the store and nothing is measured.
 */
export interface EventStoreObserver {
  /** Wraps one append: `write` performs it; the observer times or traces around it. */
  append(streamId: string, write: () => Promise<AppendResult>): Promise<AppendResult>;
  /** The embedded store committed `appends` appends in one transaction, held for `seconds`. */
  groupCommitted(appends: number, seconds: number): void;
}

export const EVENT_STORE_OBSERVER = Symbol('EVENT_STORE_OBSERVER');

/** The same store, its appends passed through `observer` (the store itself when there is none). */
export function observeAppends<S extends EventStore>(store: S, observer?: EventStoreObserver): S {
  if (!observer) return store;
  const append = store.append.bind(store);
  store.append = (streamId, ...rest) => observer.append(streamId, () => append(streamId, ...rest));
  return store;
}
