import type { RecordedEvent } from '@chancery/event-store';

/** Data keys that hold credential material: no auditor needs them, whatever their clearance. */
const CREDENTIALS = ['tokenHash'] as const;

/**
 * The envelope an auditor is given: the event as stored (hash and prevHash included), less its
 * credential material. `redacted` names what was left out: such an event's links can still be
 * checked (its prevHash is the previous hash, its hash the next prevHash) but its own hash cannot
 * be recomputed from the answer; `chancery audit verify`, which reads the store, recomputes it.
 */
export function auditEnvelope(e: RecordedEvent) {
  const redacted = CREDENTIALS.filter((key) => key in e.data);
  const data = { ...e.data };
  for (const key of redacted) delete data[key];
  return {
    streamId: e.streamId,
    revision: e.revision,
    position: e.position,
    id: e.id,
    type: e.type,
    schemaVersion: e.schemaVersion,
    data,
    metadata: e.metadata,
    ...(redacted.length ? { redacted: redacted.map((key) => `data.${key}`) } : {}),
  };
}
