import { upcastEvent } from '@chancery/diplomacy';
import type { Projection, ReadModelWriter } from '@chancery/projections';
import { documentParties } from '@chancery/diplomacy';
import type {
  Classification,
  DocumentFacts,
  MeetingFacts,
  PartyRef,
  VisitFacts,
} from '@chancery/diplomacy';
import { Derivation, partyKey, recordKinds } from '../shared/records';
import { applyTopicEvent, TOPIC_EVENTS, TOPIC_NAMES_TABLE } from '../shared/topic-names';
import { dateColumns, spanColumns, type DateColumns } from './date-columns';
import { visitSummary, visitTitle } from './visit-words';

type Meeting = MeetingFacts & { classification: Classification };
type Visit = VisitFacts & { classification: Classification };
/** What the timeline reads of a pledge (v2: several parties on each side, several areas). */
type Pledge = {
  pledgers?: PartyRef[];
  beneficiaries?: PartyRef[];
  areas?: string[];
  commitment: string;
  level: string;
  pledgedOn: string | null;
  classification: Classification;
};

type SignedDocument = DocumentFacts & { classification: Classification };

const unique = (parties: string[]) => [...new Set(parties)];

/**
 * One row per two parties of a record (`party` and `partner`; the last may have none), so a
 * bilateral record is one row, not two. `parties` lists them all: a party's counterparts are the
 * others. Queries look a party up as `party` and as `partner` (indexed) and merge the two. Rows
 * are keyed by `sort_key` (the first day the record's date may be; '' when not stated).
 */
function entry(
  tx: ReadModelWriter,
  parties: string[],
  dates: DateColumns,
  row: Record<string, unknown>,
) {
  const all = unique(parties);
  for (let i = 0; i < all.length; i += 2)
    tx.upsert('entries', {
      party: all[i],
      partner: all[i + 1] ?? null,
      sort_key: dates.sort,
      date_from: dates.from,
      date_to: dates.to,
      ...row,
      parties: all,
    } as never);
}

/** The rows `entry` wrote, by their full key (party, sort key, record). */
function clearEntries(tx: ReadModelWriter, parties: string[], dates: DateColumns, id: string) {
  const all = unique(parties);
  for (let i = 0; i < all.length; i += 2)
    tx.delete('entries', { party: all[i], sort_key: dates.sort, record_id: id });
}

const keys = (refs: (PartyRef | null)[]) =>
  refs.filter((p): p is PartyRef => p !== null && p.kind !== 'person').map(partyKey);

/** Sides, named non-person participants and members of a session: one record, never pairs. */
const meetingParties = (m: Meeting) =>
  keys([...m.participants.flatMap((p) => [p.side, p.party]), ...(m.members ?? [])]);

const visitParties = (v: Visit) => [partyKey(v.delegation.sentBy), v.hostCountry.toUpperCase()];

const pledgeParties = (p: Pledge) => keys([...(p.pledgers ?? []), ...(p.beneficiaries ?? [])]);

const meetings: Derivation<Meeting> = {
  derive(tx, id, m) {
    entry(tx, meetingParties(m), dateColumns(m.date), {
      record_id: id,
      kind: 'meeting',
      date: m.date,
      title: m.title ?? m.formatName ?? null,
      summary: m.summary,
      format: m.format,
      format_name: m.formatName ?? null,
      visit_id: m.visitId,
      topics: m.topics,
      classification: m.classification,
    });
  },
  clear: (tx, id, m) => clearEntries(tx, meetingParties(m), dateColumns(m.date), id),
};

const visits: Derivation<Visit> = {
  derive(tx, id, v) {
    entry(tx, visitParties(v), spanColumns(v.startDate, v.endDate), {
      record_id: id,
      kind: 'visit',
      date: v.startDate,
      title: visitTitle(v),
      summary: visitSummary(v),
      format: v.kind,
      format_name: null,
      visit_id: id,
      topics: [],
      classification: v.classification,
    });
  },
  clear: (tx, id, v) => clearEntries(tx, visitParties(v), spanColumns(v.startDate, v.endDate), id),
};

const pledges: Derivation<Pledge> = {
  derive(tx, id, p) {
    entry(tx, pledgeParties(p), dateColumns(p.pledgedOn), {
      record_id: id,
      kind: 'pledge',
      date: p.pledgedOn,
      title: p.commitment,
      summary: p.level,
      format: null,
      format_name: null,
      visit_id: null,
      topics: p.areas ?? [],
      classification: p.classification,
    });
  },
  clear: (tx, id, p) => clearEntries(tx, pledgeParties(p), dateColumns(p.pledgedOn), id),
};

/** A signed document: its parties and the sides its signers signed for, dated when signed. */
const documentKeys = (d: SignedDocument) => keys(documentParties(d));

const documents: Derivation<SignedDocument> = {
  derive(tx, id, d) {
    entry(tx, documentKeys(d), dateColumns(d.signedOn), {
      record_id: id,
      kind: 'document',
      date: d.signedOn,
      title: d.title,
      summary: d.kind,
      format: d.kind,
      format_name: null,
      visit_id: null,
      topics: [],
      classification: d.classification,
    });
  },
  clear: (tx, id, d) => clearEntries(tx, documentKeys(d), dateColumns(d.signedOn), id),
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
  {
    recorded: 'DocumentSigned',
    corrected: 'DocumentCorrected',
    retracted: 'DocumentRetracted',
    id: 'documentId',
    how: documents,
  },
]);

/** Every engagement of a party (meetings, visits, pledges, signed documents), newest first. */
export const timelineProjection: Projection = {
  name: 'timeline',
  upcast: upcastEvent,
  // 5: partial dates (`date` as stated, `date_from`/`date_to` spans, `sort_key`); a multilateral
  // session's members; the visit a meeting took place during. 6: signed documents.
  version: 6,
  onPoison: 'skip',
  tables: [
    {
      name: 'entries',
      columns: {
        party: 'text',
        partner: 'text',
        record_id: 'text',
        kind: 'text',
        sort_key: 'text',
        date: 'text',
        date_from: 'text',
        date_to: 'text',
        title: 'text',
        summary: 'text',
        format: 'text',
        format_name: 'text',
        visit_id: 'text',
        topics: 'json',
        parties: 'json',
        classification: 'text',
      },
      // Keyed (and indexed on the partner side) by sort key: a newest-first range scan on each side.
      primaryKey: ['party', 'sort_key', 'record_id'],
      indexes: [
        ['partner', 'sort_key', 'record_id'],
        ['visit_id', 'sort_key'],
      ],
    },
    TOPIC_NAMES_TABLE,
  ],
  handles: [...lifecycles.handles, ...TOPIC_EVENTS],
  apply: (event, tx, history) =>
    applyTopicEvent(event, tx) ? undefined : lifecycles.apply(event, tx, history),
};
