import type { PartialDate } from '../shared/partial-date';
import type { Classification, PartyRef } from '../shared/vocabulary';

export type PersonFacts = {
  /** As the person is usually written in English: `Murat Nurtleu`. */
  name: string;
  /** ISO 3166-1 alpha-3, or null when unknown. */
  nationality: string | null;
};

/**
 * A post held over time. `at` is the government (a country) or the organisation.
 * `from` is null when the start is unknown; `to` is null while the post is held. Both are as
 * precise as the source states them (`2023-09`, `before 2020`).
 */
export type PositionFacts = {
  title: string;
  at: PartyRef;
  from: PartialDate | null;
  to: PartialDate | null;
};

/** Stream `person-<uuid>`. Titles are positions, never part of the name. */
export type PersonRegistered = {
  type: 'PersonRegistered';
  data: PersonFacts & { personId: string; sourceIds: string[]; classification: Classification };
};

export type PersonAppointed = {
  type: 'PersonAppointed';
  data: PositionFacts & { personId: string; positionId: string; sourceIds: string[] };
};

export type PositionEnded = {
  type: 'PositionEnded';
  data: { personId: string; positionId: string; to: PartialDate; sourceIds: string[] };
};

export type PositionCorrected = {
  type: 'PositionCorrected';
  data: { personId: string; positionId: string; changes: Partial<PositionFacts>; reason: string };
};

export type PersonCorrected = {
  type: 'PersonCorrected';
  data: {
    personId: string;
    changes: Partial<PersonFacts & { classification: Classification }>;
    reason: string;
  };
};

export type PersonRetracted = {
  type: 'PersonRetracted';
  data: { personId: string; reason: string };
};

export type PersonEvent =
  | PersonRegistered
  | PersonAppointed
  | PositionEnded
  | PositionCorrected
  | PersonCorrected
  | PersonRetracted;

export const PERSON_EVENT_VERSIONS = {
  PersonRegistered: 1,
  PersonAppointed: 1,
  PositionEnded: 1,
  PositionCorrected: 1,
  PersonCorrected: 1,
  PersonRetracted: 1,
} as const satisfies Record<PersonEvent['type'], number>;
