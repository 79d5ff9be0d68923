import type Database from 'better-sqlite3';
import type { Direction, LogFilter } from '../event-store.port';
import { EVENT_COLUMNS, EventTuple } from './schema';

/**
 * Reads the log a page at a time: each page is one finished statement, so no cursor stays open
 * between pages (better-sqlite3 refuses writes on a connection while one is) and memory stays
 * bounded by the page, whatever the size of the log.
 */
export class LogPages {
  private readonly statements = new Map<string, Database.Statement>();
  private readonly streamForwards: Database.Statement<[string, number, number], EventTuple>;
  private readonly streamBackwards: Database.Statement<[string, number, number], EventTuple>;
  private readonly streamExistsQuery: Database.Statement<[string], number>;
  private readonly headQuery: Database.Statement<[], number | null>;

  constructor(private readonly db: Database.Database) {
    const select = `SELECT ${EVENT_COLUMNS} FROM events WHERE stream_id = ?`;
    this.streamForwards = db
      .prepare<[string, number, number], EventTuple>(
        `${select} AND revision >= ? ORDER BY revision LIMIT ?`,
      )
      .raw();
    this.streamBackwards = db
      .prepare<[string, number, number], EventTuple>(
        `${select} AND revision <= ? ORDER BY revision DESC LIMIT ?`,
      )
      .raw();
    this.streamExistsQuery = db
      .prepare<[string], number>('SELECT 1 FROM events WHERE stream_id = ? LIMIT 1')
      .pluck();
    this.headQuery = db.prepare<[], number | null>('SELECT MAX(position) FROM events').pluck();
  }

  head(): number | null {
    return this.headQuery.get() ?? null;
  }

  streamExists(streamId: string): boolean {
    return this.streamExistsQuery.get(streamId) !== undefined;
  }

  /** Revisions from `from` inclusive, in the given direction. */
  stream(streamId: string, direction: Direction, from: number, limit: number): EventTuple[] {
    return (direction === 'forwards' ? this.streamForwards : this.streamBackwards).all(
      streamId,
      from,
      limit,
    );
  }

  /** Positions strictly between `after` and `before`, nearest `after` first when forwards. */
  log(
    direction: Direction,
    after: number,
    before: number,
    filter: LogFilter | undefined,
    limit: number,
  ): EventTuple[] {
    const types = filter?.eventTypes?.length ? filter.eventTypes : [];
    const prefixes = filter?.streamPrefixes?.length ? filter.streamPrefixes : [];
    return this.logStatement(direction, types.length, prefixes.length).all(
      after,
      before,
      ...types,
      ...prefixes,
      limit,
    ) as EventTuple[];
  }

  private logStatement(direction: Direction, types: number, prefixes: number): Database.Statement {
    const key = `${direction}:${types}:${prefixes}`;
    let statement = this.statements.get(key);
    if (!statement) {
      const where = ['position > ?', 'position < ?'];
      if (types > 0) where.push(`type IN (${Array(types).fill('?').join(', ')})`);
      // instr, not LIKE: a prefix is literal and case-sensitive, `%` and `_` included.
      if (prefixes > 0)
        where.push(`(${Array(prefixes).fill('instr(stream_id, ?) = 1').join(' OR ')})`);
      const order = direction === 'forwards' ? 'ASC' : 'DESC';
      statement = this.db
        .prepare(
          `SELECT ${EVENT_COLUMNS} FROM events WHERE ${where.join(' AND ')} ORDER BY position ${order} LIMIT ?`,
        )
        .raw();
      this.statements.set(key, statement);
    }
    return statement;
  }
}
