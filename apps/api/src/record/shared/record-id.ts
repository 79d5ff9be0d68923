import { v7 as timeOrderedUuid } from 'uuid';
import { idFromIdempotencyKey, type CommandMetadata } from '@chancery/event-sourcing';

/**
 * The id of a record about to be created: the client's own, else one derived from its
 * Idempotency-Key (so a retry lands on the same record), else a fresh time-ordered UUID (v7):
 * new streams then land at the end of the store's stream index instead of on a random page of it.
 * A minted id is noted on the request's metadata (`mintedRecordId`).
 */
export function newRecordId(
  kind: string,
  clientId: string | undefined,
  metadata: CommandMetadata,
): string {
  if (clientId) return clientId;
  if (metadata.idempotencyKey)
    return idFromIdempotencyKey(kind, metadata.actor, metadata.idempotencyKey);
  metadata.mintedRecordId = timeOrderedUuid();
  return metadata.mintedRecordId;
}
