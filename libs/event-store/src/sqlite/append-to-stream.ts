import type Database from 'better-sqlite3';
import {
  AppendConditionFailedError,
  InvalidAppendError,
  WrongExpectedVersionError,
} from '../errors';
import type { AppendCondition, AppendResult, ExpectedRevision } from '../event-store.port';
import type { EventRow } from '../validate-append';

export interface StreamAppend {
  streamId: string;
  events: EventRow[];
  expected: ExpectedRevision;
  condition?: AppendCondition;
}

interface StoredEvent {
  event_id: string;
  stream_id: string;
  revision: number;
  position: number;
}

/**
 * Writes one append inside the caller's transaction, with EventStoreDB's rules for expected
 * revisions and for idempotent retries (the same event ids right after the expected revision).
 */
export class StreamWriter {
  private readonly lastRevision: Database.Statement<[string], number>;
  private readonly storedFrom: Database.Statement<[string, number, number], StoredEvent>;
  private readonly storedById: Database.Statement<[string], StoredEvent>;
  private readonly typesAfter: Database.Statement<[string, number], string>;
  private readonly insert: Database.Statement<
    [string, number, string, string, number, string, string]
  >;

  constructor(db: Database.Database) {
    this.lastRevision = db
      .prepare<[string], number>(
        'SELECT revision FROM events WHERE stream_id = ? ORDER BY revision DESC LIMIT 1',
      )
      .pluck();
    this.storedFrom = db.prepare(
      'SELECT event_id, stream_id, revision, position FROM events WHERE stream_id = ? AND revision >= ? ORDER BY revision LIMIT ?',
    );
    this.storedById = db.prepare(
      'SELECT event_id, stream_id, revision, position FROM events WHERE event_id = ?',
    );
    this.typesAfter = db
      .prepare<[string, number], string>(
        'SELECT type FROM events WHERE stream_id = ? AND revision > ? ORDER BY revision',
      )
      .pluck();
    this.insert = db.prepare(
      'INSERT INTO events (stream_id, revision, event_id, type, schema_version, data, metadata) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
  }

  append({ streamId, events, expected, condition }: StreamAppend): AppendResult {
    if (condition) this.check(condition);
    const last = this.lastRevision.get(streamId);
    const current = last ?? -1;
    const actual = last ?? 'no_stream';
    const conflict = () => new WrongExpectedVersionError(streamId, expected, actual);

    if (expected === 'stream_exists' && last === undefined) throw conflict();
    if (expected === 'any' || expected === 'stream_exists') {
      const retried = this.earlierAppendOf(streamId, events, conflict);
      if (retried) return retried;
    } else {
      const expectedRevision = expected === 'no_stream' ? -1 : expected;
      if (current !== expectedRevision) {
        const retried =
          current > expectedRevision
            ? this.sameEventsAt(streamId, expectedRevision + 1, events)
            : null;
        if (retried) return retried;
        throw conflict();
      }
    }
    return this.write(streamId, current, events);
  }

  /** Inside the append's transaction, so the condition still holds when the append commits. */
  private check({ streamId, revision, types }: AppendCondition): void {
    for (const type of this.typesAfter.all(streamId, revision))
      if (!types || types.includes(type)) throw new AppendConditionFailedError(streamId, type);
  }

  private write(streamId: string, current: number, events: EventRow[]): AppendResult {
    let position = 0;
    events.forEach((e, i) => {
      try {
        position = Number(
          this.insert.run(
            streamId,
            current + 1 + i,
            e.id,
            e.type,
            e.schemaVersion,
            e.data,
            e.metadata,
          ).lastInsertRowid,
        );
      } catch (error) {
        if ((error as { code?: string }).code === 'SQLITE_CONSTRAINT_UNIQUE') {
          throw new InvalidAppendError(`event id ${e.id} is already recorded`, 'id');
        }
        throw error;
      }
    });
    return { nextRevision: current + events.length, position };
  }

  /** With no revision to anchor on, the first event's id says where an earlier attempt landed. */
  private earlierAppendOf(
    streamId: string,
    events: EventRow[],
    conflict: () => Error,
  ): AppendResult | null {
    const first = this.storedById.get(events[0].id);
    if (!first) return null;
    if (first.stream_id !== streamId) {
      throw new InvalidAppendError(
        `event id ${first.event_id} is already recorded in another stream`,
        'id',
      );
    }
    const retried = this.sameEventsAt(streamId, first.revision, events);
    if (!retried) throw conflict();
    return retried;
  }

  private sameEventsAt(
    streamId: string,
    revision: number,
    events: EventRow[],
  ): AppendResult | null {
    const stored = this.storedFrom.all(streamId, revision, events.length);
    if (stored.length !== events.length || stored.some((s, i) => s.event_id !== events[i].id))
      return null;
    const last = stored[stored.length - 1];
    return { nextRevision: last.revision, position: last.position };
  }
}
