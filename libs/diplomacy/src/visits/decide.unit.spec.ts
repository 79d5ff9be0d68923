import { specFor } from '../testing/given-when-then';
import { visitDecider, type RecordVisit } from './decide';

const spec = specFor(visitDecider);
const recordVisit: RecordVisit = {
  type: 'RecordVisit',
  data: {
    visitId: 'v-1',
    kind: 'official',
    delegation: {
      sentBy: { kind: 'country', id: 'KAZ' },
      headId: 'nurtleu',
      headTitle: null,
      memberIds: [],
    },
    hostCountry: 'LUX',
    city: 'Luxembourg',
    startDate: '2024-10-14',
    endDate: '2024-10-14',
    purpose: '21st EU–Kazakhstan Cooperation Council; cooperation with EU companies',
    sourceIds: ['s-1'],
    classification: 'public',
  },
};

describe('RecordVisit', () => {
  it('records a one-day visit, coded as CAMEO 042', () => {
    const state = spec.given([]).when(recordVisit).thenState();
    expect(state).toMatchObject({
      status: 'recorded',
      record: { visitId: 'v-1', engagement: { cameo: '042' }, classification: 'public' },
    });
  });

  it('refuses a visit that ends before it starts', () => {
    spec
      .given([])
      .when({ ...recordVisit, data: { ...recordVisit.data, endDate: '2024-10-13' } })
      .thenFails('VISIT.ENDS_BEFORE_START');
  });

  it('refuses a correction that would make it end before it starts', () => {
    const [recorded] = visitDecider.decide(recordVisit, visitDecider.initialState(), {
      now: new Date(),
      newId: () => 'x',
    });
    spec
      .given([recorded])
      .when({
        type: 'CorrectVisit',
        data: { visitId: 'v-1', changes: { startDate: '2024-10-15' }, reason: 'typo' },
      })
      .thenFails('VISIT.ENDS_BEFORE_START');
  });

  it('takes a visit whose kind, city, purpose and dates are not stated', () => {
    const unstated = {
      ...recordVisit.data,
      kind: null,
      city: null,
      purpose: null,
      startDate: null,
      endDate: null,
    };
    const state = spec
      .given([])
      .when({ ...recordVisit, data: unstated })
      .thenState();
    expect(state).toMatchObject({ record: { kind: null, city: null, startDate: null } });
  });

  it('takes an unnamed head by title, but not a head with neither', () => {
    const delegation = {
      ...recordVisit.data.delegation,
      headId: null,
      headTitle: 'Foreign Minister',
    };
    spec
      .given([])
      .when({ ...recordVisit, data: { ...recordVisit.data, delegation } })
      .thenState();
    spec
      .given([])
      .when({
        ...recordVisit,
        data: { ...recordVisit.data, delegation: { ...delegation, headTitle: null } },
      })
      .thenFails('VISIT.HEAD_UNNAMED');
  });

  it('refuses an end only when it is surely before the start', () => {
    const january = { ...recordVisit.data, startDate: '2018-01', endDate: '2018-01' };
    spec
      .given([])
      .when({ ...recordVisit, data: january })
      .thenState();
    const open = { ...recordVisit.data, startDate: '2018-01-20', endDate: 'before 2018-02' };
    spec
      .given([])
      .when({ ...recordVisit, data: open })
      .thenState();
    spec
      .given([])
      .when({ ...recordVisit, data: { ...january, endDate: '2017-12' } })
      .thenFails('VISIT.ENDS_BEFORE_START');
  });

  it('refuses an unknown host country', () => {
    spec
      .given([])
      .when({ ...recordVisit, data: { ...recordVisit.data, hostCountry: 'XXX' } })
      .thenFails('COUNTRY.UNKNOWN_CODE');
  });
});
