import type Database from 'better-sqlite3';
import type {
  AggregateQuery,
  GenerationRef,
  OrderBy,
  ReadModelReader,
  Row,
  Scalar,
  SelectQuery,
  TableSpec,
  Where,
} from '../read-model-storage.port';
import { ident, tableName } from './sqlite-writer';

const OPERATORS = { gte: '>=', lte: '<=', gt: '>', lt: '<', ne: '<>' } as const;

export class SqliteReader implements ReadModelReader {
  private readonly statements = new Map<string, Database.Statement>();
  private readonly jsonColumns: Map<string, string[]>;

  constructor(
    private readonly db: Database.Database,
    private readonly ref: GenerationRef,
    specs: TableSpec[],
  ) {
    this.jsonColumns = new Map(
      specs.map((s) => [
        s.name,
        Object.entries(s.columns)
          .filter(([, t]) => t === 'json')
          .map(([c]) => c),
      ]),
    );
  }

  async select(table: string, query: SelectQuery = {}): Promise<Row[]> {
    const [where, params] = whereSql(query.where);
    let sql = `SELECT * FROM ${this.table(table)}${where}${orderSql(query.orderBy)}`;
    if (query.limit !== undefined) {
      sql += ' LIMIT ? OFFSET ?';
      params.push(query.limit, query.offset ?? 0);
    }
    const rows = this.statement(sql).all(params) as Row[];
    const json = this.jsonColumns.get(table) ?? [];
    if (json.length) for (const row of rows) for (const c of json) row[c] = parse(row[c]);
    return rows;
  }

  async count(table: string, where?: Where): Promise<number> {
    const [clause, params] = whereSql(where);
    const row = this.statement(`SELECT count(*) AS n FROM ${this.table(table)}${clause}`).get(
      params,
    ) as { n: number };
    return row.n;
  }

  async aggregate(table: string, query: AggregateQuery): Promise<Row[]> {
    const [where, params] = whereSql(query.where);
    const measures = Object.entries(query.measures).map(([out, [fn, col]]) =>
      fn === 'count' ? `count(*) AS ${ident(out)}` : `${fn}(${ident(col)}) AS ${ident(out)}`,
    );
    const groups = query.groupBy.map(ident);
    const groupBy = groups.length ? ` GROUP BY ${groups}` : '';
    const sql = `SELECT ${[...groups, ...measures]} FROM ${this.table(table)}${where}${groupBy}${orderSql(query.orderBy)}`;
    return this.statement(sql).all(params) as Row[];
  }

  private table(table: string): string {
    if (!this.jsonColumns.has(table))
      throw new Error(`projection ${this.ref.name} has no table ${table}`);
    return tableName(this.ref, table);
  }

  private statement(sql: string): Database.Statement {
    let stmt = this.statements.get(sql);
    if (!stmt) this.statements.set(sql, (stmt = this.db.prepare(sql)));
    return stmt;
  }
}

function whereSql(where: Where = {}): [string, Scalar[]] {
  const clauses: string[] = [];
  const params: Scalar[] = [];
  for (const [column, condition] of Object.entries(where)) {
    const c = ident(column);
    if (condition === null) clauses.push(`${c} IS NULL`);
    else if (typeof condition !== 'object') {
      clauses.push(`${c} = ?`);
      params.push(condition);
    } else {
      if (condition.in) {
        clauses.push(condition.in.length ? `${c} IN (${condition.in.map(() => '?')})` : '0');
        params.push(...condition.in);
      }
      for (const part of condition.contains ?? []) {
        clauses.push(`instr(${c}, ?) > 0`);
        params.push(part);
      }
      for (const [op, sql] of Object.entries(OPERATORS)) {
        const value = condition[op as keyof typeof OPERATORS];
        if (value !== undefined) {
          clauses.push(`${c} ${sql} ?`);
          params.push(value);
        }
      }
    }
  }
  return [clauses.length ? ` WHERE ${clauses.join(' AND ')}` : '', params];
}

function orderSql(orderBy: OrderBy = []): string {
  if (!orderBy.length) return '';
  return ` ORDER BY ${orderBy.map(([c, d]) => `${ident(c)} ${d === 'desc' ? 'DESC' : 'ASC'}`)}`;
}

function parse(value: unknown): Row[string] {
  return typeof value === 'string' ? (JSON.parse(value) as Row[string]) : (value as Row[string]);
}
