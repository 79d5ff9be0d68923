import type Database from 'better-sqlite3';
import type { Direction, LogFilter } from '../event-store.port';
import { EVENT_COLUMNS, EventTuple } from './schema';

/** A page of the global log and how far the search for it went. */
export interface LogPage {
  rows: EventTuple[];
  /** Every position from the start bound up to this one (down to it, backwards) has been examined. */
  reached: number;
}

export interface PageSizes {
  /** Rows per page: what one read materialises at most. */
  pageSize: number;
  /** Positions one query may examine: keeps a sparse filtered scan from blocking the event loop. */
  scanWindow: number;
}

/**
 * Reads the log a page at a time: each page is one finished statement, so no cursor stays open
 * between pages (better-sqlite3 refuses writes on a connection while one is) and memory stays
 * bounded by the page, whatever the size of the log.
 */
export class LogPages {
  private readonly statements = new Map<string, Database.Statement>();
  private readonly streamReads: Record<Direction, StreamReads>;
  private readonly streamExistsQuery: Database.Statement<[string], number>;
  private readonly headQuery: Database.Statement<[], number | null>;
  private readonly countQuery: Database.Statement<[number, number], number>;

  constructor(
    private readonly db: Database.Database,
    readonly sizes: PageSizes,
  ) {
    this.streamReads = {
      forwards: streamReads(db, '>=', 'ASC', sizes.pageSize),
      backwards: streamReads(db, '<=', 'DESC', sizes.pageSize),
    };
    this.streamExistsQuery = db
      .prepare<[string], number>('SELECT 1 FROM events WHERE stream_id = ? LIMIT 1')
      .pluck();
    this.headQuery = db.prepare<[], number | null>('SELECT MAX(position) FROM events').pluck();
    // The inner LIMIT stops the scan at `limit` rows, so a long backlog costs no more than that.
    this.countQuery = db
      .prepare<[number, number], number>(
        'SELECT count(*) FROM (SELECT 1 FROM events WHERE position > ? LIMIT ?)',
      )
      .pluck();
  }

  head(): number | null {
    return this.headQuery.get() ?? null;
  }

  /** Events after `after`, at most `limit` of them; a negative limit is no limit, as in SQLite. */
  countAfter(after: number, limit: number): number {
    return this.countQuery.get(after, limit) ?? 0;
  }

  streamExists(streamId: string): boolean {
    return this.streamExistsQuery.get(streamId) !== undefined;
  }

  /** Up to `limit` revisions from `from` inclusive, in the given direction. */
  stream(streamId: string, direction: Direction, from: number, limit: number): EventTuple[] {
    const reads = this.streamReads[direction];
    if (limit === 1) return reads.one.all(streamId, from);
    if (limit === this.sizes.pageSize) return reads.page.all(streamId, from);
    return reads.upTo.all(streamId, from, limit);
  }

  /**
   * Up to `limit` events strictly between `after` and `before`, nearest `after` first when
   * forwards, nearest `before` first when backwards, looking at no more than one scan window.
   */
  log(
    direction: Direction,
    after: number,
    before: number,
    filter: LogFilter | undefined,
    limit: number,
  ): LogPage {
    const types = filter?.eventTypes?.length ? filter.eventTypes : [];
    const prefixes = filter?.streamPrefixes?.length ? filter.streamPrefixes : [];
    const statement = this.logStatement(direction, types.length, prefixes.length);
    const { scanWindow } = this.sizes;
    if (direction === 'forwards') {
      const end = Math.min(before, after + 1 + scanWindow);
      const rows = statement.all(after, end, ...types, ...prefixes, limit) as EventTuple[];
      return { rows, reached: rows.length === limit ? rows[rows.length - 1][0] : end - 1 };
    }
    const start = Math.max(after, before - 1 - scanWindow);
    const rows = statement.all(start, before, ...types, ...prefixes, limit) as EventTuple[];
    return { rows, reached: rows.length === limit ? rows[rows.length - 1][0] : start + 1 };
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

/**
 * SQLite plans a bound `LIMIT ?` as if it could be large, which makes reading one stream's last
 * event three times dearer; the two limits nearly every read uses (one event, a full page) are
 * written into their own statements, any other is bound.
 */
interface StreamReads {
  one: Database.Statement<[string, number], EventTuple>;
  page: Database.Statement<[string, number], EventTuple>;
  upTo: Database.Statement<[string, number, number], EventTuple>;
}

function streamReads(
  db: Database.Database,
  bound: '>=' | '<=',
  order: 'ASC' | 'DESC',
  pageSize: number,
): StreamReads {
  const select = `SELECT ${EVENT_COLUMNS} FROM events WHERE stream_id = ? AND revision ${bound} ? ORDER BY revision ${order} LIMIT`;
  return {
    one: db.prepare<[string, number], EventTuple>(`${select} 1`).raw(),
    page: db.prepare<[string, number], EventTuple>(`${select} ${Math.trunc(pageSize)}`).raw(),
    upTo: db.prepare<[string, number, number], EventTuple>(`${select} ?`).raw(),
  };
}
