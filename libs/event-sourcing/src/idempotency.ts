import { createHash } from 'node:crypto';
import { v5 as uuidV5 } from 'uuid';
import { canonicalJson } from '@chancery/common';
import { DomainError } from '@chancery/diplomacy';

/** Namespace for record ids derived from an `Idempotency-Key` (a fixed, random UUID). */
const IDEMPOTENCY_NAMESPACE = '0b5f8a0e-5c4e-4d3a-9a53-7f1f6a0f2c11';

/**
 * The record id a creation with this key gets: the same key from the same actor for the same kind
 * of record always lands on the same stream, so a retry finds the first attempt's record.
 */
export function idFromIdempotencyKey(kind: string, actor: string, key: string): string {
  return uuidV5(`${kind}\u0000${actor}\u0000${key}`, IDEMPOTENCY_NAMESPACE);
}

/** Event ids derived from the key: a concurrent retry of the same append is a no-op in the store. */
export function eventIdsFromIdempotencyKey(recordId: string, count: number): string[] {
  return Array.from({ length: count }, (_, index) => uuidV5(`${index}`, recordId));
}

/** A stable hash of a command's content (its canonical JSON): key order does not matter, values do. */
export function fingerprint(value: unknown): string {
  return createHash('sha256').update(canonicalJson(value)).digest('hex');
}

/** The client re-used an `Idempotency-Key` for a different request (IETF idempotency draft: 422). */
export class IdempotencyKeyReusedError extends DomainError {
  constructor(key: string) {
    super(
      'IDEMPOTENCY.KEY_REUSED',
      `Idempotency-Key ${key} was already used for a different request`,
    );
  }
}
