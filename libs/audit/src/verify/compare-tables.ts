import type { ReadModelReader, Row, TableSpec } from '@chancery/projections';
import { canonicalJson } from '@chancery/common';

export type RowDifference = {
  table: string;
  key: Record<string, unknown>;
  /** `missing`: replay has it, live lacks it; `unexpected`: live has it, replay does not. */
  kind: 'missing' | 'unexpected' | 'differs';
  live?: Row;
  replayed?: Row;
};

/** Compares one table of the live read model with the replayed one, row by row on the primary key. */
export async function compareTable(
  spec: TableSpec,
  live: ReadModelReader,
  replayed: ReadModelReader,
): Promise<RowDifference[]> {
  const orderBy = spec.primaryKey.map((c) => [c, 'asc'] as [string, 'asc']);
  const keyOf = (row: Row) => canonicalJson(spec.primaryKey.map((c) => row[c] ?? null));
  const index = (rows: Row[]) => new Map(rows.map((row) => [keyOf(row), row]));
  const [liveRows, replayedRows] = await Promise.all([
    live.select(spec.name, { orderBy }).then(index),
    replayed.select(spec.name, { orderBy }).then(index),
  ]);
  const differences: RowDifference[] = [];
  const keyFields = (row: Row) => Object.fromEntries(spec.primaryKey.map((c) => [c, row[c]]));
  for (const [key, row] of replayedRows) {
    const other = liveRows.get(key);
    if (!other) differences.push({ table: spec.name, key: keyFields(row), kind: 'missing', replayed: row });
    else if (canonicalJson(normalise(other)) !== canonicalJson(normalise(row))) {
      differences.push({ table: spec.name, key: keyFields(row), kind: 'differs', live: other, replayed: row });
    }
  }
  for (const [key, row] of liveRows) {
    if (!replayedRows.has(key)) differences.push({ table: spec.name, key: keyFields(row), kind: 'unexpected', live: row });
  }
  return differences;
}

/** SQLite hands back NULL for a column never written; treat absent and null alike. */
function normalise(row: Row): Row {
  return Object.fromEntries(Object.entries(row).filter(([, v]) => v !== null && v !== undefined));
}
