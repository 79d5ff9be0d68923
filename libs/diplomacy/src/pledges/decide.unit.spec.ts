import { specFor } from '../testing/given-when-then';
import { pledgeDecider, type PledgeCooperation, type PledgeCommand } from './decide';
import type { CooperationPledged, PledgeEvent } from './events';

const spec = specFor(pledgeDecider);
const SES = { kind: 'organisation', id: 'ses' } as const;
const KAZ = { kind: 'country', id: 'KAZ' } as const;

const pledgeSes: PledgeCooperation = {
  type: 'PledgeCooperation',
  data: {
    pledgeId: 'p-1',
    pledger: SES,
    beneficiary: KAZ,
    area: 'satellite-communications',
    commitment: 'stable internet via European satellites for remote settlements',
    level: 'expressed-intent',
    target: { quantity: 328, unit: 'settlements' },
    targetDate: '2026-12-31',
    meetingId: 'm-ses',
    pledgedOn: '2024-10-14',
    sourceIds: ['s-1'],
  },
};
const pledged: CooperationPledged = {
  type: 'CooperationPledged',
  data: { ...pledgeSes.data, classification: 'internal' },
};
const withdrawn: PledgeEvent = {
  type: 'PledgeWithdrawn',
  data: {
    pledgeId: 'p-1',
    withdrawnOn: '2025-03-01',
    reason: 'programme cancelled',
    sourceIds: ['s-2'],
  },
};
const fulfilled: PledgeEvent = {
  type: 'PledgeFulfilled',
  data: {
    pledgeId: 'p-1',
    fulfilledOn: '2026-06-01',
    note: 'all 328 connected',
    sourceIds: ['s-3'],
  },
};
const lapsed: PledgeEvent = {
  type: 'PledgeLapsed',
  data: { pledgeId: 'p-1', lapsedOn: '2027-01-01', reason: 'target date passed' },
};

const progress = (achieved: object | null, reportedOn = '2025-05-01'): PledgeCommand =>
  ({
    type: 'ReportPledgeProgress',
    data: {
      pledgeId: 'p-1',
      reportedOn,
      note: 'first villages online',
      achieved,
      sourceIds: ['s-2'],
    },
  }) as PledgeCommand;
const fulfil: PledgeCommand = {
  type: 'FulfilPledge',
  data: {
    pledgeId: 'p-1',
    fulfilledOn: '2026-06-01',
    note: 'all 328 connected',
    sourceIds: ['s-3'],
  },
};

describe('PledgeCooperation', () => {
  it('records the pledge with its quantified target and the default classification', () => {
    spec.given([]).when(pledgeSes).then([pledged]);
  });

  it('starts open, with no progress', () => {
    const state = spec.given([]).when(pledgeSes).thenState();
    expect(state).toMatchObject({
      status: 'recorded',
      record: { standing: 'open', progress: [], fulfilment: null, level: 'expressed-intent' },
    });
  });

  it('accepts an amount with its currency as target', () => {
    const money = { ...pledgeSes.data, target: { amount: 50_000_000, currency: 'EUR' } };
    const [event] = pledgeDecider.decide(
      { type: 'PledgeCooperation', data: money },
      pledgeDecider.initialState(),
      { now: new Date(), newId: () => 'x' },
    );
    expect(event.data).toMatchObject({ target: { amount: 50_000_000, currency: 'EUR' } });
  });

  it.each([
    ['a negative count', { quantity: -1, unit: 'settlements' }],
    ['a count without unit', { quantity: 328, unit: ' ' }],
    ['an unknown currency', { amount: 10, currency: 'XYZ' }],
    [
      'a count and an amount at once',
      { quantity: 328, unit: 'settlements', amount: 1, currency: 'EUR' },
    ],
  ])('refuses %s as target', (_, target) => {
    spec
      .given([])
      .when({ ...pledgeSes, data: { ...pledgeSes.data, target: target as never } })
      .thenFails('PLEDGE.INVALID_MEASURE');
  });

  it('refuses a party pledging to itself', () => {
    spec
      .given([])
      .when({ ...pledgeSes, data: { ...pledgeSes.data, pledger: KAZ } })
      .thenFails('PLEDGE.TO_ITSELF');
  });

  it('refuses an unknown level, a target date before the pledge, no source, the same id twice', () => {
    const variant = (data: object) => ({ ...pledgeSes, data: { ...pledgeSes.data, ...data } });
    spec
      .given([])
      .when(variant({ level: 'vague-hope' }))
      .thenFails('PLEDGE.UNKNOWN_LEVEL');
    spec
      .given([])
      .when(variant({ targetDate: '2024-01-01' }))
      .thenFails('PLEDGE.TARGET_DATE_BEFORE_PLEDGE');
    spec
      .given([])
      .when(variant({ sourceIds: [] }))
      .thenFails('RECORD.SOURCE_REQUIRED');
    spec
      .given([])
      .when(variant({ commitment: '  ' }))
      .thenFails('PLEDGE.NO_COMMITMENT');
    spec
      .given([])
      .when(variant({ beneficiary: { kind: 'country', id: 'ATL' } }))
      .thenFails('COUNTRY.UNKNOWN_CODE');
    spec.given([pledged]).when(pledgeSes).thenFails('PLEDGE.ALREADY_RECORDED');
  });
});

describe('ReportPledgeProgress', () => {
  it('reports a cumulative figure in the target unit', () => {
    const state = spec
      .given([pledged])
      .when(progress({ quantity: 40, unit: 'settlements' }))
      .thenState();
    expect(state.status === 'recorded' && state.record.progress).toEqual([
      {
        reportedOn: '2025-05-01',
        note: 'first villages online',
        achieved: { quantity: 40, unit: 'settlements' },
        sourceIds: ['s-2'],
      },
    ]);
  });

  it('refuses progress on a withdrawn pledge', () => {
    spec.given([pledged, withdrawn]).when(progress(null)).thenFails('PLEDGE.ALREADY_WITHDRAWN');
  });

  it('refuses progress on a fulfilled pledge', () => {
    spec.given([pledged, fulfilled]).when(progress(null)).thenFails('PLEDGE.ALREADY_FULFILLED');
  });

  it('accepts progress on a lapsed pledge: a promise may be kept late', () => {
    const state = spec.given([pledged, lapsed]).when(progress(null, '2027-02-01')).thenState();
    expect(state.status === 'recorded' && state.record.progress).toHaveLength(1);
  });

  it('refuses a figure in another unit, or against an unquantified pledge', () => {
    spec
      .given([pledged])
      .when(progress({ quantity: 40, unit: 'villages' }))
      .thenFails('PLEDGE.PROGRESS_UNIT_MISMATCH');
    spec
      .given([pledged])
      .when(progress({ amount: 40, currency: 'EUR' }))
      .thenFails('PLEDGE.PROGRESS_UNIT_MISMATCH');
    const unquantified = { ...pledged, data: { ...pledged.data, target: null } };
    spec
      .given([unquantified])
      .when(progress({ quantity: 40, unit: 'settlements' }))
      .thenFails('PLEDGE.NO_QUANTIFIED_TARGET');
  });

  it('refuses a report dated before the pledge, or without a note', () => {
    spec
      .given([pledged])
      .when(progress(null, '2024-10-01'))
      .thenFails('PLEDGE.DATED_BEFORE_PLEDGE');
    const silent = progress(null) as Extract<PledgeCommand, { type: 'ReportPledgeProgress' }>;
    spec
      .given([pledged])
      .when({ ...silent, data: { ...silent.data, note: '' } })
      .thenFails('PLEDGE.NOTE_REQUIRED');
  });
});

describe('FulfilPledge, LapsePledge, WithdrawPledge', () => {
  it('fulfils an open pledge once', () => {
    spec.given([pledged]).when(fulfil).then([fulfilled]);
    spec.given([pledged, fulfilled]).when(fulfil).thenFails('PLEDGE.ALREADY_FULFILLED');
  });

  it('fulfils a lapsed pledge late', () => {
    const state = spec.given([pledged, lapsed]).when(fulfil).thenState();
    expect(state).toMatchObject({ record: { standing: 'fulfilled', lapse: { on: '2027-01-01' } } });
  });

  it('lapses only once the target date has passed', () => {
    const lapse = (lapsedOn: string): PledgeCommand => ({
      type: 'LapsePledge',
      data: { pledgeId: 'p-1', lapsedOn, reason: 'target date passed' },
    });
    spec.given([pledged]).when(lapse('2026-12-31')).thenFails('PLEDGE.NOT_YET_DUE');
    spec.given([pledged]).when(lapse('2027-01-01')).then([lapsed]);
    spec.given([pledged, lapsed]).when(lapse('2027-02-01')).thenFails('PLEDGE.ALREADY_LAPSED');
  });

  it('withdraws with a reason and a source, and not after fulfilment', () => {
    const withdraw = (reason: string, sourceIds = ['s-2']): PledgeCommand => ({
      type: 'WithdrawPledge',
      data: { pledgeId: 'p-1', withdrawnOn: '2025-03-01', reason, sourceIds },
    });
    spec.given([pledged]).when(withdraw('programme cancelled')).then([withdrawn]);
    spec.given([pledged]).when(withdraw(' ')).thenFails('RECORD.REASON_REQUIRED');
    spec.given([pledged]).when(withdraw('x', [])).thenFails('RECORD.SOURCE_REQUIRED');
    spec
      .given([pledged, fulfilled])
      .when(withdraw('too late'))
      .thenFails('PLEDGE.ALREADY_FULFILLED');
  });
});

describe('ChangePledgeLevel', () => {
  const change = (to: string): PledgeCommand =>
    ({
      type: 'ChangePledgeLevel',
      data: { pledgeId: 'p-1', to, on: '2025-02-01', sourceIds: ['s-4'] },
    }) as PledgeCommand;

  it('records an intent becoming a signed agreement, from and to', () => {
    spec
      .given([pledged])
      .when(change('signed-agreement'))
      .then([
        {
          type: 'PledgeLevelChanged',
          data: {
            pledgeId: 'p-1',
            from: 'expressed-intent',
            to: 'signed-agreement',
            on: '2025-02-01',
            sourceIds: ['s-4'],
          },
        },
      ]);
  });

  it('refuses the level it already has, or a closed pledge', () => {
    spec.given([pledged]).when(change('expressed-intent')).thenFails('PLEDGE.LEVEL_UNCHANGED');
    spec.given([pledged, withdrawn]).when(change('pledge')).thenFails('PLEDGE.ALREADY_WITHDRAWN');
  });
});

describe('CorrectPledge and RetractPledge', () => {
  const correct = (changes: object, reason = 'the target is 328, not 238'): PledgeCommand => ({
    type: 'CorrectPledge',
    data: { pledgeId: 'p-1', changes, reason },
  });

  it('records only what changes, and corrects even a fulfilled pledge', () => {
    spec
      .given([pledged, fulfilled])
      .when(correct({ target: { quantity: 328, unit: 'settlements' }, area: 'technology' }))
      .then([
        {
          type: 'PledgeCorrected',
          data: {
            pledgeId: 'p-1',
            changes: { area: 'technology' },
            reason: 'the target is 328, not 238',
          },
        },
      ]);
  });

  it('refuses a correction that changes nothing, breaks a rule, or moves the pledge after its own progress', () => {
    spec
      .given([pledged])
      .when(correct({ level: 'expressed-intent' }))
      .thenFails('PLEDGE.NOTHING_TO_CORRECT');
    spec
      .given([pledged])
      .when(correct({ beneficiary: SES }))
      .thenFails('PLEDGE.TO_ITSELF');
    const reported: PledgeEvent = {
      type: 'PledgeProgressReported',
      data: {
        pledgeId: 'p-1',
        reportedOn: '2025-05-01',
        note: 'n',
        achieved: { quantity: 40, unit: 'settlements' },
        sourceIds: ['s'],
      },
    };
    spec
      .given([pledged, reported])
      .when(correct({ pledgedOn: '2025-06-01', targetDate: null }))
      .thenFails('PLEDGE.DATED_BEFORE_PLEDGE');
    spec
      .given([pledged, reported])
      .when(correct({ target: { quantity: 328, unit: 'villages' } }))
      .thenFails('PLEDGE.PROGRESS_UNIT_MISMATCH');
  });

  it('retracts, after which nothing more happens to it', () => {
    const retraction: PledgeCommand = {
      type: 'RetractPledge',
      data: { pledgeId: 'p-1', reason: 'duplicate of another pledge' },
    };
    const state = spec.given([pledged]).when(retraction).thenState();
    expect(state).toMatchObject({
      status: 'retracted',
      retractionReason: 'duplicate of another pledge',
    });
    const retracted: PledgeEvent = {
      type: 'PledgeRetracted',
      data: { pledgeId: 'p-1', reason: 'duplicate' },
    };
    spec.given([pledged, retracted]).when(fulfil).thenFails('PLEDGE.RETRACTED');
    spec.given([]).when(fulfil).thenFails('PLEDGE.NOT_FOUND');
  });
});
