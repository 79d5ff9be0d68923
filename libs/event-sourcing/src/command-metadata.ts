import type { AppendCondition } from '@chancery/event-store';
import type { Clearance } from '@chancery/identity';

/**
 * Who asked for a command and in which conversation. The correlation, causation and actor are
 * stamped on every event it produces; a creation's events also carry the idempotency key, so a
 * key used again is recognised. The minted id stays with the request.
 */
export type CommandMetadata = {
  /** Ties together everything one request (or one workflow) caused. */
  correlationId: string;
  /** Id of the event or command that caused this one; null when a person asked directly. */
  causationId: string | null;
  /** The acting user's id. */
  actor: string;
  /**
   * The acting user's clearance: a record above it does not exist for this command (as a target
   * or a reference), and no record may be classified above it. Never stamped on events.
   */
  clearance: Clearance;
  /** The acting user's rights as authenticated: the append is refused if they were reduced since. */
  actorRights?: AppendCondition;
  /** Retry-safety key chosen by the client (`Idempotency-Key`), if any. */
  idempotencyKey?: string | null;
  /**
   * The id the server minted for the record this request creates. No other request can name it,
   * so no retry can reach that record and its creation needs no request fingerprint.
   */
  mintedRecordId?: string;
};
