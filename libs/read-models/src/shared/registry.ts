import type { RecordedEvent } from '@chancery/event-store';
import type { ReadModelWriter, Row } from '@chancery/projections';
import type {
  CountryRegistered,
  OrganisationCorrected,
  OrganisationRegistered,
  PersonAppointed,
  PersonCorrected,
  PersonRegistered,
  PositionCorrected,
  PositionEnded,
} from '@chancery/diplomacy';
import { dataOf, partyKey } from './records';

/** Names of parties and people and the posts people held: what several projections join to at query time. */
export const REGISTRY_EVENTS = [
  'CountryRegistered',
  'OrganisationRegistered',
  'OrganisationCorrected',
  'OrganisationRetracted',
  'PersonRegistered',
  'PersonCorrected',
  'PersonRetracted',
  'PersonAppointed',
  'PositionEnded',
  'PositionCorrected',
];

export function applyRegistry(event: RecordedEvent, tx: ReadModelWriter): void {
  switch (event.type) {
    case 'CountryRegistered': {
      const d = dataOf<CountryRegistered['data']>(event);
      tx.upsert('parties', {
        party: d.code.toUpperCase(),
        kind: 'country',
        name: d.name,
        classification: d.classification,
      });
      return;
    }
    case 'OrganisationRegistered': {
      const d = dataOf<OrganisationRegistered['data']>(event);
      tx.upsert('parties', {
        party: d.organisationId,
        kind: 'organisation',
        name: d.name,
        acronym: d.acronym,
        home_country: d.homeCountry,
        part_of: d.partOfId ?? null,
        classification: d.classification,
      });
      return;
    }
    case 'OrganisationCorrected': {
      const { organisationId, changes } = dataOf<OrganisationCorrected['data']>(event);
      const set: Row = {};
      if (changes.name !== undefined) set.name = changes.name;
      if (changes.acronym !== undefined) set.acronym = changes.acronym;
      if (changes.homeCountry !== undefined) set.home_country = changes.homeCountry;
      if (changes.partOfId !== undefined) set.part_of = changes.partOfId;
      if (changes.classification !== undefined) set.classification = changes.classification;
      if (Object.keys(set).length) tx.update('parties', { party: organisationId }, set);
      return;
    }
    case 'OrganisationRetracted':
      tx.delete('parties', { party: String(event.data.organisationId) });
      return;
    case 'PersonRegistered': {
      const d = dataOf<PersonRegistered['data']>(event);
      tx.upsert('people', {
        person_id: d.personId,
        name: d.name,
        classification: d.classification,
      });
      return;
    }
    case 'PersonCorrected': {
      const { personId, changes } = dataOf<PersonCorrected['data']>(event);
      const set: Row = {};
      if (changes.name !== undefined) set.name = changes.name;
      if (changes.classification !== undefined) set.classification = changes.classification;
      if (Object.keys(set).length) tx.update('people', { person_id: personId }, set);
      return;
    }
    case 'PersonRetracted':
      tx.delete('people', { person_id: String(event.data.personId) });
      tx.delete('positions', { person_id: String(event.data.personId) });
      return;
    case 'PersonAppointed': {
      const d = dataOf<PersonAppointed['data']>(event);
      tx.upsert('positions', {
        person_id: d.personId,
        position_id: d.positionId,
        title: d.title,
        at_party: partyKey(d.at),
        from_date: d.from,
        to_date: d.to,
      });
      return;
    }
    case 'PositionEnded': {
      const d = dataOf<PositionEnded['data']>(event);
      tx.update(
        'positions',
        { person_id: d.personId, position_id: d.positionId },
        { to_date: d.to },
      );
      return;
    }
    case 'PositionCorrected': {
      const { personId, positionId, changes } = dataOf<PositionCorrected['data']>(event);
      const set: Row = {};
      if (changes.title !== undefined) set.title = changes.title;
      if (changes.at !== undefined) set.at_party = partyKey(changes.at);
      if (changes.from !== undefined) set.from_date = changes.from;
      if (changes.to !== undefined) set.to_date = changes.to;
      if (Object.keys(set).length)
        tx.update('positions', { person_id: personId, position_id: positionId }, set);
      return;
    }
  }
}

export interface PositionRow {
  title: string;
  at_party: string;
  from_date: string | null;
  to_date: string | null;
}

/** The post a person held on `date`, preferring one held at the side they represented. */
export function titleAt(positions: PositionRow[], date: string, side?: string): string | null {
  const held = positions.filter(
    (p) => (p.from_date ?? '') <= date && (p.to_date === null || date <= p.to_date),
  );
  return (held.find((p) => p.at_party === side) ?? held[0])?.title ?? null;
}
