import type { Upcaster } from '../upcaster';

type Data = Record<string, unknown>;

/** v1 participants always named a party and a side; v2 adds the title an unnamed one goes by. */
const participantsV2 = (participants: unknown) =>
  (participants as Data[]).map((p) => ({ ...p, title: null }));

/** v1 facts as v2 states them: no named format, no members, a titleless participant list. */
function factsV2(facts: Data): Data {
  const next: Data = { ...facts };
  if ('participants' in facts) next.participants = participantsV2(facts.participants);
  return next;
}

/**
 * Meetings v1 → v2: a v1 date is an exact day, and a v1 place a city and a country: both are
 * already valid v2 values. Only the new fields are added, as "none".
 */
export const MEETING_UPCASTERS: readonly Upcaster[] = [
  {
    type: 'MeetingRecorded',
    from: 1,
    upcast: (data) => ({ ...factsV2(data), formatName: null, members: [] }),
  },
  {
    type: 'MeetingCorrected',
    from: 1,
    upcast: (data) => ({ ...data, changes: factsV2((data.changes ?? {}) as Data) }),
  },
];
