import { MULTILATERAL_FORMATS, upcastEvent } from '@chancery/diplomacy';
import type { RecordedEvent } from '@chancery/event-store';
import type {
  Projection,
  ReadModelWriter,
  Row,
  Scalar,
  StreamHistory,
} from '@chancery/projections';
import type {
  FollowUpAssigned,
  FollowUpCorrected,
  IndicatorFacts,
  IndicatorRecorded,
  MeetingFacts,
  MeetingRecorded,
  VisitFacts,
  VisitRecorded,
  Classification,
  PartyRef,
} from '@chancery/diplomacy';
import {
  corrected,
  dataOf,
  Derivation,
  pairsOf,
  partyKey,
  recorded,
  retracted,
} from '../shared/records';
import { applyRegistry, REGISTRY_EVENTS } from '../shared/registry';
import { applyTopicEvent, TOPIC_EVENTS, TOPIC_NAMES_TABLE } from '../shared/topic-names';
import { dateColumns, spanColumns, type DateColumns } from '../timeline/date-columns';
import { applyPledgeEvent, PARTNERSHIP_PLEDGE_EVENTS } from './partnership-pledges';
import { PARTNERSHIP_TABLES } from './partnerships.tables';

const PLEDGE_EVENTS = new Set(PARTNERSHIP_PLEDGE_EVENTS);

const isParty = (p: PartyRef | null): p is PartyRef => p !== null;

/**
 * A multilateral session (members listed, or a multilateral format of more than two parties) is
 * one engagement of all its parties, never pairwise bilaterals. A council of two (the EU–
 * Kazakhstan Cooperation Council) is the one engagement of its pair.
 */
const isSession = (m: Meeting) =>
  m.members.length > 0 ||
  ((MULTILATERAL_FORMATS as readonly string[]).includes(m.format) && partiesOf(m).length > 2);

/**
 * A partial date's columns: the text as stated, its span, and `contact` = first possible day,
 * `|`, the text: min/max over it give the first and last contact as stated, in day order. A
 * date not stated has them null, which min, max and ranges pass over.
 */
const withContact = (date: string | null, c: DateColumns) => ({
  date,
  date_from: c.from,
  date_to: c.to,
  contact: date === null ? null : `${c.sort}|${date}`,
});
const dated = (date: string | null) => withContact(date, dateColumns(date));
const datedSpan = (start: string | null, end: string | null) =>
  withContact(start, spanColumns(start, end));

type Meeting = MeetingFacts & { classification: Classification };
type Visit = VisitFacts & { classification: Classification };
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
  isSession(m)
    ? []
    : pairsOf(m.participants.flatMap((p) => [p.side, p.party]).filter(isParty)).map(([a, b]) => [
        partyKey(a),
        partyKey(b),
      ]);

/** A meeting's parties, each once: its members, sides and named non-person participants. */
function partiesOf(m: Meeting): string[] {
  const refs = [...m.members, ...m.participants.flatMap((p) => [p.side, p.party])];
  return [
    ...new Set(
      refs
        .filter(isParty)
        .filter((p) => p.kind !== 'person')
        .map(partyKey),
    ),
  ];
}

const sessionParties = (m: Meeting) => (isSession(m) ? partiesOf(m) : []);

/** The visit's two sides, or none when a delegation visits its own country. */
function visitSides(v: Visit): string[][] {
  const sender = partyKey(v.delegation.sentBy);
  const host = v.hostCountry.toUpperCase();
  return sender === host ? [] : [[sender, host]];
}

function indicatorSides(i: Indicator): string[][] {
  if (!i.from || !i.to || partyKey(i.from) === partyKey(i.to)) return [];
  return [[partyKey(i.from), partyKey(i.to)]];
}

const meetings: Derivation<Meeting> = {
  derive(tx, id, m) {
    const people = m.participants.flatMap((p) =>
      p.party?.kind === 'person'
        ? [{ personId: p.party.id, side: p.side ? partyKey(p.side) : null, role: p.role }]
        : [],
    );
    const row = {
      record_id: id,
      kind: 'meeting',
      ...dated(m.date),
      title: m.title ?? m.formatName,
      format: m.format,
      format_name: m.formatName,
      topics: m.topics,
      people,
      classification: m.classification,
    };
    for (const [a, b] of meetingPairs(m)) forPair(tx, 'engagements', a, b, row);
    const parties = sessionParties(m);
    for (const party of parties) tx.upsert('sessions', { party, ...row, parties });
  },
  clear(tx, id, m) {
    for (const [a, b] of meetingPairs(m)) deletePair(tx, 'engagements', a, b, { record_id: id });
    for (const party of sessionParties(m)) tx.delete('sessions', { party, record_id: id });
  },
};

const visits: Derivation<Visit> = {
  derive(tx, id, v) {
    const sides = visitSides(v);
    if (!sides.length) return;
    const [[sender, host]] = sides;
    const { headId, memberIds } = v.delegation;
    const people = [
      ...(headId ? [{ personId: headId, side: sender, role: 'head of delegation' }] : []),
      ...memberIds.map((personId) => ({ personId, side: sender, role: null })),
    ];
    const row = {
      record_id: id,
      kind: 'visit',
      ...datedSpan(v.startDate, v.endDate),
      title: v.purpose ?? `${v.kind ? `${v.kind} visit` : 'visit'} (purpose not stated)`,
      format: v.kind,
      format_name: null,
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

const FOLLOW_UP_ENDINGS: Record<string, string> = {
  FollowUpCompleted: 'completed',
  FollowUpCancelled: 'cancelled',
};

/** One read model per pair of parties: engagements, areas, pledges, follow-ups, people and indicators. */
export const partnershipsProjection: Projection = {
  name: 'partnerships',
  upcast: upcastEvent,
  // 7: areas and engagement topics read as their surviving topics (`topic_names`).
  // 8: partial dates (spans, `contact`); multilateral sessions in `sessions`, not pairwise.
  // 9: pledges of several parties: a row per pair in `pledge_pairs`; links in `pledge_links`.
  // 10: parties hold part_of and are indexed by home country and parent (pledge roll-up).
  version: 10,
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
    ...PARTNERSHIP_PLEDGE_EVENTS,
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
    if (PLEDGE_EVENTS.has(event.type)) return applyPledgeEvent(event, tx, history);
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
    if (FOLLOW_UP_ENDINGS[event.type])
      tx.update(
        'follow_ups',
        { follow_up_id: String(d.followUpId) },
        { status: FOLLOW_UP_ENDINGS[event.type] },
      );
    else applyRegistry(event, tx);
  },
};
