import type { Upcaster } from '../upcaster';

type Data = Record<string, unknown>;

/** A v1 head was always a named person: v2 adds the title an unnamed head goes by, as none. */
function factsV2(facts: Data): Data {
  if (!facts.delegation) return facts;
  return { ...facts, delegation: { ...(facts.delegation as Data), headTitle: null } };
}

/**
 * Visits v1 → v2: v1 kind, city, purpose and exact-day dates are valid v2 values as they are;
 * only the delegation gains `headTitle`.
 */
export const VISIT_UPCASTERS: readonly Upcaster[] = [
  { type: 'VisitRecorded', from: 1, upcast: factsV2 },
  {
    type: 'VisitCorrected',
    from: 1,
    upcast: (data) => ({ ...data, changes: factsV2((data.changes ?? {}) as Data) }),
  },
];
