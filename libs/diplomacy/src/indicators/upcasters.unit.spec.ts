import { upcastEvent } from '../upcasting';

describe('indicators stored before qualified figures', () => {
  it('reads a v1 figure as stated flat, with no qualifier and no total', () => {
    const stored = {
      type: 'IndicatorRecorded',
      schemaVersion: 1,
      data: { indicatorId: 'i-1', figure: { amount: 5, currency: 'USD' } },
    };
    expect(upcastEvent(stored)).toEqual({
      type: 'IndicatorRecorded',
      schemaVersion: 2,
      data: {
        indicatorId: 'i-1',
        figure: { amount: 5, currency: 'USD', qualifier: null, ofTotal: null },
      },
    });
  });

  it('upcasts a corrected figure, and leaves corrections of other facts alone', () => {
    const corrected = (changes: object) => ({
      type: 'IndicatorCorrected',
      schemaVersion: 1,
      data: { indicatorId: 'i-1', changes, reason: 'revised' },
    });
    expect(upcastEvent(corrected({ figure: { quantity: 3, unit: 'km' } })).data).toEqual({
      indicatorId: 'i-1',
      changes: { figure: { quantity: 3, unit: 'km', qualifier: null, ofTotal: null } },
      reason: 'revised',
    });
    expect(upcastEvent(corrected({ measures: 'trade' })).data.changes).toEqual({
      measures: 'trade',
    });
  });
});

describe('organisations stored before part-of links', () => {
  it('reads a v1 organisation as part of none', () => {
    const stored = {
      type: 'OrganisationRegistered',
      schemaVersion: 1,
      data: { organisationId: 'o-1', name: 'EIB' },
    };
    expect(upcastEvent(stored)).toMatchObject({
      schemaVersion: 2,
      data: { organisationId: 'o-1', name: 'EIB', partOfId: null },
    });
  });
});
