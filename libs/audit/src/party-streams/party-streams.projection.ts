import { upcastEvent } from '@chancery/diplomacy';
import type { RecordedEvent } from '@chancery/event-store';
import type { Projection, ReadModelWriter, TableSpec } from '@chancery/projections';
import type { PartyRef } from '@chancery/diplomacy';
import { followUpStream, meetingStream, pledgeStream } from '@chancery/diplomacy';
// The keys the partnership read model uses, so an audit finds the streams it would have read.
import { partyKey } from '@chancery/read-models';

/**
 * Which streams ever mentioned a party (a country's alpha-3, an organisation's or a person's id),
 * and which follow-ups hang off a meeting or a pledge. Rows are only ever added: a record that a
 * correction moved to other parties stays listed under the old ones too, because "as known on
 * 1 December" may need the record as it stood before that correction.
 */
export const PARTY_STREAM_TABLES: TableSpec[] = [
  {
    name: 'party_streams',
    columns: { party: 'text', stream_id: 'text', first_position: 'integer' },
    primaryKey: ['party', 'stream_id'],
  },
  {
    name: 'linked_streams',
    columns: { stream_id: 'text', linked_stream_id: 'text' },
    primaryKey: ['stream_id', 'linked_stream_id'],
  },
];

type Data = Record<string, unknown>;

/** The parties an event's data names, wherever the catalogue puts them. */
export function partiesNamedBy(type: string, data: Data): string[] {
  const facts = type.endsWith('Corrected') ? ((data.changes as Data | undefined) ?? {}) : data;
  const refs: PartyRef[] = [];
  const ids: string[] = [];
  const ref = (value: unknown) => {
    if (value && typeof value === 'object' && 'kind' in value && 'id' in value)
      refs.push(value as PartyRef);
  };
  switch (type) {
    case 'CountryRegistered':
      return [String(data.code).toUpperCase()];
    case 'OrganisationRegistered':
      return [String(data.organisationId)];
    case 'PersonAppointed':
      ref(data.at);
      break;
    case 'PositionCorrected':
      ref((data.changes as Data | undefined)?.at);
      break;
  }
  for (const participant of (facts.participants as
    Array<{ party: unknown; side: unknown }> | undefined) ?? []) {
    ref(participant.party);
    ref(participant.side);
  }
  // A multilateral session's members (meetings v2): a member party's partnerships include it.
  for (const member of (facts.members as unknown[] | undefined) ?? []) ref(member);
  const delegation = facts.delegation as
    { sentBy: unknown; headId: string | null; memberIds: string[] } | undefined;
  if (delegation) {
    ref(delegation.sentBy);
    if (delegation.headId) ids.push(delegation.headId);
    ids.push(...delegation.memberIds);
  }
  if (typeof facts.hostCountry === 'string') ids.push(facts.hostCountry.toUpperCase());
  for (const field of ['from', 'to', 'speaker']) ref(facts[field]);
  // A signed document: its parties, and who signed or witnessed it for whom.
  for (const party of (facts.parties as unknown[] | undefined) ?? []) ref(party);
  for (const signer of [
    ...((facts.signatories as Data[] | undefined) ?? []),
    ...((facts.witnesses as Data[] | undefined) ?? []),
  ]) {
    ref(signer.side);
    if (typeof signer.personId === 'string') ids.push(signer.personId);
  }
  // Pledges v2: several pledgers and beneficiaries.
  for (const field of ['pledgers', 'beneficiaries'])
    for (const party of (facts[field] as unknown[] | undefined) ?? []) ref(party);
  for (const field of ['personId', 'speakerId', 'statedById'])
    if (typeof facts[field] === 'string') ids.push(facts[field] as string);
  return [...new Set([...refs.map(partyKey), ...ids])];
}

export const partyStreamsProjection: Projection = {
  name: 'party_streams',
  upcast: upcastEvent,
  version: 2,
  onPoison: 'skip',
  tables: PARTY_STREAM_TABLES,
  handles: [
    'CountryRegistered',
    'OrganisationRegistered',
    'PersonRegistered',
    'PersonAppointed',
    'PositionCorrected',
    'MeetingRecorded',
    'MeetingCorrected',
    'VisitRecorded',
    'VisitCorrected',
    'CooperationPledged',
    'PledgeCorrected',
    'IndicatorRecorded',
    'IndicatorCorrected',
    'StatementRecorded',
    'StatementCorrected',
    'DocumentSigned',
    'DocumentCorrected',
    'FollowUpAssigned',
    'FollowUpCorrected',
  ],
  apply(event: RecordedEvent, tx: ReadModelWriter) {
    const data = event.data as Data;
    for (const party of partiesNamedBy(event.type, data)) {
      tx.upsert(
        'party_streams',
        { party, stream_id: event.streamId, first_position: event.position },
        { first_position: 'keep' },
      );
    }
    if (event.type === 'FollowUpAssigned' || event.type === 'FollowUpCorrected') {
      const facts = (event.type === 'FollowUpCorrected' ? data.changes : data) as Data;
      const followUp = followUpStream(String(data.followUpId));
      if (typeof facts.meetingId === 'string') link(tx, meetingStream(facts.meetingId), followUp);
      if (typeof facts.pledgeId === 'string') link(tx, pledgeStream(facts.pledgeId), followUp);
    }
  },
};

function link(tx: ReadModelWriter, streamId: string, linked: string) {
  tx.upsert('linked_streams', { stream_id: streamId, linked_stream_id: linked }, {});
}
