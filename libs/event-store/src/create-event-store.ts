import { join } from 'node:path';
import type { EventStore } from './event-store.port';
import { KurrentDbEventStore } from './kurrentdb/kurrentdb-event-store';
import { SqliteEventStore, type SqliteEventStoreOptions } from './sqlite/sqlite-event-store';

export interface EventStoreConfig {
  /** esdb://, kurrentdb:// or a +discover connection string; when absent the embedded store is used. */
  eventStoreUrl?: string;
  dataDir: string;
}

export function eventStoreConfigFromEnv(env: NodeJS.ProcessEnv = process.env): EventStoreConfig {
  return { eventStoreUrl: env.EVENTSTORE_URL || undefined, dataDir: env.DATA_DIR || './data' };
}

/** `embedded` tunes the SQLite store only (a KurrentDB subscription is pushed, not polled). */
export function createEventStore(
  config: EventStoreConfig,
  embedded: SqliteEventStoreOptions = {},
): EventStore {
  if (config.eventStoreUrl)
    return new KurrentDbEventStore({ connectionString: config.eventStoreUrl });
  return SqliteEventStore.open(join(config.dataDir, 'events.sqlite'), embedded);
}
