/*
 * Why a table abstraction and not SQL: projections describe their tables (typed columns, a key,
 * indexes) and write through four operations — insert, upsert with a per-column merge rule
 * (set/add/min/max/keep), update and delete by equality. Each maps one-to-one onto
 * `INSERT … ON CONFLICT … DO UPDATE`, `UPDATE … WHERE` and `DELETE … WHERE`, which SQLite and
 * PostgreSQL both speak (min/max become LEAST/GREATEST there). Writers never read: an apply
 * function only emits writes, so a PostgreSQL adapter can queue them and send one transaction
 * at commit without the projections ever becoming async. Reads are async and equally portable.
 */
import type { JsonValue } from '@chancery/event-store';

export type ColumnType = 'text' | 'integer' | 'real' | 'json';
export type Scalar = string | number | null;
export type Row = Record<string, JsonValue | undefined>;

export interface TableSpec {
  name: string;
  columns: Record<string, ColumnType>;
  primaryKey: string[];
  indexes?: string[][];
}

/** How an upsert combines a new value with the stored one; key columns are never merged. */
export type Merge = 'set' | 'add' | 'min' | 'max' | 'keep';

/** What a projection's `apply` works through, bound to that projection generation's own tables. */
export interface ReadModelWriter {
  /** Reads a row by its full primary key, seeing this transaction's own writes. */
  get(table: string, key: Record<string, Scalar>): Promise<Row | undefined>;
  insert(table: string, row: Row): void;
  /** Columns absent from `merge` are overwritten ('set'). */
  upsert(table: string, row: Row, merge?: Record<string, Merge>): void;
  update(table: string, where: Record<string, Scalar>, set: Row): void;
  delete(table: string, where: Record<string, Scalar>): void;
}

export type Condition =
  | Scalar
  | {
      in?: Scalar[];
      gte?: Scalar;
      lte?: Scalar;
      gt?: Scalar;
      lt?: Scalar;
      ne?: Scalar;
      /** Text holding every one of these strings (SQLite `instr`, PostgreSQL `strpos`): a scan. */
      contains?: string[];
    };
export type Where = Record<string, Condition>;
export type OrderBy = Array<[column: string, direction: 'asc' | 'desc']>;

export interface SelectQuery {
  where?: Where;
  orderBy?: OrderBy;
  limit?: number;
  offset?: number;
}

export interface AggregateQuery {
  where?: Where;
  groupBy: string[];
  /** Output column → [function, input column]; `count` ignores the column. */
  measures: Record<string, ['sum' | 'min' | 'max' | 'count', string]>;
  orderBy?: OrderBy;
}

/** The read side of one projection generation. */
export interface ReadModelReader {
  select(table: string, query?: SelectQuery): Promise<Row[]>;
  count(table: string, where?: Where): Promise<number>;
  aggregate(table: string, query: AggregateQuery): Promise<Row[]>;
}

/** One physical copy of a projection's tables; a rebuild creates the next generation beside the live one. */
export interface GenerationRef {
  name: string;
  generation: number;
}

export type GenerationRole = 'building' | 'active' | 'retired';

export interface GenerationState extends GenerationRef {
  version: number;
  role: GenerationRole;
  /** Global position of the last event applied (or skipped over); null before the first. */
  position: number | null;
  /** `recordedAt` of the event at `position`. */
  lastRecordedAt: string | null;
  /** Set when a poison event stopped the generation. */
  haltedBy: string | null;
}

export interface DeadLetter extends GenerationRef {
  position: number;
  eventId: string;
  eventType: string;
  error: string;
  at: string;
}

/** Checkpoint and bookkeeping writes that commit in the same transaction as the read-model writes. */
export interface ProjectionSession {
  writer(ref: GenerationRef): ReadModelWriter;
  /** Compare-and-set: fails the transaction unless the stored position is still `from`. */
  advance(ref: GenerationRef, from: number | null, to: number, lastRecordedAt: string): void;
  deadLetter(letter: DeadLetter): void;
  halt(ref: GenerationRef, reason: string): void;
}

export interface ReadModelStorage {
  states(): Promise<GenerationState[]>;
  createGeneration(
    ref: GenerationRef,
    version: number,
    role: GenerationRole,
    tables: TableSpec[],
  ): Promise<void>;
  /**
   * Creates the key index and the secondary `indexes` of a generation's tables, if not there
   * yet. A generation is created without them and gets them once it has caught up: building an
   * index from the finished table sorts it once, where keeping it during a rebuild costs a random
   * insert per row written. Until then a generation's reads scan its tables.
   */
  ensureIndexes(ref: GenerationRef, tables: TableSpec[]): Promise<void>;
  /** Makes `next` active and `previous` retired, atomically. */
  promote(next: GenerationRef, previous: GenerationRef | null): Promise<void>;
  dropGeneration(ref: GenerationRef, tables: TableSpec[]): Promise<void>;
  resume(ref: GenerationRef): Promise<void>;
  /** Runs `work` in one transaction: every write and checkpoint in it commits or none does. */
  transaction<T>(work: (session: ProjectionSession) => Promise<T>): Promise<T>;
  reader(ref: GenerationRef): ReadModelReader;
  /** Every dead letter, of every generation that met one (dropped ones too): the operator's history. */
  deadLetters(name?: string): Promise<DeadLetter[]>;
  /** How many dead letters each projection's generations in use (active, building) have: what status and /health show. */
  deadLetterCounts(): Promise<Map<string, number>>;
  close(): Promise<void>;
}

/** The stored position changed under us: another process is writing the same generation. */
export class CheckpointConflictError extends Error {
  readonly code = 'PROJECTIONS.CHECKPOINT_CONFLICT';
  constructor(readonly ref: GenerationRef) {
    super(`checkpoint of ${ref.name}#${ref.generation} moved concurrently`);
  }
}
