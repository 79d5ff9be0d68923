import {
  meetingStream,
  partyStream,
  personStream,
  sourceStream,
  type DocumentFacts,
} from '@chancery/diplomacy';
import type { Reference } from '@chancery/event-sourcing';

/** The records a document (or a correction of one, under `prefix`) names: all must be on record. */
export function documentReferences(
  facts: Partial<DocumentFacts & { sourceIds: string[] }>,
  prefix = '',
): Reference[] {
  const signers = (field: 'signatories' | 'witnesses') =>
    (facts[field] ?? []).flatMap((s, i) => [
      ...(s.personId
        ? [{ field: `${prefix}${field}[${i}].personId`, streamId: personStream(s.personId) }]
        : []),
      ...(s.side ? [{ field: `${prefix}${field}[${i}].side`, streamId: partyStream(s.side) }] : []),
    ]);
  return [
    ...(facts.parties ?? []).map((p, i) => ({
      field: `${prefix}parties[${i}]`,
      streamId: partyStream(p),
    })),
    ...signers('signatories'),
    ...signers('witnesses'),
    ...(facts.meetingId
      ? [{ field: `${prefix}meetingId`, streamId: meetingStream(facts.meetingId) }]
      : []),
    ...(facts.sourceIds ?? []).map((id, i) => ({
      field: `${prefix}sourceIds[${i}]`,
      streamId: sourceStream(id),
    })),
  ];
}
