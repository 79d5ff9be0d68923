import { upcastEvent } from '@chancery/diplomacy';
import type { RecordedEvent } from '@chancery/event-store';
import type { Projection, ReadModelWriter, Row, StreamHistory } from '@chancery/projections';
import type {
  Classification,
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

/** Each person who took part, once (a person listed twice keeps the last side and role). */
function attendees(m: Meeting) {
  const people = new Map<string, { side: string; role: string | null }>();
  for (const p of m.participants)
    if (p.party.kind === 'person') people.set(p.party.id, { side: partyKey(p.side), role: p.role });
  return [...people];
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
    for (const p of m.participants)
      for (const org of [p.party, p.side])
        if (org.kind === 'organisation')
          tx.upsert('org_meetings', { organisation_id: org.id, ...common });
  },
  clear(tx, id, m) {
    const people = attendees(m);
    for (let i = 0; i < people.length; i += 2)
      tx.delete('attendance', { person_id: people[i][0], meeting_id: id });
    for (const p of m.participants)
      for (const org of [p.party, p.side])
        if (org.kind === 'organisation')
          tx.delete('org_meetings', { organisation_id: org.id, meeting_id: id });
  },
};

const statements: Derivation<Statement> = {
  derive(tx, id, s) {
    tx.upsert('statements', {
      statement_id: id,
      speaker_id: s.speakerId,
      text: s.text,
      form: s.form,
      said_on: s.saidOn,
      meeting_id: s.meetingId,
      classification: s.classification,
    });
  },
  clear: (tx, id) => tx.delete('statements', { statement_id: id }),
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
]);

/** A person's positions, meetings and statements; an organisation's facts and meetings. */
export const dossiersProjection: Projection = {
  name: 'dossiers',
  upcast: upcastEvent,
  version: 3,
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
        classification: 'text',
      },
      primaryKey: ['party'],
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
        sector: 'text',
        classification: 'text',
      },
      primaryKey: ['organisation_id'],
    },
    {
      name: 'attendance',
      columns: {
        person_id: 'text',
        meeting_id: 'text',
        date: 'text',
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
        text: 'text',
        form: 'text',
        said_on: 'text',
        meeting_id: 'text',
        classification: 'text',
      },
      primaryKey: ['statement_id'],
      indexes: [['speaker_id', 'said_on']],
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
          ['sector', 'sector'],
          ['classification', 'classification'],
        ]) {
          if (c[from] !== undefined) set[to] = c[from] as string;
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
