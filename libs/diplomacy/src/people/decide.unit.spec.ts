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
