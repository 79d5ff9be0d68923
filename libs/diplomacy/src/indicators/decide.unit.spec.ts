import { specFor } from '../testing/given-when-then';
import { indicatorDecider, type RecordIndicator } from './decide';

const spec = specFor(indicatorDecider);
const investmentSince2005: RecordIndicator = {
  type: 'RecordIndicator',
  data: {
    indicatorId: 'i-1',
    measures: 'gross inflow of direct investment',
    figure: { amount: 2_900_000_000, currency: 'USD' },
    period: { from: '2005-01-01', to: '2024-10-14' },
    from: { kind: 'country', id: 'LUX' },
    to: { kind: 'country', id: 'KAZ' },
    statedById: 'nurtleu',
    meetingId: null,
    sourceIds: ['s-1'],
  },
};

describe('RecordIndicator', () => {
  it('records a sum of money over a period', () => {
    const state = spec.given([]).when(investmentSince2005).thenState();
    expect(state).toMatchObject({
      status: 'recorded',
      record: { figure: { amount: 2_900_000_000, currency: 'USD' }, classification: 'internal' },
    });
  });

  it('refuses a period that ends before it starts', () => {
    const period = { from: '2025-01-01', to: '2024-10-14' };
    spec
      .given([])
      .when({ ...investmentSince2005, data: { ...investmentSince2005.data, period } })
      .thenFails('INDICATOR.PERIOD_ENDS_BEFORE_START');
  });

  it('refuses a currency that is not ISO 4217-shaped', () => {
    const figure = { amount: 1, currency: 'dollars' };
    spec
      .given([])
      .when({ ...investmentSince2005, data: { ...investmentSince2005.data, figure } })
      .thenFails('INDICATOR.INVALID_FIGURE');
  });
});
