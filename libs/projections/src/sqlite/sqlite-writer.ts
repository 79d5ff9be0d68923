import type Database from 'better-sqlite3';
import type {
  GenerationRef,
  Merge,
  ReadModelWriter,
  Row,
  Scalar,
  TableSpec,
} from '../read-model-storage.port';

export const tableName = (ref: GenerationRef, table: string) =>
  ident(`rm_${ref.name}_g${ref.generation}_${table}`);

/** Table and column names come from code, never from a request; still, refuse anything but plain names. */
export function ident(name: string): string {
  if (!/^[a-z][a-z0-9_]*$/.test(name)) throw new Error(`not a plain identifier: ${name}`);
  return name;
}

const MERGE_SQL: Record<Merge, (c: string) => string> = {
  set: (c) => `${c} = excluded.${c}`,
  add: (c) => `${c} = coalesce(${c}, 0) + excluded.${c}`,
  min: (c) =>
    `${c} = CASE WHEN ${c} IS NULL OR excluded.${c} < ${c} THEN excluded.${c} ELSE ${c} END`,
  max: (c) =>
    `${c} = CASE WHEN ${c} IS NULL OR excluded.${c} > ${c} THEN excluded.${c} ELSE ${c} END`,
  keep: (c) => `${c} = ${c}`,
};

/** Objects and arrays are stored as JSON text; statements are prepared once per shape. */
export function toSql(value: unknown): Scalar {
  if (value === undefined || value === null) return null;
  if (typeof value === 'object') return JSON.stringify(value);
  if (typeof value === 'boolean') return value ? 1 : 0;
  return value as Scalar;
}

export class SqliteWriter implements ReadModelWriter {
  private readonly statements = new Map<string, Database.Statement>();
  private specs?: Map<string, { keys: string[]; json: string[] }>;

  constructor(
    private readonly db: Database.Database,
    private readonly ref: GenerationRef,
  ) {}

  async get(table: string, key: Record<string, Scalar>): Promise<Row | undefined> {
    const conds = Object.keys(key);
    const stmt = this.statement(`g|${table}|${conds}`, () => {
      return `SELECT * FROM ${tableName(this.ref, table)} WHERE ${conds.map((c) => `${c} = ?`).join(' AND ')}`;
    });
    const row = stmt.get(conds.map((c) => key[c])) as Row | undefined;
    if (row)
      for (const c of this.spec(table).json)
        if (typeof row[c] === 'string') row[c] = JSON.parse(row[c] as string);
    return row;
  }

  insert(table: string, row: Row): void {
    const cols = Object.keys(row);
    const stmt = this.statement(`i|${table}|${cols}`, () => {
      return `INSERT INTO ${tableName(this.ref, table)} (${cols}) VALUES (${cols.map(() => '?')})`;
    });
    stmt.run(cols.map((c) => toSql(row[c])));
  }

  upsert(table: string, row: Row, merge?: Record<string, Merge>): void {
    const cols = Object.keys(row);
    // Most upserts merge nothing: spare them serialising the rules for the statement's key.
    const rules = merge ? `|${JSON.stringify(merge)}` : '';
    const stmt = this.statement(`u|${table}|${cols}${rules}`, () => {
      const keys = this.spec(table).keys;
      const updates = cols
        .filter((c) => !keys.includes(c))
        .map((c) => MERGE_SQL[merge?.[c] ?? 'set'](c));
      const onConflict = updates.length ? `DO UPDATE SET ${updates.join(', ')}` : 'DO NOTHING';
      return `INSERT INTO ${tableName(this.ref, table)} (${cols}) VALUES (${cols.map(() => '?')})
              ON CONFLICT (${keys}) ${onConflict}`;
    });
    stmt.run(cols.map((c) => toSql(row[c])));
  }

  update(table: string, where: Record<string, Scalar>, set: Row): void {
    const cols = Object.keys(set);
    const conds = Object.keys(where);
    const stmt = this.statement(`m|${table}|${cols}|${conds}`, () => {
      return `UPDATE ${tableName(this.ref, table)} SET ${cols.map((c) => `${c} = ?`)}
              WHERE ${conds.map((c) => `${c} = ?`).join(' AND ')}`;
    });
    stmt.run([...cols.map((c) => toSql(set[c])), ...conds.map((c) => where[c])]);
  }

  delete(table: string, where: Record<string, Scalar>): void {
    const conds = Object.keys(where);
    const stmt = this.statement(`d|${table}|${conds}`, () => {
      return `DELETE FROM ${tableName(this.ref, table)} WHERE ${conds.map((c) => `${c} = ?`).join(' AND ')}`;
    });
    stmt.run(conds.map((c) => where[c]));
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

  private spec(table: string): { keys: string[]; json: string[] } {
    if (!this.specs) {
      const row = this.db
        .prepare('SELECT tables FROM projection_generations WHERE name = ? AND generation = ?')
        .get(this.ref.name, this.ref.generation) as { tables: string };
      const specs = JSON.parse(row.tables) as TableSpec[];
      this.specs = new Map(
        specs.map((s) => [
          s.name,
          {
            keys: s.primaryKey,
            json: Object.keys(s.columns).filter((c) => s.columns[c] === 'json'),
          },
        ]),
      );
    }
    const spec = this.specs.get(table);
    if (!spec) throw new Error(`projection ${this.ref.name} has no table ${table}`);
    return spec;
  }
}
