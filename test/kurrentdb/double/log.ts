import { EventEmitter } from 'node:events';

/** One record of the double's transaction log; commit == prepare, as for self-committed events. */
export interface LogRecord {
  streamId: string;
  revision: number;
  position: bigint;
  id: string;
  type: string;
  contentType: string;
  data: Uint8Array;
  customMetadata: Uint8Array;
  /** .NET ticks (100 ns) since the Unix epoch, as the server stores `created`. */
  createdTicks: bigint;
}

export interface ProposedEvent {
  id: string;
  type: string;
  contentType: string;
  data: Uint8Array;
  customMetadata: Uint8Array;
}

/** The server's expected-version encoding: -2 any, -1 no stream, -4 stream exists, N exact. */
export type Expected =
  | { kind: 'any' }
  | { kind: 'no_stream' }
  | { kind: 'stream_exists' }
  | { kind: 'exact'; revision: bigint };

export type WriteOutcome =
  | { kind: 'ok'; lastRevision: number; position: bigint }
  | { kind: 'wrong_expected_version'; current: number | null }
  | { kind: 'stream_deleted' };

/** The read limits a stream's latest `$metadata` event sets, as the server applies them to stream reads. */
interface ReadLimits {
  maxCount?: number;
  maxAgeSeconds?: number;
  truncateBefore?: number;
}

const FIRST_POSITION = 1_024n;
const RECORD_OVERHEAD = 97n;

/**
 * The in-memory transaction log behind the double. It survives a stop/restart of the gRPC server,
 * like a node's database survives a process restart.
 */
export class InMemoryLog {
  readonly records: LogRecord[] = [];
  private readonly streams = new Map<string, LogRecord[]>();
  private readonly tombstoned = new Set<string>();
  /** Soft-deleted streams hide revisions below this one (the `$tb` truncate-before). */
  private readonly truncateBefore = new Map<string, number>();
  private readonly readLimits = new Map<string, ReadLimits>();
  /** Each stream's first event with a given id, so an `any` retry is found without a scan. */
  private readonly eventIds = new Map<string, LogRecord>();
  private nextPosition = FIRST_POSITION;
  readonly appended = new EventEmitter();

  constructor(private readonly clock: () => number = Date.now) {
    this.appended.setMaxListeners(0);
  }

  /** A fresh node already holds a few system events in `$all`. */
  seedSystemEvents(): void {
    const json = (value: unknown) => Buffer.from(JSON.stringify(value));
    const system = (streamId: string, type: string, data: unknown) =>
      this.writeUnchecked(streamId, [
        {
          id: crypto.randomUUID(),
          type,
          contentType: 'application/json',
          data: json(data),
          customMetadata: new Uint8Array(),
        },
      ]);
    system('$epoch-information', '$epoch-information', { epochNumber: 0 });
    system('$$$scavenges', '$metadata', { $maxAge: 2592000 });
    system('$scavenges', '$scavengeIndexInitialized', {});
    system('$$$settings', '$metadata', { $acl: { $r: '$admins' } });
    system('$settings', '$settings', { $userStreamAcl: {} });
  }

  get endPosition(): bigint {
    return this.nextPosition;
  }

  isTombstoned(streamId: string): boolean {
    return this.tombstoned.has(streamId);
  }

  /**
   * The events a reader of the stream sees: null when it is missing or soft-deleted; otherwise
   * those its metadata's `$tb`, `$maxCount` and `$maxAge` leave (possibly none). Stream reads
   * only: `$all` keeps such events until a scavenge, which the double never runs.
   */
  readableEvents(streamId: string): LogRecord[] | null {
    const all = this.streams.get(streamId) ?? [];
    const deletedBefore = this.truncateBefore.get(streamId) ?? 0;
    const last = all.length - 1;
    if (last < deletedBefore) return null;
    const limits = this.readLimits.get(streamId) ?? {};
    let from = Math.max(deletedBefore, limits.truncateBefore ?? 0);
    if (limits.maxCount !== undefined) from = Math.max(from, last - limits.maxCount + 1);
    const readable = all.slice(from); // revisions are array indexes
    if (limits.maxAgeSeconds === undefined) return readable;
    const oldest = BigInt(this.clock() - limits.maxAgeSeconds * 1000) * 10_000n;
    return readable.filter((r) => r.createdTicks >= oldest);
  }

  lastRevision(streamId: string): number | null {
    const events = this.streams.get(streamId);
    return events && events.length > 0 ? events[events.length - 1].revision : null;
  }

  /** The stream's state for expected-version checks: soft-deleted counts as no stream. */
  currentForCheck(streamId: string): number | null {
    const last = this.lastRevision(streamId);
    if (last === null) return null;
    const from = this.truncateBefore.get(streamId) ?? 0;
    return last < from ? null : last;
  }

  write(streamId: string, events: ProposedEvent[], expected: Expected): WriteOutcome {
    if (this.tombstoned.has(streamId)) return { kind: 'stream_deleted' };
    const current = this.currentForCheck(streamId);
    const existing = this.streams.get(streamId) ?? [];
    const idempotent = this.idempotentMatch(existing, events, expected, current);
    if (idempotent) return idempotent;
    if (!this.satisfies(expected, current)) return { kind: 'wrong_expected_version', current };
    if (events.length === 0) {
      return { kind: 'ok', lastRevision: current ?? -1, position: -1n };
    }
    const written = this.writeUnchecked(streamId, events);
    const last = written[written.length - 1];
    return { kind: 'ok', lastRevision: last.revision, position: last.position };
  }

  /** Whether a stream at `current` (null: no stream) meets the expected state, for appends and deletes alike. */
  satisfies(expected: Expected, current: number | null): boolean {
    return (
      expected.kind === 'any' ||
      (expected.kind === 'no_stream' && current === null) ||
      (expected.kind === 'stream_exists' && current !== null) ||
      (expected.kind === 'exact' && current !== null && BigInt(current) === expected.revision)
    );
  }

  /** A retry of events already written right after the expected revision succeeds without writing. */
  private idempotentMatch(
    existing: LogRecord[],
    events: ProposedEvent[],
    expected: Expected,
    current: number | null,
  ): WriteOutcome | null {
    if (events.length === 0 || existing.length === 0) return null;
    let start: number;
    if (expected.kind === 'exact') start = Number(expected.revision) + 1;
    else if (expected.kind === 'no_stream') start = 0;
    else {
      const first = this.eventIds.get(eventKey(existing[0].streamId, events[0].id));
      if (!first) return null;
      start = first.revision;
    }
    if (
      expected.kind === 'no_stream' &&
      current !== null &&
      (this.truncateBefore.get(existing[0].streamId) ?? 0) > 0
    ) {
      return null;
    }
    const slice = existing.slice(start, start + events.length);
    if (slice.length !== events.length || slice.some((r, i) => r.id !== events[i].id)) return null;
    const last = slice[slice.length - 1];
    return { kind: 'ok', lastRevision: last.revision, position: last.position };
  }

  private writeUnchecked(streamId: string, events: ProposedEvent[]): LogRecord[] {
    const stream = this.streams.get(streamId) ?? [];
    this.streams.set(streamId, stream);
    const ticks = BigInt(this.clock()) * 10_000n;
    const written = events.map((e) => {
      const record: LogRecord = {
        streamId,
        revision: stream.length,
        position: this.nextPosition,
        id: e.id,
        type: e.type,
        contentType: e.contentType,
        data: e.data,
        customMetadata: e.customMetadata,
        createdTicks: ticks,
      };
      this.nextPosition +=
        RECORD_OVERHEAD + BigInt(e.data.length + e.customMetadata.length + streamId.length);
      stream.push(record);
      this.records.push(record);
      const key = eventKey(streamId, e.id);
      if (!this.eventIds.has(key)) this.eventIds.set(key, record);
      return record;
    });
    if (streamId.startsWith('$$')) this.readLimits.set(streamId.slice(2), readLimitsOf(written));
    this.appended.emit('records', written);
    return written;
  }

  /** Soft delete: the stream reads as not found and may be written again from `no_stream`. */
  softDelete(streamId: string): bigint {
    const last = this.lastRevision(streamId);
    if (last !== null) this.truncateBefore.set(streamId, last + 1);
    const [meta] = this.writeUnchecked(`$$${streamId}`, [
      {
        id: crypto.randomUUID(),
        type: '$metadata',
        contentType: 'application/json',
        data: Buffer.from(JSON.stringify({ $tb: (last ?? -1) + 1 })),
        customMetadata: new Uint8Array(),
      },
    ]);
    return meta.position;
  }

  /** Hard delete: a `$streamDeleted` event closes the stream for ever. */
  tombstone(streamId: string): bigint {
    const [marker] = this.writeUnchecked(streamId, [
      {
        id: crypto.randomUUID(),
        type: '$streamDeleted',
        contentType: 'application/octet-stream',
        data: new Uint8Array(),
        customMetadata: new Uint8Array(),
      },
    ]);
    this.tombstoned.add(streamId);
    return marker.position;
  }

  /** Index of the first record at or after `position` (records are sorted by position). */
  indexAtOrAfter(position: bigint): number {
    let lo = 0;
    let hi = this.records.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (this.records[mid].position < position) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

const eventKey = (streamId: string, eventId: string) => `${streamId}\u0000${eventId}`;

/** The limits of the last `$metadata` event written to a metastream; unreadable metadata sets none. */
function readLimitsOf(written: LogRecord[]): ReadLimits {
  const last = written[written.length - 1];
  if (last.type !== '$metadata') return {};
  let metadata: Record<string, unknown>;
  try {
    metadata = JSON.parse(Buffer.from(last.data).toString('utf8')) as Record<string, unknown>;
  } catch {
    return {};
  }
  const count = (value: unknown) =>
    Number.isSafeInteger(value) && (value as number) >= 0 ? (value as number) : undefined;
  return {
    maxCount: count(metadata.$maxCount),
    maxAgeSeconds: count(metadata.$maxAge),
    truncateBefore: count(metadata.$tb),
  };
}
