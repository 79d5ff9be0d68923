import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import {
  CheckpointConflictError,
  DeadLetter,
  GenerationRef,
  GenerationRole,
  GenerationState,
  ProjectionSession,
  ReadModelReader,
  ReadModelStorage,
  TableSpec,
} from '../read-model-storage.port';
import { SqliteReader } from './sqlite-reader';
import { ident, keyIndexSql, SqliteWriter, tableName } from './sqlite-writer';

const COLUMN_TYPES = { text: 'TEXT', integer: 'INTEGER', real: 'REAL', json: 'TEXT' } as const;

const BOOKKEEPING = `
CREATE TABLE IF NOT EXISTS projection_generations (
  name TEXT NOT NULL, generation INTEGER NOT NULL, version INTEGER NOT NULL, role TEXT NOT NULL,
  position INTEGER, last_recorded_at TEXT, halted_by TEXT, tables TEXT NOT NULL,
  PRIMARY KEY (name, generation));
CREATE TABLE IF NOT EXISTS projection_dead_letters (
  id INTEGER PRIMARY KEY AUTOINCREMENT, name TEXT NOT NULL, generation INTEGER NOT NULL,
  position INTEGER NOT NULL, event_id TEXT NOT NULL, event_type TEXT NOT NULL, error TEXT NOT NULL, at TEXT NOT NULL);
`;

function openReadOnly(file: string): Database.Database {
  const db = new Database(file, { readonly: true });
  db.pragma('busy_timeout = 5000');
  return db;
}

/** Read models in their own SQLite file (WAL): one writer connection, one read-only connection for queries. */
export class SqliteReadModelStorage implements ReadModelStorage {
  private readonly writers = new Map<string, SqliteWriter>();
  private readonly readers = new Map<string, SqliteReader>();
  private readonly advanceStmt: Database.Statement;
  private readonly deadLetterStmt: Database.Statement;
  private readonly haltStmt: Database.Statement;
  private readonly deadLettersStmt: Database.Statement;
  private readonly deadLetterCountsStmt: Database.Statement;
  private readonly dataVersionStmt: Database.Statement;
  private dataVersion: number;
  private readonly session: ProjectionSession;
  private queue: Promise<unknown> = Promise.resolve();

  private constructor(
    private readonly db: Database.Database,
    private readonly readDb: Database.Database,
  ) {
    this.advanceStmt = db.prepare(
      `UPDATE projection_generations SET position = ?, last_recorded_at = ?
       WHERE name = ? AND generation = ? AND position IS ?`,
    );
    this.deadLetterStmt = db.prepare(
      `INSERT INTO projection_dead_letters (name, generation, position, event_id, event_type, error, at)
       VALUES (?, ?, ?, ?, ?, ?, ?)`,
    );
    this.haltStmt = db.prepare(
      `UPDATE projection_generations SET halted_by = ? WHERE name = ? AND generation = ?`,
    );
    // Bookkeeping is read on the read connection: what has committed, never an open batch's writes.
    this.deadLettersStmt = readDb.prepare(
      `SELECT name, generation, position, event_id AS eventId, event_type AS eventType, error, at
       FROM projection_dead_letters WHERE ? IS NULL OR name = ? ORDER BY id`,
    );
    // Only the generations in use: a dropped generation's letters stay listed (below) but would
    // count every poison event again after each rebuild that met it too.
    this.deadLetterCountsStmt = readDb.prepare(
      `SELECT d.name, count(*) AS n FROM projection_dead_letters d
       JOIN projection_generations g ON g.name = d.name AND g.generation = d.generation
       WHERE g.role IN ('active', 'building') GROUP BY d.name`,
    );
    this.dataVersionStmt = db.prepare('PRAGMA data_version').pluck();
    this.dataVersion = this.dataVersionStmt.get() as number;
    this.session = {
      writer: (ref) => this.writerFor(ref),
      advance: (ref, from, to, lastRecordedAt) => {
        const { changes } = this.advanceStmt.run(
          to,
          lastRecordedAt,
          ref.name,
          ref.generation,
          from,
        );
        if (changes !== 1) throw new CheckpointConflictError(ref);
      },
      deadLetter: (l) =>
        this.deadLetterStmt.run(
          l.name,
          l.generation,
          l.position,
          l.eventId,
          l.eventType,
          l.error,
          l.at,
        ),
      halt: (ref, reason) => this.haltStmt.run(reason, ref.name, ref.generation),
    };
  }

  static open(file: string): SqliteReadModelStorage {
    mkdirSync(dirname(file), { recursive: true });
    const db = new Database(file);
    db.pragma('journal_mode = WAL');
    // Read models are rebuildable: NORMAL still survives a killed process, only a power cut may lose the tail.
    db.pragma('synchronous = NORMAL');
    db.pragma('busy_timeout = 5000');
    // A generation catching up appends its rows (see SqliteWriter): the pages it needs are the
    // tables' tails and the rows its updates reach, so 8 MB does (a 1M-event rebuild runs as fast
    // as with 40 MB), and leaves the rest of the 300 MB budget to the catch-up batch of parsed
    // events and the in-memory key indexes.
    db.pragma('cache_size = -8192');
    // The sorts that build a caught-up generation's indexes spill to temporary files, not memory.
    db.pragma('temp_store = file');
    // Fewer, larger checkpoints: each one fsyncs, and pages rewritten commit after commit are
    // copied back once (512 MB of WAL at most; the file is cut back to 64 MB after each checkpoint;
    // 32 MB checkpoints cost a 1M-event rebuild 1.3 s more).
    db.pragma('wal_autocheckpoint = 131072');
    db.pragma('journal_size_limit = 67108864');
    db.exec(BOOKKEEPING);
    return new SqliteReadModelStorage(db, openReadOnly(file));
  }

  /**
   * Queries only, over a file another thread or process writes and has already set up (a
   * projection worker's): one read-only connection, no writer and no schema work at start-up.
   */
  static openForQueries(file: string): SqliteReadModelStorage {
    const readDb = openReadOnly(file);
    return new SqliteReadModelStorage(readDb, readDb);
  }

  async states(): Promise<GenerationState[]> {
    const rows = this.readDb
      .prepare('SELECT * FROM projection_generations ORDER BY name, generation')
      .all() as Array<Record<string, unknown>>;
    return rows.map((r) => ({
      name: r.name as string,
      generation: r.generation as number,
      version: r.version as number,
      role: r.role as GenerationRole,
      position: r.position as number | null,
      lastRecordedAt: r.last_recorded_at as string | null,
      haltedBy: r.halted_by as string | null,
    }));
  }

  async createGeneration(
    ref: GenerationRef,
    version: number,
    role: GenerationRole,
    tables: TableSpec[],
  ) {
    await this.serially(() =>
      this.db.transaction(() => {
        for (const spec of tables) this.db.exec(createTableSql(ref, spec));
        this.db
          .prepare(
            `INSERT INTO projection_generations (name, generation, version, role, tables) VALUES (?, ?, ?, ?, ?)
             ON CONFLICT (name, generation) DO NOTHING`,
          )
          .run(ref.name, ref.generation, version, role, JSON.stringify(tables));
      })(),
    );
  }

  async ensureIndexes(ref: GenerationRef, tables: TableSpec[]) {
    await this.serially(() => {
      // Its in-memory key indexes go first: they are what the key indexes replace.
      this.writers.get(key(ref))?.reset();
      this.db.transaction(() => {
        for (const spec of tables) this.db.exec(createIndexesSql(ref, spec));
      })();
    });
  }

  async promote(next: GenerationRef, previous: GenerationRef | null) {
    await this.serially(() => {
      const setRole = this.db.prepare(
        'UPDATE projection_generations SET role = ? WHERE name = ? AND generation = ?',
      );
      this.db.transaction(() => {
        if (previous) setRole.run('retired', previous.name, previous.generation);
        setRole.run('active', next.name, next.generation);
      })();
    });
  }

  async dropGeneration(ref: GenerationRef, tables: TableSpec[]) {
    await this.serially(() => {
      this.db.transaction(() => {
        for (const spec of tables)
          this.db.exec(`DROP TABLE IF EXISTS ${tableName(ref, spec.name)}`);
        this.db
          .prepare('DELETE FROM projection_generations WHERE name = ? AND generation = ?')
          .run(ref.name, ref.generation);
      })();
      this.writers.delete(key(ref));
      this.readers.delete(key(ref));
    });
  }

  async resume(ref: GenerationRef) {
    await this.serially(() => this.haltStmt.run(null, ref.name, ref.generation));
  }

  /** Runners share the one writer connection, so transactions queue behind each other. */
  async transaction<T>(work: (session: ProjectionSession) => Promise<T>): Promise<T> {
    return this.serially(async () => {
      this.db.exec('BEGIN IMMEDIATE');
      // Another connection committed since: what the writers hold in memory may be stale.
      const version = this.dataVersionStmt.get() as number;
      if (version !== this.dataVersion) this.resetWriters();
      this.dataVersion = version;
      try {
        const result = await work(this.session);
        this.db.exec('COMMIT');
        for (const writer of this.writers.values()) writer.committed();
        return result;
      } catch (error) {
        this.db.exec('ROLLBACK');
        for (const writer of this.writers.values()) writer.rolledBack();
        throw error;
      }
    });
  }

  reader(ref: GenerationRef): ReadModelReader {
    let reader = this.readers.get(key(ref));
    if (!reader)
      this.readers.set(key(ref), (reader = new SqliteReader(this.readDb, ref, this.specsOf(ref))));
    return reader;
  }

  /**
   * Every letter ever written, oldest first, each with its generation: the operator sees the
   * history, letters of retired and dropped generations included (never deleted), so the same
   * poison event may appear once per generation that met it. `deadLetterCounts` counts fewer.
   */
  async deadLetters(name?: string): Promise<DeadLetter[]> {
    return this.deadLettersStmt.all(name ?? null, name ?? null) as DeadLetter[];
  }

  async deadLetterCounts() {
    const rows = this.deadLetterCountsStmt.all() as { name: string; n: number }[];
    return new Map(rows.map((r) => [r.name, r.n]));
  }

  async close() {
    this.readDb.close();
    if (this.db !== this.readDb) this.db.close();
  }

  /**
   * Everything that writes on the writer connection takes its turn here. A batch's transaction
   * stays open while its work awaits (a stream-history read, an async `apply`): a write run then
   * would land inside it (better-sqlite3 makes a nested transaction a SAVEPOINT) and be undone
   * with it if the batch rolls back. So nothing queued here may be called from a transaction's
   * work, or it waits for itself: the engine and the runners call housekeeping only between
   * batches (a takeover's promote is started once the batch's transaction has returned).
   */
  private serially<T>(op: () => T | Promise<T>): Promise<T> {
    const run = this.queue.then(op);
    this.queue = run.catch(() => undefined);
    return run;
  }

  private specsOf(ref: GenerationRef): TableSpec[] {
    const row = this.db
      .prepare('SELECT tables FROM projection_generations WHERE name = ? AND generation = ?')
      .get(ref.name, ref.generation) as { tables: string } | undefined;
    if (!row) throw new Error(`no generation ${key(ref)}`);
    return JSON.parse(row.tables) as TableSpec[];
  }

  private resetWriters(): void {
    for (const writer of this.writers.values()) writer.reset();
  }

  private writerFor(ref: GenerationRef): SqliteWriter {
    let writer = this.writers.get(key(ref));
    if (!writer) this.writers.set(key(ref), (writer = new SqliteWriter(this.db, ref)));
    return writer;
  }
}

const key = (ref: GenerationRef) => `${ref.name}#${ref.generation}`;

/**
 * Rowid tables, rows appended in the order they are written; the key is a unique index built
 * with the secondary ones once the generation has caught up (until then SqliteWriter finds keys
 * in memory), so a rebuild takes no random B-tree insert per row.
 */
function createTableSql(ref: GenerationRef, spec: TableSpec): string {
  // Key columns stay NOT NULL, as a primary key would make them: a unique index admits many nulls.
  const columns = Object.entries(spec.columns).map(
    ([c, t]) => `${ident(c)} ${COLUMN_TYPES[t]}${spec.primaryKey.includes(c) ? ' NOT NULL' : ''}`,
  );
  return `CREATE TABLE IF NOT EXISTS ${tableName(ref, spec.name)} (${columns.join(', ')})`;
}

function createIndexesSql(ref: GenerationRef, spec: TableSpec): string {
  const table = tableName(ref, spec.name);
  const secondary = (spec.indexes ?? []).map(
    (cols, i) =>
      `CREATE INDEX IF NOT EXISTS ${table}_i${i} ON ${table} (${cols.map(ident).join(', ')})`,
  );
  return [keyIndexSql(table, spec.primaryKey), ...secondary].join(';\n');
}
