import { upcastEvent } from '@chancery/diplomacy';
import type { Projection, ReadModelWriter } from '@chancery/projections';
import type { Classification, MeetingFacts, PledgeFacts, VisitFacts } from '@chancery/diplomacy';
import { Derivation, partyKey, recordKinds } from '../shared/records';
import { applyTopicEvent, TOPIC_EVENTS, TOPIC_NAMES_TABLE } from '../shared/topic-names';

type Meeting = MeetingFacts & { classification: Classification };
type Visit = VisitFacts & { classification: Classification };
type Pledge = PledgeFacts & { pledgedOn: string; classification: Classification };

const unique = (parties: string[]) => [...new Set(parties)];

/**
 * One row per two parties of a record (`party` and `partner`; the last may have none), so a
 * bilateral record is one row, not two. `parties` lists them all: a party's counterparts are the
 * others. Queries look a party up as `party` and as `partner` (indexed) and merge the two.
 */
function entry(tx: ReadModelWriter, parties: string[], row: Record<string, unknown>) {
  const all = unique(parties);
  for (let i = 0; i < all.length; i += 2)
    tx.upsert('entries', {
      party: all[i],
      partner: all[i + 1] ?? null,
      ...row,
      parties: all,
    } as never);
}

/** The rows `entry` wrote, by their full key (party, date, record). */
function clearEntries(tx: ReadModelWriter, parties: string[], date: string, id: string) {
  const all = unique(parties);
  for (let i = 0; i < all.length; i += 2)
    tx.delete('entries', { party: all[i], date, record_id: id });
}

const meetingParties = (m: Meeting) =>
  m.participants
    .flatMap((p) => [p.side, p.party])
    .filter((p) => p.kind !== 'person')
    .map(partyKey);

const visitParties = (v: Visit) => [partyKey(v.delegation.sentBy), v.hostCountry.toUpperCase()];

const pledgeParties = (p: Pledge) => [partyKey(p.pledger), partyKey(p.beneficiary)];

const meetings: Derivation<Meeting> = {
  derive(tx, id, m) {
    entry(tx, meetingParties(m), {
      record_id: id,
      kind: 'meeting',
      date: m.date,
      title: m.title,
      summary: m.summary,
      topics: m.topics,
      classification: m.classification,
    });
  },
  clear: (tx, id, m) => clearEntries(tx, meetingParties(m), m.date, id),
};

const visits: Derivation<Visit> = {
  derive(tx, id, v) {
    entry(tx, visitParties(v), {
      record_id: id,
      kind: 'visit',
      date: v.startDate,
      title: `${v.kind} visit: ${v.purpose}`,
      summary: `${v.city}, ${v.startDate} – ${v.endDate}`,
      topics: [],
      classification: v.classification,
    });
  },
  clear: (tx, id, v) => clearEntries(tx, visitParties(v), v.startDate, id),
};

const pledges: Derivation<Pledge> = {
  derive(tx, id, p) {
    entry(tx, pledgeParties(p), {
      record_id: id,
      kind: 'pledge',
      date: p.pledgedOn,
      title: p.commitment,
      summary: p.level,
      topics: [p.area],
      classification: p.classification,
    });
  },
  clear: (tx, id, p) => clearEntries(tx, pledgeParties(p), p.pledgedOn, id),
};

const lifecycles = recordKinds([
  {
    recorded: 'MeetingRecorded',
    corrected: 'MeetingCorrected',
    retracted: 'MeetingRetracted',
    id: 'meetingId',
    how: meetings,
  },
  {
    recorded: 'VisitRecorded',
    corrected: 'VisitCorrected',
    retracted: 'VisitRetracted',
    id: 'visitId',
    how: visits,
  },
  {
    recorded: 'CooperationPledged',
    corrected: 'PledgeCorrected',
    retracted: 'PledgeRetracted',
    id: 'pledgeId',
    how: pledges,
  },
]);

/** Every engagement of a party (meetings, visits, pledges), for a newest-first timeline. */
export const timelineProjection: Projection = {
  name: 'timeline',
  upcast: upcastEvent,
  // 4: topics read as their survivors, by their current labels (`topic_names`).
  version: 4,
  onPoison: 'skip',
  tables: [
    {
      name: 'entries',
      columns: {
        party: 'text',
        partner: 'text',
        record_id: 'text',
        kind: 'text',
        date: 'text',
        title: 'text',
        summary: 'text',
        topics: 'json',
        parties: 'json',
        classification: 'text',
      },
      // Keyed (and indexed on the partner side) by date: a newest-first range scan on each side.
      primaryKey: ['party', 'date', 'record_id'],
      indexes: [['partner', 'date', 'record_id']],
    },
    TOPIC_NAMES_TABLE,
  ],
  handles: [...lifecycles.handles, ...TOPIC_EVENTS],
  apply: (event, tx, history) =>
    applyTopicEvent(event, tx) ? undefined : lifecycles.apply(event, tx, history),
};
