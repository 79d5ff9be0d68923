import { specFor } from '../testing/given-when-then';
import type { PersonEvent } from './events';
import { personDecider, titlesOn, type PersonCommand } from './decide';

const spec = specFor(personDecider);
const registered: PersonEvent = {
  type: 'PersonRegistered',
  data: {
    personId: 'p-1',
    name: 'Murat Nurtleu',
    nationality: 'KAZ',
    sourceIds: [],
    classification: 'public',
  },
};
const foreignMinister: PersonEvent = {
  type: 'PersonAppointed',
  data: {
    personId: 'p-1',
    positionId: 'pos-fm',
    title: 'Deputy Prime Minister and Minister of Foreign Affairs',
    at: { kind: 'country', id: 'KAZ' },
    from: '2023-09-01',
    to: null,
    sourceIds: [],
  },
};
const earlier: PersonEvent = {
  type: 'PersonAppointed',
  data: {
    ...foreignMinister.data,
    positionId: 'pos-aide',
    title: 'First Deputy Head of the Presidential Administration',
    from: '2022-01-01',
    to: '2023-08-31',
  } as never,
};

describe('a person with positions over time', () => {
  it('appoints with an id from the context when the command names none', () => {
    const { positionId: _, ...position } = foreignMinister.data;
    spec
      .given([registered])
      .when({ type: 'AppointPerson', data: position })
      .then([{ ...foreignMinister, data: { ...foreignMinister.data, positionId: 'id-1' } }]);
  });

  it('shows the title held on a given day', () => {
    const state = spec
      .given([registered, earlier])
      .when({ type: 'AppointPerson', data: foreignMinister.data })
      .thenState();
    if (state.status !== 'recorded') throw new Error('expected a recorded person');
    expect(titlesOn(state.record, '2024-10-14').map((p) => p.title)).toEqual([
      'Deputy Prime Minister and Minister of Foreign Affairs',
    ]);
    expect(titlesOn(state.record, '2023-03-01').map((p) => p.title)).toEqual([
      'First Deputy Head of the Presidential Administration',
    ]);
  });

  it('holds partial dates, and lists a post on every day it may have been held', () => {
    const ambassador: PersonEvent = {
      type: 'PersonAppointed',
      data: {
        ...foreignMinister.data,
        positionId: 'pos-amb',
        title: 'Ambassador',
        from: '2019',
        to: 'before 2023-06',
      },
    } as never;
    const state = spec
      .given([registered, ambassador])
      .when({ type: 'AppointPerson', data: { ...foreignMinister.data, from: '2023-Q3' } })
      .thenState();
    if (state.status !== 'recorded') throw new Error('expected a recorded person');
    const on = (day: string) => titlesOn(state.record, day).map((p) => p.title);
    expect(on('2019-01-01')).toEqual(['Ambassador']);
    expect(on('2023-05-31')).toEqual(['Ambassador']);
    expect(on('2023-06-01')).toEqual([]);
    expect(on('2023-07-01')).toEqual(['Deputy Prime Minister and Minister of Foreign Affairs']);
  });

  it('refuses an impossible partial date, and an end surely before the start', () => {
    spec
      .given([registered])
      .when({ type: 'AppointPerson', data: { ...foreignMinister.data, from: '2023-13' } })
      .thenFails('RECORD.INVALID_DATE');
    spec
      .given([registered])
      .when({
        type: 'AppointPerson',
        data: { ...foreignMinister.data, from: '2023', to: '2022-12' },
      })
      .thenFails('PERSON.POSITION_ENDS_BEFORE_START');
    spec
      .given([registered])
      .when({
        type: 'AppointPerson',
        data: { ...foreignMinister.data, from: '2023-05-10', to: '2023-05' },
      })
      .then([
        {
          type: 'PersonAppointed',
          data: {
            ...foreignMinister.data,
            positionId: 'pos-fm',
            from: '2023-05-10',
            to: '2023-05',
          },
        },
      ]);
  });

  it('ends a position once, never before it began', () => {
    const end = (to: string, positionId = 'pos-fm'): PersonCommand => ({
      type: 'EndPosition',
      data: { personId: 'p-1', positionId, to, sourceIds: [] },
    });
    spec
      .given([registered, foreignMinister])
      .when(end('2023-01-01'))
      .thenFails('PERSON.POSITION_ENDS_BEFORE_START');
    spec
      .given([registered, earlier])
      .when(end('2024-01-01', 'pos-aide'))
      .thenFails('PERSON.POSITION_ALREADY_ENDED');
  });

  it('holds positions at countries or organisations, not at people', () => {
    spec
      .given([registered])
      .when({
        type: 'AppointPerson',
        data: { ...foreignMinister.data, at: { kind: 'person', id: 'p-2' } },
      })
      .thenFails('PERSON.POSITION_NOT_AT_INSTITUTION');
  });

  it('cannot appoint someone never registered', () => {
    spec
      .given([])
      .when({ type: 'AppointPerson', data: foreignMinister.data })
      .thenFails('PERSON.NOT_FOUND');
  });
});

describe('correcting and retracting a person', () => {
  const correctPosition = (changes: object, positionId = 'pos-fm', reason = 'per the release') =>
    ({
      type: 'CorrectPosition',
      data: { personId: 'p-1', positionId, changes, reason },
    }) as PersonCommand;
  const retracted: PersonEvent = {
    type: 'PersonRetracted',
    data: { personId: 'p-1', reason: 'registered twice' },
  };

  it('corrects a post’s title and start, keeping only what changes', () => {
    spec
      .given([registered, foreignMinister])
      .when(correctPosition({ title: 'Minister of Foreign Affairs', from: '2023-09-01' }))
      .then([
        {
          type: 'PositionCorrected',
          data: {
            personId: 'p-1',
            positionId: 'pos-fm',
            changes: { title: 'Minister of Foreign Affairs' },
            reason: 'per the release',
          },
        },
      ]);
    const state = spec
      .given([registered, foreignMinister])
      .when(correctPosition({ title: 'Minister of Foreign Affairs' }))
      .thenState();
    expect(state.status === 'recorded' && state.record.positions[0].title).toBe(
      'Minister of Foreign Affairs',
    );
  });

  it('refuses a post correction that changes nothing, breaks the dates, or names no post', () => {
    const given = spec.given([registered, foreignMinister]);
    given.when(correctPosition({ from: '2023-09-01' })).thenFails('PERSON.NOTHING_TO_CORRECT');
    given
      .when(correctPosition({ to: '2023-01-01' }))
      .thenFails('PERSON.POSITION_ENDS_BEFORE_START');
    given.when(correctPosition({ title: 'x' }, 'pos-none')).thenFails('PERSON.UNKNOWN_POSITION');
    given.when(correctPosition({ title: 'x' }, 'pos-fm', ' ')).thenFails('RECORD.REASON_REQUIRED');
    given
      .when(correctPosition({ at: { kind: 'person', id: 'p-2' } }))
      .thenFails('PERSON.POSITION_NOT_AT_INSTITUTION');
  });

  it('corrects a name, retracts with a reason, and then changes nothing more', () => {
    spec
      .given([registered])
      .when({
        type: 'CorrectPerson',
        data: { personId: 'p-1', changes: { name: 'Murat Nurtleu' }, reason: 'same' },
      })
      .thenFails('PERSON.NOTHING_TO_CORRECT');
    spec
      .given([registered])
      .when({ type: 'RetractPerson', data: { personId: 'p-1', reason: 'registered twice' } })
      .then([retracted]);
    spec
      .given([registered, foreignMinister, retracted])
      .when(correctPosition({ title: 'Minister of Foreign Affairs' }))
      .thenFails('PERSON.RETRACTED');
  });
});
