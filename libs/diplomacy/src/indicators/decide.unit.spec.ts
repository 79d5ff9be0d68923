import { specFor } from '../testing/given-when-then';
import { indicatorDecider, type RecordIndicator } from './decide';

const spec = specFor(indicatorDecider);
const investmentSince2005: RecordIndicator = {
  type: 'RecordIndicator',
  data: {
    indicatorId: 'i-1',
    measures: 'gross inflow of direct investment',
    figure: { amount: 2_900_000_000, currency: 'USD', qualifier: null, ofTotal: null },
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
      record: {
        figure: { amount: 2_900_000_000, currency: 'USD', qualifier: null, ofTotal: null },
        classification: 'internal',
      },
    });
  });

  it('refuses a period that ends before it starts', () => {
    const period = { from: '2025-01-01', to: '2024-10-14' };
    spec
      .given([])
      .when({ ...investmentSince2005, data: { ...investmentSince2005.data, period } })
      .thenFails('INDICATOR.PERIOD_ENDS_BEFORE_START');
  });

  it('holds a rating, a hedged figure, a part of a total, and partial periods', () => {
    const figures = [
      { rating: 'BBB-', scale: 'S&P', qualifier: null, ofTotal: null },
      { amount: 12_000_000_000, currency: 'USD', qualifier: 'more than' as const, ofTotal: null },
      { quantity: 748, unit: 'km', qualifier: null, ofTotal: 768 },
    ];
    for (const figure of figures) {
      const data = { ...investmentSince2005.data, figure, period: { asOf: '2024-Q3' } };
      spec
        .given([])
        .when({ type: 'RecordIndicator', data })
        .then([{ type: 'IndicatorRecorded', data: { ...data, classification: 'internal' } }]);
    }
    // 2024 and 2024-06 may overlap: not surely out of order, so accepted.
    const period = { from: '2024', to: '2024-06' };
    spec
      .given([])
      .when({ ...investmentSince2005, data: { ...investmentSince2005.data, period } })
      .then([
        {
          type: 'IndicatorRecorded',
          data: { ...investmentSince2005.data, period, classification: 'internal' },
        },
      ]);
  });

  it('refuses a total below the figure, a rating with a total, and an impossible date', () => {
    const bad = [
      { quantity: 800, unit: 'km', qualifier: null, ofTotal: 768 },
      { rating: 'BBB-', scale: null, qualifier: null, ofTotal: 10 },
      { quantity: 1, unit: 'km', qualifier: 'roughly', ofTotal: null },
    ];
    for (const figure of bad) {
      spec
        .given([])
        .when({
          ...investmentSince2005,
          data: { ...investmentSince2005.data, figure: figure as never },
        })
        .thenFails('INDICATOR.INVALID_FIGURE');
    }
    spec
      .given([])
      .when({
        ...investmentSince2005,
        data: { ...investmentSince2005.data, period: { asOf: '2024-13' } },
      })
      .thenFails('RECORD.INVALID_DATE');
  });

  it('refuses a currency that is not ISO 4217-shaped', () => {
    const figure = { amount: 1, currency: 'dollars', qualifier: null, ofTotal: null };
    spec
      .given([])
      .when({ ...investmentSince2005, data: { ...investmentSince2005.data, figure } })
      .thenFails('INDICATOR.INVALID_FIGURE');
  });
});

describe('CorrectIndicator and RetractIndicator', () => {
  const recorded = {
    type: 'IndicatorRecorded' as const,
    data: { ...investmentSince2005.data, classification: 'internal' as const },
  };
  const correct = (changes: object, reason = 'the ministry revised it') => ({
    type: 'CorrectIndicator' as const,
    data: { indicatorId: 'i-1', changes, reason },
  });

  it('corrects the figure, keeping only what changes', () => {
    const figure = { amount: 3_100_000_000, currency: 'USD', qualifier: null, ofTotal: null };
    spec
      .given([recorded])
      .when(correct({ figure, measures: investmentSince2005.data.measures }))
      .then([
        {
          type: 'IndicatorCorrected',
          data: { indicatorId: 'i-1', changes: { figure }, reason: 'the ministry revised it' },
        },
      ]);
  });

  it('refuses a correction that breaks the period or changes nothing', () => {
    spec
      .given([recorded])
      .when(correct({ period: { from: '2025-01-01', to: '2024-10-14' } }))
      .thenFails('INDICATOR.PERIOD_ENDS_BEFORE_START');
    spec
      .given([recorded])
      .when(correct({ statedById: 'nurtleu' }))
      .thenFails('INDICATOR.NOTHING_TO_CORRECT');
  });

  it('retracts with a reason, after which it cannot be corrected', () => {
    const retracted = {
      type: 'IndicatorRetracted' as const,
      data: { indicatorId: 'i-1', reason: 'counted twice' },
    };
    spec
      .given([recorded])
      .when({ type: 'RetractIndicator', data: { indicatorId: 'i-1', reason: 'counted twice' } })
      .then([retracted]);
    spec
      .given([recorded, retracted])
      .when(correct({ measures: 'outflow' }))
      .thenFails('INDICATOR.RETRACTED');
  });
});
