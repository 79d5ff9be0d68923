import type { Decider, DecisionContext } from '../shared/decider';
import { requireCountryCode } from '../shared/countries';
import { DomainError } from '../shared/errors';
import { lifecycleDecider } from '../shared/lifecycle-decider';
import {
  dateSpan,
  requirePartialDate,
  surelyBefore,
  type PartialDate,
} from '../shared/partial-date';
import {
  changedFields,
  corrected,
  emptyRecord,
  recorded,
  recordErrors,
  requireLive,
  requireReason,
  retracted,
  type RecordState,
} from '../shared/record-lifecycle';
import { type Classification, type IsoDate } from '../shared/vocabulary';
import type { PersonEvent, PersonFacts, PersonRegistered, PositionFacts } from './events';

export type Position = PositionFacts & { positionId: string };
/** A person with every post they held; the title on a day comes from `titlesOn`. */
export type Person = PersonRegistered['data'] & { positions: Position[] };
export type PersonState = RecordState<Person>;

export const personErrors = {
  ...recordErrors('PERSON', 'Person'),
  positionAtPerson: () =>
    new DomainError(
      'PERSON.POSITION_NOT_AT_INSTITUTION',
      'a position is held at a country or an organisation',
    ),
  endsBeforeStart: () =>
    new DomainError('PERSON.POSITION_ENDS_BEFORE_START', 'a position cannot end before it starts'),
  unknownPosition: (id: string) => new DomainError('PERSON.UNKNOWN_POSITION', `no position ${id}`),
  positionAlreadyEnded: (id: string) =>
    new DomainError('PERSON.POSITION_ALREADY_ENDED', `position ${id} has already ended`),
};

export type RegisterPerson = {
  type: 'RegisterPerson';
  data: PersonFacts & { personId: string; sourceIds: string[]; classification?: Classification };
};
export type AppointPerson = {
  type: 'AppointPerson';
  data: PositionFacts & { personId: string; positionId?: string; sourceIds: string[] };
};
export type EndPosition = {
  type: 'EndPosition';
  data: { personId: string; positionId: string; to: PartialDate; sourceIds: string[] };
};
export type CorrectPerson = {
  type: 'CorrectPerson';
  data: {
    personId: string;
    changes: Partial<PersonFacts & { classification: Classification }>;
    reason: string;
  };
};
export type RetractPerson = { type: 'RetractPerson'; data: { personId: string; reason: string } };
/** A post recorded wrongly (a title mistyped, a start date misread): fixed, the original kept. */
export type CorrectPosition = {
  type: 'CorrectPosition';
  data: { personId: string; positionId: string; changes: Partial<PositionFacts>; reason: string };
};
export type PersonCommand =
  RegisterPerson | AppointPerson | EndPosition | CorrectPosition | CorrectPerson | RetractPerson;

export function evolvePerson(state: PersonState, event: PersonEvent): PersonState {
  switch (event.type) {
    case 'PersonRegistered':
      return recorded({ ...event.data, positions: [] });
    case 'PersonAppointed': {
      if (state.status === 'empty') return state;
      const { personId: _, sourceIds: __, ...position } = event.data;
      return {
        ...state,
        record: { ...state.record, positions: [...state.record.positions, position] },
      };
    }
    case 'PositionEnded':
      return updatePosition(state, event.data.positionId, { to: event.data.to });
    case 'PositionCorrected':
      return updatePosition(state, event.data.positionId, event.data.changes);
    case 'PersonCorrected':
      return corrected(state, event.data.changes, event.data.reason);
    case 'PersonRetracted':
      return retracted(state, event.data.reason);
  }
}

function updatePosition(
  state: PersonState,
  positionId: string,
  changes: Partial<PositionFacts>,
): PersonState {
  if (state.status === 'empty') return state;
  const positions = state.record.positions.map((p) =>
    p.positionId === positionId ? { ...p, ...changes } : p,
  );
  return { ...state, record: { ...state.record, positions } };
}

/**
 * The titles a person may have held on a day: "Deputy Prime Minister and Minister of Foreign
 * Affairs" on 2024-10-14. A post from "2023-09" counts from the first day it may have begun, and
 * until the last day a partial end may mean: never left out on a date that may be right.
 */
export function titlesOn(person: Person, day: IsoDate): Position[] {
  const began = (from: PartialDate | null) => {
    const first = from === null ? null : dateSpan(from).from;
    return first === null || first <= day;
  };
  const ended = (to: PartialDate | null) => {
    const last = to === null ? null : dateSpan(to).to;
    return last !== null && last < day;
  };
  return person.positions.filter((p) => began(p.from) && !ended(p.to));
}

function checkPosition(position: PositionFacts): void {
  if (position.at.kind === 'person') throw personErrors.positionAtPerson();
  if (position.at.kind === 'country') requireCountryCode(position.at.id);
  if (position.from) requirePartialDate(position.from, 'from');
  if (position.to) requirePartialDate(position.to, 'to');
  if (position.from && position.to && surelyBefore(position.to, position.from))
    throw personErrors.endsBeforeStart();
}

/** Registered, corrected and retracted like most records; a person's posts are theirs alone. */
const personLifecycle = lifecycleDecider({
  idField: 'personId',
  errors: personErrors,
  names: {
    record: 'RegisterPerson',
    correct: 'CorrectPerson',
    retract: 'RetractPerson',
    recorded: 'PersonRegistered',
    corrected: 'PersonCorrected',
    retracted: 'PersonRetracted',
  },
  check: (person: PersonRegistered['data']) => {
    if (person.nationality) requireCountryCode(person.nationality);
  },
});

export function decidePerson(
  command: PersonCommand,
  state: PersonState,
  context: DecisionContext,
): PersonEvent[] {
  const { personId } = command.data;
  switch (command.type) {
    case 'AppointPerson': {
      requireLive(state, personId, personErrors);
      const { positionId = context.newId(), title, at, from, to, sourceIds } = command.data;
      checkPosition({ title, at, from, to });
      return [
        { type: 'PersonAppointed', data: { personId, positionId, title, at, from, to, sourceIds } },
      ];
    }
    case 'EndPosition': {
      const person = requireLive(state, personId, personErrors);
      const { positionId, to, sourceIds } = command.data;
      const position = person.positions.find((p) => p.positionId === positionId);
      if (!position) throw personErrors.unknownPosition(positionId);
      if (position.to !== null) throw personErrors.positionAlreadyEnded(positionId);
      checkPosition({ ...position, to: requirePartialDate(to, 'to') });
      return [{ type: 'PositionEnded', data: { personId, positionId, to, sourceIds } }];
    }
    case 'CorrectPosition': {
      const person = requireLive(state, personId, personErrors);
      const { positionId } = command.data;
      const position = person.positions.find((p) => p.positionId === positionId);
      if (!position) throw personErrors.unknownPosition(positionId);
      const reason = requireReason(command.data.reason);
      const { positionId: _, ...facts } = position;
      const changes = changedFields<PositionFacts>(facts, command.data.changes);
      if (Object.keys(changes).length === 0) throw personErrors.nothingToCorrect(positionId);
      checkPosition({ ...facts, ...changes });
      return [{ type: 'PositionCorrected', data: { personId, positionId, changes, reason } }];
    }
    default:
      return personLifecycle.decide(command, state, context);
  }
}

export const personDecider: Decider<PersonCommand, PersonEvent, PersonState> = {
  initialState: emptyRecord<Person>,
  evolve: evolvePerson,
  decide: decidePerson,
};
