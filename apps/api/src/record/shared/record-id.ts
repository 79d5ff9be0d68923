import { randomUUID } from 'node:crypto';
import { idFromIdempotencyKey, type CommandMetadata } from '@chancery/event-sourcing';

/**
 * The id of a record about to be created: the client's own, else one derived from its
 * Idempotency-Key (so a retry lands on the same record), else a fresh UUID.
 */
export function newRecordId(
  kind: string,
  clientId: string | undefined,
  metadata: CommandMetadata,
): string {
  if (clientId) return clientId;
  if (metadata.idempotencyKey)
    return idFromIdempotencyKey(kind, metadata.actor, metadata.idempotencyKey);
  return randomUUID();
}
