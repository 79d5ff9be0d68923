import { specFor } from '../testing/given-when-then';
import { visitDecider, type RecordVisit } from './decide';

const spec = specFor(visitDecider);
const recordVisit: RecordVisit = {
  type: 'RecordVisit',
  data: {
    visitId: 'v-1',
    kind: 'official',
    delegation: { sentBy: { kind: 'country', id: 'KAZ' }, headId: 'nurtleu', memberIds: [] },
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

  it('refuses an unknown host country', () => {
    spec
      .given([])
      .when({ ...recordVisit, data: { ...recordVisit.data, hostCountry: 'XXX' } })
      .thenFails('COUNTRY.UNKNOWN_CODE');
  });
});
