import { upcastEvent } from '@chancery/diplomacy';
import type { RecordedEvent } from '@chancery/event-store';
import type {
  Projection,
  ReadModelWriter,
  Row,
  Scalar,
  StreamHistory,
} from '@chancery/projections';
import type {
  CooperationPledged,
  FollowUpAssigned,
  FollowUpCorrected,
  IndicatorFacts,
  IndicatorRecorded,
  MeetingFacts,
  MeetingRecorded,
  PledgeFacts,
  VisitFacts,
  VisitRecorded,
  Classification,
} from '@chancery/diplomacy';
import {
  corrected,
  dataOf,
  Derivation,
  factsBefore,
  pairsOf,
  partyKey,
  recorded,
  retracted,
} from '../shared/records';
import { applyRegistry, REGISTRY_EVENTS } from '../shared/registry';
import { applyTopicEvent, TOPIC_EVENTS, TOPIC_NAMES_TABLE } from '../shared/topic-names';
import { PARTNERSHIP_TABLES } from './partnerships.tables';

type Meeting = MeetingFacts & { classification: Classification };
type Visit = VisitFacts & { classification: Classification };
type Pledge = PledgeFacts & { pledgedOn: string; classification: Classification };
type Indicator = IndicatorFacts & { classification: Classification };

/**
 * A pair's rows are written once, under its canonical key: `party` is the lower of the two keys.
 * Queries look a party up on either side (the counterpart side has its own index).
 */
export const sortedPair = (a: string, b: string): [party: string, counterpart: string] =>
  a < b ? [a, b] : [b, a];

// The key as plain properties: `{ ...{ party, counterpart }, ...row }` (two spreads, the first of
// a fresh object) took 7% of a partnerships rebuild's CPU by itself and doubled its GC.
function forPair(tx: ReadModelWriter, table: string, a: string, b: string, row: Row) {
  const [party, counterpart] = sortedPair(a, b);
  tx.upsert(table, { party, counterpart, ...row });
}

function deletePair(
  tx: ReadModelWriter,
  table: string,
  a: string,
  b: string,
  id: Record<string, Scalar>,
) {
  const [party, counterpart] = sortedPair(a, b);
  tx.delete(table, { party, counterpart, ...id });
}

const meetingPairs = (m: Meeting) =>
  pairsOf(m.participants.flatMap((p) => [p.side, p.party])).map(([a, b]) => [
    partyKey(a),
    partyKey(b),
  ]);

/** The visit's two sides, or none when a delegation visits its own country. */
function visitSides(v: Visit): string[][] {
  const sender = partyKey(v.delegation.sentBy);
  const host = v.hostCountry.toUpperCase();
  return sender === host ? [] : [[sender, host]];
}

function pledgeSides(p: Pledge): string[][] {
  const [pledger, beneficiary] = [partyKey(p.pledger), partyKey(p.beneficiary)];
  return pledger === beneficiary ? [] : [[pledger, beneficiary]];
}

function indicatorSides(i: Indicator): string[][] {
  if (!i.from || !i.to || partyKey(i.from) === partyKey(i.to)) return [];
  return [[partyKey(i.from), partyKey(i.to)]];
}

const meetings: Derivation<Meeting> = {
  derive(tx, id, m) {
    const people = m.participants
      .filter((p) => p.party.kind === 'person')
      .map((p) => ({ personId: p.party.id, side: partyKey(p.side), role: p.role }));
    const row = {
      record_id: id,
      kind: 'meeting',
      date: m.date,
      title: m.title,
      format: m.format,
      topics: m.topics,
      people,
      classification: m.classification,
    };
    for (const [a, b] of meetingPairs(m)) forPair(tx, 'engagements', a, b, row);
  },
  clear(tx, id, m) {
    for (const [a, b] of meetingPairs(m)) deletePair(tx, 'engagements', a, b, { record_id: id });
  },
};

const visits: Derivation<Visit> = {
  derive(tx, id, v) {
    const sides = visitSides(v);
    if (!sides.length) return;
    const [[sender, host]] = sides;
    const people = [v.delegation.headId, ...v.delegation.memberIds].map((personId, i) => ({
      personId,
      side: sender,
      role: i === 0 ? 'head of delegation' : null,
    }));
    const row = {
      record_id: id,
      kind: 'visit',
      date: v.startDate,
      title: v.purpose,
      format: v.kind,
      topics: [],
      people,
      classification: v.classification,
    };
    forPair(tx, 'engagements', sender, host, row);
  },
  clear(tx, id, v) {
    for (const [a, b] of visitSides(v)) deletePair(tx, 'engagements', a, b, { record_id: id });
  },
};

/**
 * A pledge is one row by its id, with its pair (none when a party pledges to itself: a correction
 * may still give it one), its facts, and the status and level its lifecycle events set. A
 * correction rewrites the facts and the pair, never the status, and the level only when it states
 * one: its facts hold the level as pledged, not the one later level changes set.
 */
function pledgeRow(p: Pledge): Row {
  const [pair] = pledgeSides(p);
  const [party, counterpart] = pair ? sortedPair(pair[0], pair[1]) : [null, null];
  return {
    party,
    counterpart,
    pledger: partyKey(p.pledger),
    area: p.area,
    commitment: p.commitment,
    target_date: p.targetDate,
    classification: p.classification,
  };
}

async function correctPledge(tx: ReadModelWriter, event: RecordedEvent, history: StreamHistory) {
  const facts = await factsBefore<Pledge>(event, history);
  const changes = event.data.changes as Partial<Pledge>;
  if (!facts) return;
  const row = pledgeRow({ ...facts, ...changes });
  if (changes.level) row.level = changes.level;
  tx.update('pledges', { pledge_id: String(event.data.pledgeId) }, row);
}

const indicators: Derivation<Indicator> = {
  derive(tx, id, i) {
    const row = {
      record_id: id,
      measures: i.measures,
      figure: i.figure,
      period: i.period,
      classification: i.classification,
    };
    for (const [a, b] of indicatorSides(i)) forPair(tx, 'indicators', a, b, row);
  },
  clear(tx, id, i) {
    for (const [a, b] of indicatorSides(i)) deletePair(tx, 'indicators', a, b, { record_id: id });
  },
};

const PLEDGE_ENDINGS: Record<string, string> = {
  PledgeFulfilled: 'fulfilled',
  PledgeLapsed: 'lapsed',
  PledgeWithdrawn: 'withdrawn',
};
const FOLLOW_UP_ENDINGS: Record<string, string> = {
  FollowUpCompleted: 'completed',
  FollowUpCancelled: 'cancelled',
};

/** One read model per pair of parties: engagements, areas, pledges, follow-ups, people and indicators. */
export const partnershipsProjection: Projection = {
  name: 'partnerships',
  upcast: upcastEvent,
  // 7: areas and engagement topics read as their surviving topics (`topic_names`).
  version: 7,
  onPoison: 'skip',
  tables: [...PARTNERSHIP_TABLES, TOPIC_NAMES_TABLE],
  handles: [
    ...REGISTRY_EVENTS,
    'MeetingRecorded',
    'MeetingCorrected',
    'MeetingRetracted',
    'VisitRecorded',
    'VisitCorrected',
    'VisitRetracted',
    'CooperationPledged',
    'PledgeCorrected',
    'PledgeRetracted',
    'PledgeLevelChanged',
    ...Object.keys(PLEDGE_ENDINGS),
    'IndicatorRecorded',
    'IndicatorCorrected',
    'IndicatorRetracted',
    'FollowUpAssigned',
    'FollowUpReassigned',
    'FollowUpRescheduled',
    'FollowUpCorrected',
    ...Object.keys(FOLLOW_UP_ENDINGS),
    ...TOPIC_EVENTS,
  ],
  apply(event: RecordedEvent, tx: ReadModelWriter, history: StreamHistory) {
    if (applyTopicEvent(event, tx)) return;
    const d = event.data;
    switch (event.type) {
      case 'MeetingRecorded':
        return recorded(tx, String(d.meetingId), dataOf<MeetingRecorded['data']>(event), meetings);
      case 'MeetingCorrected':
        return corrected(tx, String(d.meetingId), event, history, meetings);
      case 'MeetingRetracted':
        return retracted(tx, String(d.meetingId), event, history, meetings);
      case 'VisitRecorded':
        return recorded(tx, String(d.visitId), dataOf<VisitRecorded['data']>(event), visits);
      case 'VisitCorrected':
        return corrected(tx, String(d.visitId), event, history, visits);
      case 'VisitRetracted':
        return retracted(tx, String(d.visitId), event, history, visits);
      case 'CooperationPledged': {
        const p = dataOf<CooperationPledged['data']>(event);
        const row = { pledge_id: p.pledgeId, ...pledgeRow(p), status: 'open', level: p.level };
        return tx.upsert('pledges', row);
      }
      case 'PledgeCorrected':
        return correctPledge(tx, event, history);
      case 'PledgeRetracted':
        return tx.delete('pledges', { pledge_id: String(d.pledgeId) });
      case 'PledgeLevelChanged':
        return tx.update('pledges', { pledge_id: String(d.pledgeId) }, { level: d.to });
      case 'IndicatorRecorded':
        return recorded(
          tx,
          String(d.indicatorId),
          dataOf<IndicatorRecorded['data']>(event),
          indicators,
        );
      case 'IndicatorCorrected':
        return corrected(tx, String(d.indicatorId), event, history, indicators);
      case 'IndicatorRetracted':
        return retracted(tx, String(d.indicatorId), event, history, indicators);
      case 'FollowUpAssigned': {
        const f = dataOf<FollowUpAssigned['data']>(event);
        tx.upsert('follow_ups', {
          follow_up_id: f.followUpId,
          action: f.action,
          assignee: f.assignee,
          due_date: f.dueDate,
          status: 'open',
          meeting_id: f.meetingId,
          pledge_id: f.pledgeId,
          classification: f.classification,
        });
        return;
      }
      case 'FollowUpReassigned':
        tx.update('follow_ups', { follow_up_id: String(d.followUpId) }, { assignee: d.assignee });
        return;
      case 'FollowUpRescheduled':
        tx.update('follow_ups', { follow_up_id: String(d.followUpId) }, { due_date: d.dueDate });
        return;
      case 'FollowUpCorrected': {
        const { followUpId, changes } = dataOf<FollowUpCorrected['data']>(event);
        const set: Row = {};
        if (changes.action !== undefined) set.action = changes.action;
        if (changes.meetingId !== undefined) set.meeting_id = changes.meetingId;
        if (changes.pledgeId !== undefined) set.pledge_id = changes.pledgeId;
        if (changes.classification !== undefined) set.classification = changes.classification;
        if (Object.keys(set).length) tx.update('follow_ups', { follow_up_id: followUpId }, set);
        return;
      }
    }
    if (PLEDGE_ENDINGS[event.type])
      tx.update(
        'pledges',
        { pledge_id: String(d.pledgeId) },
        { status: PLEDGE_ENDINGS[event.type] },
      );
    else if (FOLLOW_UP_ENDINGS[event.type])
      tx.update(
        'follow_ups',
        { follow_up_id: String(d.followUpId) },
        { status: FOLLOW_UP_ENDINGS[event.type] },
      );
    else applyRegistry(event, tx);
  },
};
