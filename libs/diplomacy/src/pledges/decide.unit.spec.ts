import { specFor } from '../testing/given-when-then';
import { pledgeDecider, type PledgeCooperation, type PledgeCommand } from './decide';
import type { CooperationPledged, PledgeEvent } from './events';

const spec = specFor(pledgeDecider);
const SES = { kind: 'organisation', id: 'ses' } as const;
const KAZ = { kind: 'country', id: 'KAZ' } as const;
const RUS = { kind: 'country', id: 'RUS' } as const;
const flat = { qualifier: null, ofTotal: null };

const pledgeSes: PledgeCooperation = {
  type: 'PledgeCooperation',
  data: {
    pledgeId: 'p-1',
    pledgers: [SES],
    beneficiaries: [KAZ],
    beneficiaryGroup: null,
    mutual: false,
    areas: ['satellite-communications'],
    commitment: 'stable internet via European satellites for remote settlements',
    level: 'expressed-intent',
    targets: [{ quantity: 328, unit: 'settlements', ...flat }],
    targetDate: '2026-12-31',
    meetingId: 'm-ses',
    documentId: null,
    pledgedOn: '2024-10-14',
    sourceIds: ['s-1'],
  },
};
const variant = (data: object): PledgeCooperation => ({
  ...pledgeSes,
  data: { ...pledgeSes.data, ...data },
});
const pledged: CooperationPledged = {
  type: 'CooperationPledged',
  data: { ...pledgeSes.data, classification: 'internal' },
};
const pledgedWith = (data: object): CooperationPledged => ({
  ...pledged,
  data: { ...pledged.data, ...data },
});
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

const progress = (figures: object[], reportedOn: string | null = '2025-05-01'): PledgeCommand =>
  ({
    type: 'ReportPledgeProgress',
    data: {
      pledgeId: 'p-1',
      reportedOn,
      note: 'first villages online',
      figures,
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
const lapse = (lapsedOn: string): PledgeCommand => ({
  type: 'LapsePledge',
  data: { pledgeId: 'p-1', lapsedOn, reason: 'target date passed' },
});

describe('PledgeCooperation', () => {
  it('records the pledge with its quantified target and the default classification', () => {
    spec.given([]).when(pledgeSes).then([pledged]);
  });

  it('starts open, with no progress and no links', () => {
    const state = spec.given([]).when(pledgeSes).thenState();
    expect(state).toMatchObject({
      status: 'recorded',
      record: {
        standing: 'open',
        progress: [],
        fulfilment: null,
        level: 'expressed-intent',
        links: [],
      },
    });
  });

  it('holds several pledgers, beneficiaries, a named group, several areas and targets', () => {
    const targets = [
      { amount: 12_000_000_000, currency: 'USD', qualifier: 'more than', ofTotal: null },
      { quantity: 10_000, unit: 'jobs', qualifier: 'some', ofTotal: null },
      { rating: 'BBB-', scale: 'S&P', qualifier: null, ofTotal: null },
      { quantity: 748, unit: 'km', qualifier: null, ofTotal: 768 },
    ];
    const many = variant({
      pledgers: [KAZ, RUS, KAZ],
      beneficiaries: [SES],
      beneficiaryGroup: ' Central Asia ',
      areas: ['energy', 'transport', 'energy'],
      targets,
    });
    const [event] = pledgeDecider.decide(many, pledgeDecider.initialState(), {
      now: new Date(),
      newId: () => 'x',
    });
    expect(event.data).toMatchObject({
      pledgers: [KAZ, RUS],
      beneficiaryGroup: 'Central Asia',
      areas: ['energy', 'transport'],
      targets,
    });
  });

  it('takes an unstated pledger, no beneficiary but a group, no date and no deadline', () => {
    const state = spec
      .given([])
      .when(
        variant({
          pledgers: [],
          beneficiaries: [],
          beneficiaryGroup: 'the member states of the CIS',
          pledgedOn: null,
          targetDate: null,
          targets: [],
          areas: [],
        }),
      )
      .thenState();
    expect(state).toMatchObject({ record: { pledgers: [], pledgedOn: null, targetDate: null } });
  });

  it('takes a named group of pledgers no party stands for, and reads an older pledge as having none', () => {
    const drafts = variant({
      pledgers: [],
      beneficiaries: [],
      pledgerGroup: ' the OTS member states ',
    });
    const [event] = pledgeDecider.decide(drafts, pledgeDecider.initialState(), {
      now: new Date(),
      newId: () => 'x',
    });
    expect(event.data).toMatchObject({ pledgers: [], pledgerGroup: 'the OTS member states' });
    // `pledged` was recorded before the field existed: it has no pledgerGroup at all.
    expect('pledgerGroup' in pledged.data).toBe(false);
    const older = pledgeDecider.evolve(pledgeDecider.initialState(), pledged);
    expect(older).toMatchObject({ record: { pledgerGroup: null } });
  });

  it('takes partial dates: a target "by 2026" after a pledge made in 2024-10', () => {
    spec
      .given([])
      .when(variant({ pledgedOn: '2024-10', targetDate: '2026' }))
      .then([pledgedWith({ pledgedOn: '2024-10', targetDate: '2026' })]);
    // "2024" may be the very day of the pledge: never refused as before it.
    spec
      .given([])
      .when(variant({ pledgedOn: '2024-10-14', targetDate: 'approximately 2024' }))
      .then([pledgedWith({ targetDate: 'approximately 2024' })]);
  });

  it.each([
    ['a negative count', { quantity: -1, unit: 'settlements', ...flat }],
    ['a count without unit', { quantity: 328, unit: ' ', ...flat }],
    ['an empty rating', { rating: ' ', scale: null, ...flat }],
    ['an unknown qualifier', { quantity: 1, unit: 'x', qualifier: 'roughly', ofTotal: null }],
    ['a total below the figure', { quantity: 800, unit: 'km', qualifier: null, ofTotal: 768 }],
  ])('refuses %s as target', (_, target) => {
    spec
      .given([])
      .when(variant({ targets: [target] }))
      .thenFails('RECORD.INVALID_FIGURE');
  });

  it('refuses a country pledging to itself, but not a mutual memorandum or a body deciding for itself', () => {
    spec
      .given([])
      .when(variant({ pledgers: [KAZ] }))
      .thenFails('PLEDGE.TO_ITSELF');
    spec
      .given([])
      .when(variant({ pledgers: [KAZ, RUS], beneficiaries: [KAZ, RUS], mutual: true }))
      .then([pledgedWith({ pledgers: [KAZ, RUS], beneficiaries: [KAZ, RUS], mutual: true })]);
    spec
      .given([])
      .when(variant({ pledgers: [SES], beneficiaries: [SES] }))
      .then([pledgedWith({ beneficiaries: [SES] })]);
  });

  it('refuses a mutual pledge with fewer than two pledgers', () => {
    spec
      .given([])
      .when(variant({ mutual: true }))
      .thenFails('PLEDGE.MUTUAL_NEEDS_PARTIES');
  });

  it('refuses an unknown level, a target date surely before the pledge, no source, the same id twice', () => {
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
      .when(variant({ pledgedOn: '2024-10', targetDate: 'before 2024' }))
      .thenFails('PLEDGE.TARGET_DATE_BEFORE_PLEDGE');
    spec
      .given([])
      .when(variant({ targetDate: '2024-13' }))
      .thenFails('RECORD.INVALID_DATE');
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
      .when(variant({ beneficiaries: [{ kind: 'country', id: 'ATL' }] }))
      .thenFails('COUNTRY.UNKNOWN_CODE');
    spec.given([pledged]).when(pledgeSes).thenFails('PLEDGE.ALREADY_RECORDED');
  });
});

describe('ReportPledgeProgress', () => {
  it('reports several cumulative figures', () => {
    const figures = [
      { quantity: 40, unit: 'settlements', qualifier: 'more than', ofTotal: 328 },
      { amount: 1_000_000, currency: 'EUR', ...flat },
    ];
    const state = spec.given([pledged]).when(progress(figures)).thenState();
    expect(state.status === 'recorded' && state.record.progress).toEqual([
      { reportedOn: '2025-05-01', note: 'first villages online', figures, sourceIds: ['s-2'] },
    ]);
  });

  it('refuses progress on a withdrawn or fulfilled pledge', () => {
    spec.given([pledged, withdrawn]).when(progress([])).thenFails('PLEDGE.ALREADY_WITHDRAWN');
    spec.given([pledged, fulfilled]).when(progress([])).thenFails('PLEDGE.ALREADY_FULFILLED');
  });

  it('accepts progress on a lapsed pledge: a promise may be kept late', () => {
    const state = spec.given([pledged, lapsed]).when(progress([], '2027-02-01')).thenState();
    expect(state.status === 'recorded' && state.record.progress).toHaveLength(1);
  });

  it('refuses an invalid figure', () => {
    spec
      .given([pledged])
      .when(progress([{ quantity: Number.NaN, unit: 'km', ...flat }]))
      .thenFails('RECORD.INVALID_FIGURE');
  });

  it('refuses a report surely before the pledge, or without a note; takes one that may be after', () => {
    spec.given([pledged]).when(progress([], '2024-10-01')).thenFails('PLEDGE.DATED_BEFORE_PLEDGE');
    spec.given([pledged]).when(progress([], '2024-09')).thenFails('PLEDGE.DATED_BEFORE_PLEDGE');
    for (const maybe of ['2024-10', '2024', null]) {
      const state = spec.given([pledged]).when(progress([], maybe)).thenState();
      expect(state.status === 'recorded' && state.record.progress[0].reportedOn).toBe(maybe);
    }
    const silent = progress([]) as Extract<PledgeCommand, { type: 'ReportPledgeProgress' }>;
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

  it('fulfils a pledge first heard of when it was completed: both dates partial or unstated', () => {
    const undated = pledgedWith({ pledgedOn: null });
    const when = (fulfilledOn: string | null): PledgeCommand =>
      ({
        ...fulfil,
        data: { ...fulfil.data, fulfilledOn },
      }) as PledgeCommand;
    spec.given([undated]).when(when('2023')).thenState();
    spec.given([pledged]).when(when(null)).thenState();
    spec.given([pledged]).when(when('2024-10')).thenState();
    spec.given([pledged]).when(when('2024-09')).thenFails('PLEDGE.DATED_BEFORE_PLEDGE');
  });

  it('fulfils a lapsed pledge late', () => {
    const state = spec.given([pledged, lapsed]).when(fulfil).thenState();
    expect(state).toMatchObject({ record: { standing: 'fulfilled', lapse: { on: '2027-01-01' } } });
  });

  it('lapses only once the target date has passed', () => {
    spec.given([pledged]).when(lapse('2026-12-31')).thenFails('PLEDGE.NOT_YET_DUE');
    spec.given([pledged]).when(lapse('2027-01-01')).then([lapsed]);
    spec.given([pledged, lapsed]).when(lapse('2027-02-01')).thenFails('PLEDGE.ALREADY_LAPSED');
  });

  it('lapses a "by 2026" pledge only after 31 December 2026; an open deadline never', () => {
    const by2026 = pledgedWith({ targetDate: '2026' });
    spec.given([by2026]).when(lapse('2026-06-30')).thenFails('PLEDGE.NOT_YET_DUE');
    spec.given([by2026]).when(lapse('2026-12-31')).thenFails('PLEDGE.NOT_YET_DUE');
    spec.given([by2026]).when(lapse('2027-01-01')).thenState();
    const after = pledgedWith({ targetDate: 'after 2025' });
    spec.given([after]).when(lapse('2099-01-01')).thenFails('PLEDGE.NOT_YET_DUE');
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
  const change = (to: string, on = '2025-02-01'): PledgeCommand =>
    ({
      type: 'ChangePledgeLevel',
      data: { pledgeId: 'p-1', to, on, sourceIds: ['s-4'] },
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
    spec.given([pledged]).when(change('pledge', '2025-Q1')).thenState();
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
      .when(
        correct({
          targets: [{ quantity: 328, unit: 'settlements', ...flat }],
          areas: ['technology', 'technology'],
        }),
      )
      .then([
        {
          type: 'PledgeCorrected',
          data: {
            pledgeId: 'p-1',
            changes: { areas: ['technology'] },
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
      .given([pledgedWith({ pledgers: [KAZ], beneficiaries: [RUS] })])
      .when(correct({ beneficiaries: [KAZ] }))
      .thenFails('PLEDGE.TO_ITSELF');
    const reported: PledgeEvent = {
      type: 'PledgeProgressReported',
      data: { pledgeId: 'p-1', reportedOn: '2025-05-01', note: 'n', figures: [], sourceIds: ['s'] },
    };
    spec
      .given([pledged, reported])
      .when(correct({ pledgedOn: '2025-06-01', targetDate: null }))
      .thenFails('PLEDGE.DATED_BEFORE_PLEDGE');
    // "2025" may be before 1 May 2025: the report may still follow it.
    spec
      .given([pledged, reported])
      .when(correct({ pledgedOn: '2025', targetDate: null }))
      .thenState();
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

describe('LinkPledge and UnlinkPledge', () => {
  const link = (
    relation: string,
    otherPledgeId: string,
    certainty = 'tentative',
    chain: string[] = [],
  ): PledgeCommand =>
    ({
      type: 'LinkPledge',
      data: { pledgeId: 'p-1', relation, otherPledgeId, certainty, chain },
    }) as PledgeCommand;
  const linked = (relation: string, otherPledgeId: string, certainty = 'tentative') =>
    ({
      type: 'PledgeLinked',
      data: { pledgeId: 'p-1', relation, otherPledgeId, certainty },
    }) as PledgeEvent;

  it('links a pledge to an envelope, tentatively, then confirms it', () => {
    spec
      .given([pledged])
      .when(link('part-of', 'p-env'))
      .then([linked('part-of', 'p-env')]);
    const state = spec
      .given([pledged, linked('part-of', 'p-env')])
      .when(link('part-of', 'p-env', 'confirmed'))
      .thenState();
    expect(state).toMatchObject({
      record: { links: [{ relation: 'part-of', otherPledgeId: 'p-env', certainty: 'confirmed' }] },
    });
  });

  it('refuses a link to itself or one closing a chain back to it: LINK.CYCLE', () => {
    spec.given([pledged]).when(link('part-of', 'p-1')).thenFails('LINK.CYCLE');
    spec.given([pledged]).when(link('same-as', 'p-1')).thenFails('LINK.CYCLE');
    spec
      .given([pledged])
      .when(link('part-of', 'p-2', 'confirmed', ['p-3', 'p-1']))
      .thenFails('LINK.CYCLE');
    spec
      .given([pledged])
      .when(link('follows-from', 'p-2', 'confirmed', ['p-1']))
      .thenFails('LINK.CYCLE');
    // same-as is symmetric: a pair linked both ways is one group, not a cycle.
    spec
      .given([pledged])
      .when(link('same-as', 'p-2', 'confirmed', ['p-1']))
      .then([linked('same-as', 'p-2', 'confirmed')]);
  });

  it('refuses the same link again, and an unknown relation', () => {
    spec
      .given([pledged, linked('same-as', 'p-2')])
      .when(link('same-as', 'p-2'))
      .thenFails('PLEDGE.LINK_UNCHANGED');
    spec.given([pledged]).when(link('twin-of', 'p-2')).thenFails('PLEDGE.UNKNOWN_RELATION');
  });

  it('unlinks with a reason, only a link it has', () => {
    const unlink = (reason = 'a different project after all'): PledgeCommand => ({
      type: 'UnlinkPledge',
      data: { pledgeId: 'p-1', relation: 'same-as', otherPledgeId: 'p-2', reason },
    });
    const state = spec
      .given([pledged, linked('same-as', 'p-2')])
      .when(unlink())
      .thenState();
    expect(state).toMatchObject({ record: { links: [] } });
    spec.given([pledged]).when(unlink()).thenFails('PLEDGE.NOT_LINKED');
    spec
      .given([pledged, linked('same-as', 'p-2')])
      .when(unlink(' '))
      .thenFails('RECORD.REASON_REQUIRED');
  });
});
