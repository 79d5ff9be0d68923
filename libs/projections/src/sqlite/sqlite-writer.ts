import Database from 'better-sqlite3';
import type {
  GenerationRef,
  Merge,
  ReadModelWriter,
  Row,
  Scalar,
  TableSpec,
} from '../read-model-storage.port';
import { KeyIndex } from './key-index';

export const tableName = (ref: GenerationRef, table: string) =>
  ident(`rm_${ref.name}_g${ref.generation}_${table}`);

/** Table and column names come from code, never from a request; still, refuse anything but plain names. */
export function ident(name: string): string {
  if (!/^[a-z][a-z0-9_]*$/.test(name)) throw new Error(`not a plain identifier: ${name}`);
  return name;
}

/** The unique index on a table's key: created once its generation has caught up (see KeyIndex). */
export const keyIndexSql = (table: string, keys: string[]) =>
  `CREATE UNIQUE INDEX IF NOT EXISTS ${table}_pk ON ${table} (${keys.map(ident).join(', ')})`;

/** `t.c` is the stored value, `excluded.c` the one written. */
const MERGE_SQL: Record<Merge, (t: string, c: string) => string> = {
  set: (t, c) => `${c} = excluded.${c}`,
  add: (t, c) => `${c} = coalesce(${t}.${c}, 0) + excluded.${c}`,
  min: (t, c) =>
    `${c} = CASE WHEN ${t}.${c} IS NULL OR excluded.${c} < ${t}.${c} THEN excluded.${c} ELSE ${t}.${c} END`,
  max: (t, c) =>
    `${c} = CASE WHEN ${t}.${c} IS NULL OR excluded.${c} > ${t}.${c} THEN excluded.${c} ELSE ${t}.${c} END`,
  keep: (t, c) => `${c} = ${t}.${c}`,
};

/** Objects and arrays are stored as JSON text; statements are prepared once per shape. */
export function toSql(value: unknown): Scalar {
  if (value === undefined || value === null) return null;
  if (typeof value === 'object') return JSON.stringify(value);
  if (typeof value === 'boolean') return value ? 1 : 0;
  return value as Scalar;
}

interface TableState {
  sql: string;
  keys: string[];
  json: string[];
  /** Set while the table has no key index: writes find existing rows through it instead. */
  bulk: KeyIndex | null;
}

const sameSet = (a: string[], b: string[]) =>
  a.length === b.length && a.every((c) => b.includes(c));
const found = (row: unknown) => row !== undefined;

/**
 * Writes one generation's tables. Until the generation has caught up its tables have no key
 * index: rows are appended and an in-memory KeyIndex finds the row a key already has, so a
 * rebuild never pays a random B-tree insert per row; the key index is then built sorted, once.
 */
export class SqliteWriter implements ReadModelWriter {
  private readonly statements = new Map<string, Database.Statement>();
  private readonly upserts = new Map<string, ReturnType<SqliteWriter['upsertShape']>>();
  private tables = new Map<string, TableState>();
  /** Rows the open transaction deleted, by their key index entries, so a rollback can put them back. */
  private deleted: Array<{ t: TableState; key: Scalar[]; rowid: number }> = [];
  /** Whether the open transaction created a key index in SQL (one a rollback removes again). */
  private keyIndexCreated = false;

  constructor(
    private readonly db: Database.Database,
    private readonly ref: GenerationRef,
  ) {}

  /** Forgets what it knew of the tables (after another writer committed, or new indexes). */
  reset(): void {
    this.tables = new Map();
    this.committed();
  }

  /** What the transaction did to the in-memory key indexes now stands. */
  committed(): void {
    this.deleted = [];
    this.keyIndexCreated = false;
  }

  /**
   * The rows the transaction deleted are back, so their keys go back in. Keys it added point at
   * rows that are gone: harmless, since every hit is confirmed in SQL by rowid and key. Reloading
   * every key index from its table instead cost a full scan of the generation per poison event.
   */
  rolledBack(): void {
    if (this.keyIndexCreated) return this.reset();
    for (const { t, key, rowid } of this.deleted.reverse()) {
      if (!t.bulk) continue;
      t.bulk.key(key);
      this.appended(t, rowid);
    }
    this.committed();
  }

  async get(table: string, key: Record<string, Scalar>): Promise<Row | undefined> {
    const t = this.table(table);
    const conds = Object.keys(key);
    let row: Row | undefined;
    if (t.bulk && this.byKey(t, conds, [])) {
      const stmt = this.statement(
        `G|${table}|${t.keys}`,
        () => `SELECT * FROM ${t.sql} WHERE ${this.rowidAndKeys(t)}`,
      );
      const values = t.keys.map((k) => key[k]);
      t.bulk.key(values);
      this.find(
        t.bulk,
        (rowid) => (row = stmt.get(rowid, values) as Row | undefined) !== undefined,
      );
    } else {
      const stmt = this.statement(`g|${table}|${conds}`, () => {
        return `SELECT * FROM ${t.sql} WHERE ${conds.map((c) => `${c} = ?`).join(' AND ')}`;
      });
      row = stmt.get(conds.map((c) => key[c])) as Row | undefined;
    }
    if (row)
      for (const c of t.json) if (typeof row[c] === 'string') row[c] = JSON.parse(row[c] as string);
    return row;
  }

  insert(table: string, row: Row): void {
    const t = this.table(table);
    const cols = Object.keys(row);
    const stmt = this.statement(`i|${table}|${cols}`, () => {
      return `INSERT INTO ${t.sql} (${cols}) VALUES (${cols.map(() => '?')})`;
    });
    if (!t.bulk) {
      stmt.run(cols.map((c) => toSql(row[c])));
      return;
    }
    const key = t.keys.map((k) => toSql(row[k]));
    t.bulk.key(key);
    if (this.find(t.bulk, (rowid) => found(this.exists(t, table).get(rowid, key))) >= 0)
      throw new Database.SqliteError(
        `UNIQUE constraint failed: ${t.keys.map((k) => `${t.sql}.${k}`).join(', ')}`,
        'SQLITE_CONSTRAINT_UNIQUE',
      );
    this.appended(t, stmt.run(cols.map((c) => toSql(row[c]))).lastInsertRowid);
  }

  upsert(table: string, row: Row, merge?: Record<string, Merge>): void {
    const t = this.table(table);
    const cols = Object.keys(row);
    // Most upserts merge nothing: spare them serialising the rules for the shape's key.
    const id = `${table}|${cols.join(',')}${merge ? `|${JSON.stringify(merge)}` : ''}`;
    let shape = this.upserts.get(id);
    if (!shape) this.upserts.set(id, (shape = this.upsertShape(t, cols, merge)));
    const values = new Array<Scalar>(cols.length);
    for (let i = 0; i < cols.length; i++) values[i] = toSql(row[cols[i]]);
    if (!t.bulk) {
      shape.upsert().run(values);
      return;
    }
    const key = shape.keyAt.map((i) => (i < 0 ? null : values[i]));
    // A null key cannot match; the insert below fails on it as the key index would have.
    if (key.indexOf(null) < 0) {
      t.bulk.key(key);
      if (t.bulk.first() >= 0) {
        const update = shape.update();
        const confirm = update
          ? (rowid: number) => update.run(values, rowid).changes === 1
          : (rowid: number) => found(this.exists(t, table).get(rowid, key));
        if (this.find(t.bulk, confirm) >= 0) return;
      }
    }
    this.appended(t, shape.insert().run(values).lastInsertRowid);
  }

  /** The statements of one upsert shape (table, columns, merge rules), each prepared on first use. */
  private upsertShape(t: TableState, cols: string[], merge?: Record<string, Merge>) {
    cols.forEach(ident);
    const updates = cols
      .filter((c) => !t.keys.includes(c))
      .map((c) => MERGE_SQL[merge?.[c] ?? 'set'](t.sql, c));
    const once = <T>(make: () => T) => {
      let made: T | undefined;
      return () => (made ??= make());
    };
    return {
      keyAt: t.keys.map((k) => cols.indexOf(k)),
      upsert: once(() => {
        const onConflict = updates.length ? `DO UPDATE SET ${updates.join(', ')}` : 'DO NOTHING';
        return this.db.prepare(`INSERT INTO ${t.sql} (${cols}) VALUES (${cols.map(() => '?')})
                                ON CONFLICT (${t.keys}) ${onConflict}`);
      }),
      insert: once(() =>
        this.db.prepare(`INSERT INTO ${t.sql} (${cols}) VALUES (${cols.map(() => '?')})`),
      ),
      // The same merge, on the row found by rowid and key: `excluded` is the row written.
      update: once(() => {
        if (!updates.length) return null;
        const given = cols.map((c) => `? AS ${c}`).join(', ');
        const match = t.keys.map((k) => `${t.sql}.${k} = excluded.${k}`).join(' AND ');
        return this.db
          .prepare(`UPDATE ${t.sql} SET ${updates.join(', ')} FROM (SELECT ${given}) AS excluded
                                WHERE ${t.sql}.rowid = ? AND ${match}`);
      }),
    };
  }

  update(table: string, where: Record<string, Scalar>, set: Row): void {
    const t = this.table(table);
    const cols = Object.keys(set);
    const conds = Object.keys(where);
    const values = cols.map((c) => toSql(set[c]));
    if (t.bulk && this.byKey(t, conds, cols)) {
      const stmt = this.statement(`R|${table}|${cols}|${t.keys}`, () => {
        return `UPDATE ${t.sql} SET ${cols.map((c) => `${c} = ?`)} WHERE ${this.rowidAndKeys(t)}`;
      });
      const key = t.keys.map((k) => where[k]);
      t.bulk.key(key);
      this.find(t.bulk, (rowid) => stmt.run(values, rowid, key).changes === 1);
      return;
    }
    const stmt = this.statement(`m|${table}|${cols}|${conds}`, () => {
      return `UPDATE ${t.sql} SET ${cols.map((c) => `${c} = ?`)}
              WHERE ${conds.map((c) => `${c} = ?`).join(' AND ')}`;
    });
    stmt.run([...values, ...conds.map((c) => where[c])]);
  }

  delete(table: string, where: Record<string, Scalar>): void {
    const t = this.table(table);
    const conds = Object.keys(where);
    if (t.bulk && this.byKey(t, conds, [])) {
      const stmt = this.statement(`D|${table}|${t.keys}`, () => {
        return `DELETE FROM ${t.sql} WHERE ${this.rowidAndKeys(t)}`;
      });
      const key = t.keys.map((k) => where[k]);
      const index = t.bulk;
      index.key(key);
      const slot = this.find(index, (rowid) => stmt.run(rowid, key).changes === 1);
      if (slot < 0) return;
      this.deleted.push({ t, key, rowid: index.rowid(slot) });
      index.remove(slot);
      return;
    }
    const stmt = this.statement(`d|${table}|${conds}`, () => {
      return `DELETE FROM ${t.sql} WHERE ${conds.map((c) => `${c} = ?`).join(' AND ')}`;
    });
    stmt.run(conds.map((c) => where[c]));
  }

  /**
   * Whether a bulk table's KeyIndex can serve a statement on `conds` that sets `cols`: only by
   * the full key, and not moving it. Anything else gets the key index built now and goes on
   * through it, rare as such statements are in a rebuild.
   */
  private byKey(t: TableState, conds: string[], cols: string[]): boolean {
    if (sameSet(conds, t.keys) && !cols.some((c) => t.keys.includes(c))) return true;
    this.indexKeys(t);
    return false;
  }

  /** The slot of the row of the current key that `confirm` (a statement on rowid and key) accepts, or -1. */
  private find(index: KeyIndex, confirm: (rowid: number) => boolean): number {
    let slot = index.first();
    while (slot >= 0 && !confirm(index.rowid(slot))) slot = index.next(slot);
    return slot;
  }

  private appended(t: TableState, rowid: number | bigint): void {
    if (!t.bulk!.add(Number(rowid))) this.indexKeys(t);
  }

  private indexKeys(t: TableState): void {
    this.db.exec(keyIndexSql(t.sql, t.keys));
    t.bulk = null;
    this.keyIndexCreated ||= this.db.inTransaction;
  }

  private rowidAndKeys(t: TableState): string {
    return [`rowid = ?`, ...t.keys.map((k) => `${k} = ?`)].join(' AND ');
  }

  private exists(t: TableState, table: string): Database.Statement {
    return this.statement(`E|${table}|${t.keys}`, () => {
      return `SELECT 1 FROM ${t.sql} WHERE ${this.rowidAndKeys(t)}`;
    });
  }

  private statement(key: string, sql: () => string): Database.Statement {
    let stmt = this.statements.get(key);
    if (!stmt) {
      for (const part of key.split('|').slice(2))
        if (!part.startsWith('{')) part.split(',').filter(Boolean).forEach(ident);
      this.statements.set(key, (stmt = this.db.prepare(sql())));
    }
    return stmt;
  }

  private table(table: string): TableState {
    let t = this.tables.get(table);
    if (t) return t;
    const row = this.db
      .prepare('SELECT tables FROM projection_generations WHERE name = ? AND generation = ?')
      .get(this.ref.name, this.ref.generation) as { tables: string } | undefined;
    const spec = row && (JSON.parse(row.tables) as TableSpec[]).find((s) => s.name === table);
    if (!spec) throw new Error(`projection ${this.ref.name} has no table ${table}`);
    const sql = tableName(this.ref, table);
    const indexed = this.db
      .prepare("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?")
      .get(`${sql}_pk`);
    t = {
      sql,
      keys: spec.primaryKey,
      json: Object.keys(spec.columns).filter((c) => spec.columns[c] === 'json'),
      bulk: indexed ? null : this.loadKeys(sql, spec),
    };
    this.tables.set(table, t);
    return t;
  }

  /** The KeyIndex of a table written so far (empty for a new generation). */
  private loadKeys(sql: string, spec: TableSpec): KeyIndex | null {
    const index = new KeyIndex(
      spec.primaryKey.map((k) => spec.columns[k] !== 'text' && spec.columns[k] !== 'json'),
    );
    const rows = this.db
      .prepare(`SELECT rowid, ${spec.primaryKey.map(ident)} FROM ${sql}`)
      .raw()
      .iterate() as IterableIterator<[number, ...Scalar[]]>;
    let fits = true;
    for (const [rowid, ...key] of rows) {
      index.key(key);
      if (!(fits = index.add(rowid))) break;
    }
    if (fits) return index;
    this.db.exec(keyIndexSql(sql, spec.primaryKey));
    this.keyIndexCreated ||= this.db.inTransaction;
    return null;
  }
}
