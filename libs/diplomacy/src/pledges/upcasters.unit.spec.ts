import { upcastEvent } from '../upcasting';

const stored = (type: string, data: object) => ({ type, schemaVersion: 1, data });
const SES = { kind: 'organisation', id: 'ses' };
const KAZ = { kind: 'country', id: 'KAZ' };

describe('pledge events of v1, read in the v2 shape', () => {
  it('CooperationPledged: one party, area and target become lists', () => {
    const v1 = stored('CooperationPledged', {
      pledgeId: 'p-1',
      pledger: SES,
      beneficiary: KAZ,
      area: 'satellite-communications',
      commitment: 'internet',
      level: 'pledge',
      target: { quantity: 328, unit: 'settlements' },
      targetDate: '2026-12-31',
      meetingId: null,
      pledgedOn: '2024-10-14',
      sourceIds: ['s-1'],
      classification: 'internal',
    });
    expect(upcastEvent(v1)).toEqual({
      type: 'CooperationPledged',
      schemaVersion: 2,
      data: {
        pledgeId: 'p-1',
        pledgers: [SES],
        beneficiaries: [KAZ],
        beneficiaryGroup: null,
        mutual: false,
        areas: ['satellite-communications'],
        commitment: 'internet',
        level: 'pledge',
        targets: [{ quantity: 328, unit: 'settlements', qualifier: null, ofTotal: null }],
        targetDate: '2026-12-31',
        meetingId: null,
        documentId: null,
        pledgedOn: '2024-10-14',
        sourceIds: ['s-1'],
        classification: 'internal',
      },
    });
  });

  it('an unquantified pledge has no targets', () => {
    const v1 = stored('CooperationPledged', {
      pledger: SES,
      beneficiary: KAZ,
      area: 'a',
      target: null,
    });
    expect(upcastEvent(v1).data).toMatchObject({ targets: [] });
  });

  it('PledgeCorrected: only the changed facts, renamed', () => {
    const v1 = stored('PledgeCorrected', {
      pledgeId: 'p-1',
      changes: { beneficiary: SES, target: null, commitment: 'x' },
      reason: 'r',
    });
    expect(upcastEvent(v1).data).toEqual({
      pledgeId: 'p-1',
      changes: { beneficiaries: [SES], targets: [], commitment: 'x' },
      reason: 'r',
    });
  });

  it('PledgeProgressReported: achieved becomes figures', () => {
    const v1 = stored('PledgeProgressReported', {
      pledgeId: 'p-1',
      reportedOn: '2025-05-01',
      note: 'n',
      achieved: { amount: 5, currency: 'EUR' },
      sourceIds: ['s'],
    });
    expect(upcastEvent(v1).data).toEqual({
      pledgeId: 'p-1',
      reportedOn: '2025-05-01',
      note: 'n',
      figures: [{ amount: 5, currency: 'EUR', qualifier: null, ofTotal: null }],
      sourceIds: ['s'],
    });
    const none = stored('PledgeProgressReported', { achieved: null });
    expect(upcastEvent(none).data).toEqual({ figures: [] });
  });

  it('leaves v2 events alone', () => {
    const v2 = { type: 'CooperationPledged', schemaVersion: 2, data: { pledgers: [] } };
    expect(upcastEvent(v2)).toBe(v2);
  });
});
