import { createHash } from 'node:crypto';
import type { EventMetadata, JsonObject, NewEvent, RecordedEvent } from '@chancery/event-store';
import { canonicalJson } from './canonical-json';

/** The `prevHash` of revision 0: sixty-four zeros, so a stream's chain has a fixed anchor. */
export const GENESIS_HASH = '0'.repeat(64);

/** What one link of a stream's chain covers (docs/audit-hash-chain.md states the recipe). */
export type ChainedContent = {
  streamId: string;
  revision: number;
  id: string;
  type: string;
  schemaVersion: number;
  data: JsonObject;
  metadata: EventMetadata;
};

/** sha256 (hex) of the canonical JSON of the event with its metadata minus `hash`, and the previous hash. */
export function eventHash(event: ChainedContent, prevHash: string): string {
  const { hash: _ignored, ...metadata } = event.metadata;
  const covered = {
    streamId: event.streamId,
    revision: event.revision,
    id: event.id,
    type: event.type,
    schemaVersion: event.schemaVersion,
    data: event.data,
    metadata,
    prevHash,
  };
  return createHash('sha256').update(canonicalJson(covered), 'utf8').digest('hex');
}

/**
 * Stamps `prevHash` and `hash` into the metadata of events about to be appended at
 * `firstRevision`, each linked to the one before; `prevHash` is the stream's last hash (or genesis).
 */
export function chainEvents(streamId: string, firstRevision: number, prevHash: string, events: NewEvent[]): NewEvent[] {
  let previous = prevHash;
  return events.map((event, index) => {
    const metadata: EventMetadata = { ...event.metadata, prevHash: previous };
    const hash = eventHash({ ...event, metadata, streamId, revision: firstRevision + index }, previous);
    previous = hash;
    return { ...event, metadata: { ...metadata, hash } };
  });
}

/** The hash the next event of a stream links to, given its last event (null: the stream is new). */
export function lastHashOf(last: RecordedEvent | null | undefined): string {
  if (!last) return GENESIS_HASH;
  const hash = last.metadata.hash;
  if (typeof hash !== 'string') throw new Error(`${last.streamId}@${last.revision} carries no hash: the chain cannot continue`);
  return hash;
}

export type ChainBreak = {
  streamId: string;
  revision: number;
  eventId: string;
  position: number;
  reason: 'missing-hash' | 'prev-hash-mismatch' | 'hash-mismatch' | 'revision-gap';
  detail: string;
};

/**
 * Checks a stream's events one at a time, in revision order, across any number of streams
 * interleaved (the global log): it keeps only the last hash of each stream.
 */
export class ChainChecker {
  private readonly heads = new Map<string, { revision: number; hash: string }>();

  /** Null when the event links correctly; otherwise why not. */
  check(event: RecordedEvent): ChainBreak | null {
    const head = this.heads.get(event.streamId);
    const expectedRevision = head ? head.revision + 1 : 0;
    const expectedPrev = head ? head.hash : GENESIS_HASH;
    const at = { streamId: event.streamId, revision: event.revision, eventId: event.id, position: event.position };
    const { hash, prevHash } = event.metadata;
    // Continue from what is stored, so one tampered event is reported once, not for the rest of its stream.
    this.heads.set(event.streamId, { revision: event.revision, hash: typeof hash === 'string' ? hash : '' });
    if (event.revision !== expectedRevision) {
      return { ...at, reason: 'revision-gap', detail: `expected revision ${expectedRevision}, found ${event.revision}` };
    }
    if (typeof hash !== 'string' || typeof prevHash !== 'string') {
      return { ...at, reason: 'missing-hash', detail: 'no hash/prevHash in its metadata' };
    }
    if (prevHash !== expectedPrev) {
      return { ...at, reason: 'prev-hash-mismatch', detail: `prevHash ${prevHash.slice(0, 12)}… does not match the previous event's hash ${expectedPrev.slice(0, 12)}…` };
    }
    const actual = eventHash(event, prevHash);
    if (actual !== hash) {
      return { ...at, reason: 'hash-mismatch', detail: `content hashes to ${actual.slice(0, 12)}…, stored hash is ${hash.slice(0, 12)}…` };
    }
    return null;
  }

  /** Streams whose chain was followed. */
  get chainedStreams(): number {
    return this.heads.size;
  }
}
