import type { PledgeRegisterItem } from '../../apps/web/src/api/types';
import { recordOf, subjectOf } from '../../apps/web/src/ui/audit-words';
import { complianceOverTime } from '../../apps/web/src/ui/register-compliance';
import { beneficiariesOf, pledgersOf } from '../../apps/web/src/ui/register-parties';
import { formatWhen } from '../../apps/web/src/ui/timeline-dates';
import { formatFigure, formatPeriod } from '../../apps/web/src/ui/timeline-figures';

const pledge = (fields: Partial<PledgeRegisterItem> & { statusOn?: string | null }): PledgeRegisterItem & { statusOn?: string | null } => ({
  pledgeId: 'p',
  pledger: 'LUX',
  beneficiary: 'KAZ',
  area: 'technology',
  commitment: 'x',
  level: 'pledge',
  status: 'open',
  targetAmount: null,
  targetUnit: null,
  achievedAmount: null,
  progress: null,
  targetDate: null,
  pledgedOn: '2023-01-01',
  meetingId: null,
  ...fields,
});

describe('the register’s compliance over time', () => {
  it('counts a pledge in the year it was kept or lapsed, or the year its date passed while open; never one not yet due', () => {
    const rows = complianceOverTime(
      [
        pledge({ status: 'fulfilled', statusOn: '2025-03-01', targetDate: '2025-06-30' }),
        pledge({ status: 'open', targetDate: '2025-12-31' }),
        pledge({ status: 'lapsed', statusOn: '2024-07-01', targetDate: '2024-06-30' }),
        pledge({ status: 'open', targetDate: '2099-01-01' }),
        pledge({ status: 'open', targetDate: null }),
      ],
      '2026-12-02',
    );
    expect(rows).toEqual([
      { pledger: 'LUX', year: '2024', due: 1, fulfilled: 0, compliance: 0 },
      { pledger: 'LUX', year: '2025', due: 2, fulfilled: 1, compliance: 50 },
    ]);
  });

  it('counts a pledge made jointly for each of its pledgers, as the API names them (one, or a list)', () => {
    const joint = { ...pledge({ status: 'fulfilled', statusOn: '2025-01-01' }), pledgers: [{ kind: 'country', id: 'LUX' }, { kind: 'country', id: 'BEL' }], beneficiaries: ['KAZ'] } as PledgeRegisterItem;
    expect(pledgersOf(joint)).toEqual(['LUX', 'BEL']);
    expect(beneficiariesOf(joint)).toEqual(['KAZ']);
    expect(complianceOverTime([joint], '2026-01-01').map((r) => r.pledger)).toEqual(['BEL', 'LUX']);
  });
});

describe('dates and figures as people write them', () => {
  it('writes whole and partial dates in words, and shows a form it does not know as sent', () => {
    expect(formatWhen('2024-10-14')).toBe('14 October 2024');
    expect(formatWhen('2024-10')).toBe('October 2024');
    expect(formatWhen('2024')).toBe('2024');
    expect(formatWhen('some time in the 1990s')).toBe('some time in the 1990s');
    expect(formatWhen({ before: '2024' })).toBe('before 2024');
    expect(formatWhen(null)).toBe('');
  });

  it('writes sums in millions and billions with their currency, and quantities with their unit', () => {
    expect(formatFigure({ amount: 2_900_000_000, currency: 'USD' })).toBe('US$2.9 billion');
    expect(formatFigure({ amount: 350_000_000, currency: 'EUR' })).toBe('€350 million');
    expect(formatFigure({ amount: 12_500, currency: 'GBP' })).toBe('£12,500');
    expect(formatFigure({ quantity: 328, unit: 'settlements' })).toBe('328 settlements');
    expect(formatPeriod({ from: '2005-01-01', to: '2024-10-14' })).toBe('1 January 2005 to 14 October 2024');
    expect(formatPeriod({ from: null, to: '2024-10-14' })).toBe('up to 14 October 2024');
    expect(formatPeriod({ asOf: '2024-07-01' })).toBe('as of 1 July 2024');
  });
});

describe('the audit feed’s words', () => {
  it('finds the record of a stream, and names a change by what it is about, never by its id', () => {
    expect(recordOf('follow-up-0b684ab3-54af-56d5-a7fe-b6eba7721907')).toEqual({ kind: 'follow-up', id: '0b684ab3-54af-56d5-a7fe-b6eba7721907' });
    expect(recordOf('country-LUX')).toEqual({ kind: 'country', id: 'LUX' });
    expect(recordOf('user-admin')).toBeNull();
    const meeting = 'meeting-0b684ab3-54af-56d5-a7fe-b6eba7721907';
    expect(subjectOf(meeting, { meetingId: 'x', changes: { title: 'Talks with the Prime Minister' }, reason: 'r' })).toBe('Talks with the Prime Minister');
    expect(subjectOf(meeting, { meetingId: 'x', date: '2024-10-14' })).toBe('the meeting of 14 October 2024');
    expect(subjectOf('country-LUX', { code: 'LUX' })).toBe('Luxembourg');
  });
});
