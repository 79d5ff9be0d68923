import type {
  AggregateQuery,
  Condition,
  Merge,
  ReadModelReader,
  ReadModelWriter,
  Row,
  Scalar,
  SelectQuery,
  TableSpec,
  Where,
} from '@chancery/projections';
import { canonicalJson } from '@chancery/common';

/**
 * A projection's tables held in maps, for building a read model in memory from a handful of
 * streams (the state "as known at" an instant) without touching the live database. It follows
 * the storage port's semantics: upsert merges per column, where-clauses compare like SQL.
 */
export class MemoryReadModel implements ReadModelWriter, ReadModelReader {
  private readonly tables = new Map<string, { spec: TableSpec; rows: Map<string, Row> }>();

  constructor(specs: TableSpec[]) {
    for (const spec of specs) this.tables.set(spec.name, { spec, rows: new Map() });
  }

  async get(table: string, key: Record<string, Scalar>): Promise<Row | undefined> {
    const row = this.table(table).rows.get(this.keyOf(table, key));
    return row && structuredClone(row);
  }

  insert(table: string, row: Row): void {
    const t = this.table(table);
    const key = this.keyOf(table, row);
    if (t.rows.has(key)) throw new Error(`duplicate key in ${table}: ${key}`);
    t.rows.set(key, clean(row));
  }

  upsert(table: string, row: Row, merge: Record<string, Merge> = {}): void {
    const t = this.table(table);
    const key = this.keyOf(table, row);
    const stored = t.rows.get(key);
    if (!stored) return void t.rows.set(key, clean(row));
    for (const [column, value] of Object.entries(row)) {
      if (t.spec.primaryKey.includes(column) || value === undefined) continue;
      stored[column] = merged(merge[column] ?? 'set', stored[column], value);
    }
  }

  update(table: string, where: Record<string, Scalar>, set: Row): void {
    for (const row of this.matching(table, where)) Object.assign(row, clean(set));
  }

  delete(table: string, where: Record<string, Scalar>): void {
    const t = this.table(table);
    for (const [key, row] of t.rows) if (matches(row, where)) t.rows.delete(key);
  }

  async select(table: string, query: SelectQuery = {}): Promise<Row[]> {
    let rows = this.matching(table, query.where);
    if (query.orderBy?.length) rows = rows.sort((a, b) => compareBy(query.orderBy!, a, b));
    const start = query.offset ?? 0;
    rows = query.limit === undefined ? rows.slice(start) : rows.slice(start, start + query.limit);
    return rows.map((row) => structuredClone(row));
  }

  async count(table: string, where?: Where): Promise<number> {
    return this.matching(table, where).length;
  }

  async aggregate(table: string, query: AggregateQuery): Promise<Row[]> {
    const groups = new Map<string, Row[]>();
    for (const row of this.matching(table, query.where)) {
      const key = canonicalJson(query.groupBy.map((c) => row[c] ?? null));
      groups.set(key, [...(groups.get(key) ?? []), row]);
    }
    const out = [...groups.values()].map((rows) => {
      const result: Row = Object.fromEntries(query.groupBy.map((c) => [c, rows[0][c] ?? null]));
      for (const [name, [fn, column]] of Object.entries(query.measures)) {
        const values = rows.map((r) => r[column]).filter((v): v is string | number => v !== null && v !== undefined);
        if (fn === 'count') result[name] = rows.length;
        else if (fn === 'sum') result[name] = values.reduce<number>((s, v) => s + Number(v), 0);
        else result[name] = values.length ? values.reduce((m, v) => (fn === 'min' ? (v < m ? v : m) : v > m ? v : m)) : null;
      }
      return result;
    });
    return query.orderBy?.length ? out.sort((a, b) => compareBy(query.orderBy!, a, b)) : out;
  }

  private matching(table: string, where: Where = {}): Row[] {
    return [...this.table(table).rows.values()].filter((row) => matches(row, where));
  }

  private table(name: string) {
    const t = this.tables.get(name);
    if (!t) throw new Error(`no table ${name}`);
    return t;
  }

  private keyOf(table: string, row: Record<string, unknown>): string {
    return canonicalJson(this.table(table).spec.primaryKey.map((c) => row[c] ?? null));
  }
}

function clean(row: Row): Row {
  return structuredClone(Object.fromEntries(Object.entries(row).filter(([, v]) => v !== undefined)));
}

function merged(rule: Merge, stored: Row[string], value: Row[string]): Row[string] {
  switch (rule) {
    case 'keep':
      return stored;
    case 'add':
      return Number(stored ?? 0) + Number(value ?? 0);
    case 'min':
      return stored === null || stored === undefined || (value !== null && value! < stored) ? value : stored;
    case 'max':
      return stored === null || stored === undefined || (value !== null && value! > stored) ? value : stored;
    default:
      return structuredClone(value);
  }
}

/** SQL semantics: NULL equals nothing except `IS NULL` (a null condition). */
function matches(row: Row, where: Where): boolean {
  return Object.entries(where).every(([column, condition]) => test(row[column] ?? null, condition));
}

function test(value: Row[string], condition: Condition): boolean {
  if (condition === null) return value === null;
  if (typeof condition !== 'object') return value !== null && value === condition;
  if (value === null) return false;
  const v = value as Scalar;
  if (condition.in && !condition.in.includes(v)) return false;
  if (condition.gte !== undefined && !(v! >= condition.gte!)) return false;
  if (condition.lte !== undefined && !(v! <= condition.lte!)) return false;
  if (condition.gt !== undefined && !(v! > condition.gt!)) return false;
  if (condition.lt !== undefined && !(v! < condition.lt!)) return false;
  if (condition.ne !== undefined && !(v !== condition.ne)) return false;
  return true;
}

function compareBy(orderBy: NonNullable<SelectQuery['orderBy']>, a: Row, b: Row): number {
  for (const [column, direction] of orderBy) {
    const [x, y] = [a[column] ?? null, b[column] ?? null];
    if (x === y) continue;
    // SQLite sorts NULL first ascending.
    const order = x === null ? -1 : y === null ? 1 : x < y ? -1 : 1;
    return direction === 'desc' ? -order : order;
  }
  return 0;
}
