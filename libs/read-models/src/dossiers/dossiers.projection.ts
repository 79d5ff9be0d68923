import { sortKey, upcastEvent, type PartialDate, type PledgeFacts } from '@chancery/diplomacy';
import type { RecordedEvent } from '@chancery/event-store';
import type { Projection, ReadModelWriter, Row, StreamHistory } from '@chancery/projections';
import type {
  Classification,
  DocumentFacts,
  IndicatorFacts,
  MeetingFacts,
  OrganisationRegistered,
  PersonCorrected,
  PersonRegistered,
  StatementFacts,
} from '@chancery/diplomacy';
import { dataOf, Derivation, partyKey, recordKinds } from '../shared/records';
import { applyRegistry, REGISTRY_EVENTS } from '../shared/registry';

type Meeting = MeetingFacts & { classification: Classification };
type Statement = StatementFacts & { classification: Classification };
type Indicator = IndicatorFacts & { classification: Classification };
type SignedDocument = DocumentFacts & { classification: Classification };
type Pledge = PledgeFacts & { pledgedOn: PartialDate | null; classification: Classification };

/** Where a partial date sorts (its first possible day); null when not stated. */
const dateKey = (date: PartialDate | null | undefined) => (date ? sortKey(date) : null);

/** Each named person who took part, once (a person listed twice keeps the last side and role). */
function attendees(m: Meeting) {
  const people = new Map<string, { side: string | null; role: string | null }>();
  for (const p of m.participants)
    if (p.party?.kind === 'person')
      people.set(p.party.id, { side: p.side ? partyKey(p.side) : null, role: p.role });
  return [...people];
}

/** The organisations that took part: as participants, as the side one spoke for, or as members. */
function organisationsAt(m: Meeting): string[] {
  const refs = [...m.participants.flatMap((p) => [p.party, p.side]), ...(m.members ?? [])];
  return [...new Set(refs.flatMap((r) => (r?.kind === 'organisation' ? [r.id] : [])))];
}

/** The organisations a pledge names, with the role each plays; a party on both sides is a pledger. */
function organisationsIn(p: Pledge): Map<string, string> {
  const roles = new Map<string, string>();
  for (const [role, refs] of [
    ['beneficiary', p.beneficiaries ?? []],
    ['pledger', p.pledgers ?? []],
  ] as const)
    for (const r of refs) if (r.kind === 'organisation') roles.set(r.id, role);
  return roles;
}

/**
 * Who attended, two people per row (`person_id` and `partner_id`, the partner side indexed; the
 * last may have none), so a meeting of two is one row; and which organisations took part, one row
 * per meeting each.
 */
const meetings: Derivation<Meeting> = {
  derive(tx, id, m) {
    const common = {
      meeting_id: id,
      date: m.date,
      date_key: dateKey(m.date),
      title: m.title,
      classification: m.classification,
    };
    const people = attendees(m);
    for (let i = 0; i < people.length; i += 2) {
      const [[personId, { side, role }], partner] = [people[i], people[i + 1]];
      tx.upsert('attendance', {
        person_id: personId,
        side,
        role,
        partner_id: partner?.[0] ?? null,
        partner_side: partner?.[1].side ?? null,
        partner_role: partner?.[1].role ?? null,
        ...common,
      });
    }
    for (const org of organisationsAt(m))
      tx.upsert('org_meetings', { organisation_id: org, ...common });
  },
  clear(tx, id, m) {
    const people = attendees(m);
    for (let i = 0; i < people.length; i += 2)
      tx.delete('attendance', { person_id: people[i][0], meeting_id: id });
    for (const org of organisationsAt(m))
      tx.delete('org_meetings', { organisation_id: org, meeting_id: id });
  },
};

const statements: Derivation<Statement> = {
  derive(tx, id, s) {
    tx.upsert('statements', {
      statement_id: id,
      speaker_id: s.speaker.id,
      speaker_kind: s.speaker.kind,
      speaker_title: s.speakerTitle,
      text: s.text,
      form: s.form,
      said_on: s.saidOn,
      said_on_key: dateKey(s.saidOn),
      meeting_id: s.meetingId,
      classification: s.classification,
    });
  },
  clear: (tx, id) => tx.delete('statements', { statement_id: id }),
};

/** The parties an indicator is about, with the side each is on; a party on both sides is `from`. */
function indicatorParties(i: Indicator): Map<string, string> {
  const sides = new Map<string, string>();
  if (i.to) sides.set(partyKey(i.to), 'to');
  if (i.from) sides.set(partyKey(i.from), 'from');
  return sides;
}

/** Where an indicator sorts: the end of its period, or its as-of date. */
const periodKey = (i: Indicator) => dateKey('asOf' in i.period ? i.period.asOf : i.period.to);

/**
 * Every party an indicator is about, one row each: an indicator naming one party only (a
 * country's rating, its trade growth) shows in that party's dossier, as one naming two does.
 */
const indicators: Derivation<Indicator> = {
  derive(tx, id, i) {
    for (const [party, side] of indicatorParties(i))
      tx.upsert('party_indicators', {
        party,
        indicator_id: id,
        side,
        measures: i.measures,
        figure: i.figure,
        period: i.period,
        period_key: periodKey(i),
        classification: i.classification,
      } as never);
  },
  clear(tx, id, i) {
    for (const party of indicatorParties(i).keys())
      tx.delete('party_indicators', { party, indicator_id: id });
  },
};

/**
 * Who a signed document concerns, with the part each played: a party to it (a country, an
 * organisation), or a person who signed or witnessed it; a signer's side is a party too.
 */
function documentRoles(d: SignedDocument): Map<string, string> {
  const roles = new Map<string, string>();
  for (const [role, signers] of [
    ['witness', d.witnesses],
    ['signatory', d.signatories],
  ] as const)
    for (const s of signers) {
      if (s.side && !roles.has(partyKey(s.side))) roles.set(partyKey(s.side), 'party');
      if (s.personId) roles.set(s.personId, role);
    }
  for (const p of d.parties) roles.set(partyKey(p), 'party');
  return roles;
}

/** A person's or an organisation's signed documents: one row per document each. */
const documents: Derivation<SignedDocument> = {
  derive(tx, id, d) {
    for (const [party, role] of documentRoles(d))
      tx.upsert('party_documents', {
        party,
        document_id: id,
        role,
        title: d.title,
        kind: d.kind,
        signed_on: d.signedOn,
        signed_on_key: dateKey(d.signedOn),
        classification: d.classification,
      });
  },
  clear(tx, id, d) {
    for (const party of documentRoles(d).keys())
      tx.delete('party_documents', { party, document_id: id });
  },
};

/** An organisation's pledges, one row per pledge it makes or benefits from. */
const pledges: Derivation<Pledge> = {
  derive(tx, id, p) {
    for (const [organisation, role] of organisationsIn(p))
      tx.upsert('org_pledges', {
        organisation_id: organisation,
        pledge_id: id,
        role,
        commitment: p.commitment,
        pledged_on: p.pledgedOn,
        pledged_on_key: dateKey(p.pledgedOn),
        classification: p.classification,
      });
  },
  clear(tx, id, p) {
    for (const organisation of organisationsIn(p).keys())
      tx.delete('org_pledges', { organisation_id: organisation, pledge_id: id });
  },
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
    recorded: 'StatementRecorded',
    corrected: 'StatementCorrected',
    retracted: 'StatementRetracted',
    id: 'statementId',
    how: statements,
  },
  {
    recorded: 'CooperationPledged',
    corrected: 'PledgeCorrected',
    retracted: 'PledgeRetracted',
    id: 'pledgeId',
    how: pledges,
  },
  {
    recorded: 'IndicatorRecorded',
    corrected: 'IndicatorCorrected',
    retracted: 'IndicatorRetracted',
    id: 'indicatorId',
    how: indicators,
  },
  {
    recorded: 'DocumentSigned',
    corrected: 'DocumentCorrected',
    retracted: 'DocumentRetracted',
    id: 'documentId',
    how: documents,
  },
]);

/**
 * A person's positions, meetings and statements; an organisation's facts (what it is part of,
 * where it is based), meetings, statements and pledges.
 */
export const dossiersProjection: Projection = {
  name: 'dossiers',
  upcast: upcastEvent,
  // 5: parties hold part_of (the registry's roll-up of organisations' pledges).
  // 6: party_indicators, every party an indicator is about (one party is enough).
  // 7: party_documents, the documents a party is party to and a person signed or witnessed.
  version: 7,
  onPoison: 'skip',
  tables: [
    {
      name: 'parties',
      columns: {
        party: 'text',
        kind: 'text',
        name: 'text',
        acronym: 'text',
        home_country: 'text',
        part_of: 'text',
        classification: 'text',
      },
      primaryKey: ['party'],
      indexes: [['home_country'], ['part_of']],
    },
    {
      name: 'people',
      columns: { person_id: 'text', name: 'text', nationality: 'text', classification: 'text' },
      primaryKey: ['person_id'],
    },
    {
      name: 'positions',
      columns: {
        person_id: 'text',
        position_id: 'text',
        title: 'text',
        at_party: 'text',
        from_date: 'text',
        to_date: 'text',
      },
      primaryKey: ['person_id', 'position_id'],
    },
    {
      name: 'organisations',
      columns: {
        organisation_id: 'text',
        name: 'text',
        acronym: 'text',
        kind: 'text',
        home_country: 'text',
        part_of: 'text',
        sector: 'text',
        classification: 'text',
      },
      primaryKey: ['organisation_id'],
      indexes: [['part_of']],
    },
    {
      name: 'attendance',
      columns: {
        person_id: 'text',
        meeting_id: 'text',
        date: 'text',
        date_key: 'text',
        title: 'text',
        side: 'text',
        role: 'text',
        partner_id: 'text',
        partner_side: 'text',
        partner_role: 'text',
        classification: 'text',
      },
      primaryKey: ['person_id', 'meeting_id'],
      indexes: [['partner_id']],
    },
    {
      name: 'org_meetings',
      columns: {
        organisation_id: 'text',
        meeting_id: 'text',
        date: 'text',
        date_key: 'text',
        title: 'text',
        classification: 'text',
      },
      primaryKey: ['organisation_id', 'meeting_id'],
    },
    {
      name: 'statements',
      columns: {
        statement_id: 'text',
        speaker_id: 'text',
        speaker_kind: 'text',
        speaker_title: 'text',
        text: 'text',
        form: 'text',
        said_on: 'text',
        said_on_key: 'text',
        meeting_id: 'text',
        classification: 'text',
      },
      primaryKey: ['statement_id'],
      indexes: [['speaker_id', 'said_on_key']],
    },
    {
      name: 'org_pledges',
      columns: {
        organisation_id: 'text',
        pledge_id: 'text',
        role: 'text',
        commitment: 'text',
        pledged_on: 'text',
        pledged_on_key: 'text',
        classification: 'text',
      },
      primaryKey: ['organisation_id', 'pledge_id'],
    },
    {
      name: 'party_indicators',
      columns: {
        party: 'text',
        indicator_id: 'text',
        side: 'text',
        measures: 'text',
        figure: 'json',
        period: 'json',
        period_key: 'text',
        classification: 'text',
      },
      primaryKey: ['party', 'indicator_id'],
    },
    {
      name: 'party_documents',
      columns: {
        party: 'text',
        document_id: 'text',
        role: 'text',
        title: 'text',
        kind: 'text',
        signed_on: 'text',
        signed_on_key: 'text',
        classification: 'text',
      },
      primaryKey: ['party', 'document_id'],
    },
  ],
  handles: [...REGISTRY_EVENTS, ...lifecycles.handles],
  apply(event: RecordedEvent, tx: ReadModelWriter, history: StreamHistory) {
    if (lifecycles.handles.includes(event.type)) return lifecycles.apply(event, tx, history);
    const d = event.data;
    switch (event.type) {
      case 'PersonRegistered': {
        const p = dataOf<PersonRegistered['data']>(event);
        tx.upsert('people', {
          person_id: p.personId,
          name: p.name,
          nationality: p.nationality,
          classification: p.classification,
        });
        return;
      }
      case 'PersonCorrected': {
        const { personId, changes } = dataOf<PersonCorrected['data']>(event);
        applyRegistry(event, tx);
        if (changes.nationality !== undefined)
          tx.update('people', { person_id: personId }, { nationality: changes.nationality });
        return;
      }
      case 'OrganisationRegistered': {
        const o = dataOf<OrganisationRegistered['data']>(event);
        tx.upsert('organisations', {
          organisation_id: o.organisationId,
          name: o.name,
          acronym: o.acronym,
          kind: o.kind,
          home_country: o.homeCountry,
          part_of: o.partOfId,
          sector: o.sector,
          classification: o.classification,
        });
        break;
      }
      case 'OrganisationCorrected': {
        const c = d.changes as Record<string, unknown>;
        const set: Row = {};
        for (const [from, to] of [
          ['name', 'name'],
          ['acronym', 'acronym'],
          ['kind', 'kind'],
          ['homeCountry', 'home_country'],
          ['partOfId', 'part_of'],
          ['sector', 'sector'],
          ['classification', 'classification'],
        ]) {
          if (c[from] !== undefined) set[to] = c[from] as string | null;
        }
        if (Object.keys(set).length)
          tx.update('organisations', { organisation_id: String(d.organisationId) }, set);
        break;
      }
      case 'OrganisationRetracted':
        tx.delete('organisations', { organisation_id: String(d.organisationId) });
        break;
    }
    applyRegistry(event, tx);
  },
};
