import type Database from 'better-sqlite3';

/**
 * One table; `position` is the global log order. AUTOINCREMENT never reuses a position, and
 * SQLite admits one writer at a time, so positions become visible in increasing order: a reader
 * that has seen position p will never later find a new event below p.
 */
export function migrate(db: Database.Database): void {
  db.exec(`
    CREATE TABLE IF NOT EXISTS events (
      position       INTEGER PRIMARY KEY AUTOINCREMENT,
      stream_id      TEXT    NOT NULL,
      revision       INTEGER NOT NULL,
      event_id       TEXT    NOT NULL UNIQUE,
      type           TEXT    NOT NULL,
      schema_version INTEGER NOT NULL,
      data           TEXT    NOT NULL,
      metadata       TEXT    NOT NULL
    );
    CREATE UNIQUE INDEX IF NOT EXISTS events_stream_revision ON events (stream_id, revision);
  `);
}

/** WAL lets readers run beside the writer; FULL makes every COMMIT wait for its fsync. */
export function configureDurability(db: Database.Database): void {
  const mode = db.pragma('journal_mode = WAL', { simple: true });
  if (mode !== 'wal')
    throw new Error(`could not switch ${db.name} to WAL (journal_mode is ${String(mode)})`);
  db.pragma('synchronous = FULL');
}

/** Column order of every event read: kept positional so rows come back as cheap arrays. */
export const EVENT_COLUMNS =
  'position, stream_id, revision, event_id, type, schema_version, data, metadata';
export type EventTuple = [number, string, number, string, string, number, string, string];
