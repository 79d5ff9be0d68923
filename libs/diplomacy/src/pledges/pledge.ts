import { requireCountryCode } from '../shared/countries';
import { requireIsoDate } from '../shared/dates';
import { DomainError } from '../shared/errors';
import {
  corrected,
  emptyRecord,
  recorded,
  recordErrors,
  requireSources,
  retracted,
  type RecordState,
} from '../shared/record-lifecycle';
import { isMoney, type IsoDate, type Measure, type PartyRef } from '../shared/vocabulary';
import {
  PLEDGE_LEVELS,
  type CooperationPledged,
  type PledgeEvent,
  type PledgeLevel,
} from './events';

/**
 * Where a pledge stands. `lapsed` is not final: a promise kept late can still be reported and
 * fulfilled, or formally withdrawn. `fulfilled` and `withdrawn` are.
 */
export type PledgeStanding = 'open' | 'lapsed' | 'fulfilled' | 'withdrawn';

export type PledgeOutcome = { on: IsoDate; note: string; sourceIds: string[] };
export type ProgressReport = {
  reportedOn: IsoDate;
  note: string;
  achieved: Measure | null;
  sourceIds: string[];
};
export type LevelChange = { from: PledgeLevel; to: PledgeLevel; on: IsoDate; sourceIds: string[] };

/** A pledge as it stands: the facts of `CooperationPledged` with corrections, and its lifecycle so far. */
export type Pledge = CooperationPledged['data'] & {
  standing: PledgeStanding;
  progress: ProgressReport[];
  levelChanges: LevelChange[];
  fulfilment: PledgeOutcome | null;
  lapse: PledgeOutcome | null;
  withdrawal: PledgeOutcome | null;
};
export type PledgeState = RecordState<Pledge>;

export const pledgeErrors = {
  ...recordErrors('PLEDGE', 'Pledge'),
  alreadyFulfilled: (id: string) =>
    new DomainError('PLEDGE.ALREADY_FULFILLED', `pledge ${id} has already been fulfilled`),
  alreadyWithdrawn: (id: string) =>
    new DomainError('PLEDGE.ALREADY_WITHDRAWN', `pledge ${id} has been withdrawn`),
  alreadyLapsed: (id: string) =>
    new DomainError('PLEDGE.ALREADY_LAPSED', `pledge ${id} has already lapsed`),
  toItself: () =>
    new DomainError('PLEDGE.TO_ITSELF', 'a party cannot pledge cooperation to itself'),
  noteRequired: () => new DomainError('PLEDGE.NOTE_REQUIRED', 'say what progress was made'),
  noCommitment: () => new DomainError('PLEDGE.NO_COMMITMENT', 'say what is promised'),
  unknownLevel: (level: string) =>
    new DomainError(
      'PLEDGE.UNKNOWN_LEVEL',
      `unknown level ${level}; one of ${PLEDGE_LEVELS.join(', ')}`,
    ),
  sameLevel: (level: string) =>
    new DomainError('PLEDGE.LEVEL_UNCHANGED', `the pledge is already at level ${level}`),
  invalidMeasure: (field: string) =>
    new DomainError(
      'PLEDGE.INVALID_MEASURE',
      `${field} is a non-negative number with its unit, or an amount with its ISO 4217 currency`,
    ),
  noTarget: () =>
    new DomainError(
      'PLEDGE.NO_QUANTIFIED_TARGET',
      'the pledge has no quantified target to report a figure against',
    ),
  unitMismatch: (expected: string, got: string) =>
    new DomainError(
      'PLEDGE.PROGRESS_UNIT_MISMATCH',
      `progress is counted in ${expected}, like the target, not in ${got}`,
    ),
  targetDateBeforePledge: () =>
    new DomainError('PLEDGE.TARGET_DATE_BEFORE_PLEDGE', 'the target date precedes the pledge'),
  datedBeforePledge: (field: string) =>
    new DomainError('PLEDGE.DATED_BEFORE_PLEDGE', `${field} precedes the day the pledge was made`),
  notYetDue: (targetDate: IsoDate) =>
    new DomainError(
      'PLEDGE.NOT_YET_DUE',
      `a pledge lapses only once its target date (${targetDate}) has passed`,
    ),
};

export const initialPledgeState = (): PledgeState => emptyRecord<Pledge>();

/** Lifecycle events change the pledge without being corrections of what was recorded. */
function amended(state: PledgeState, change: (pledge: Pledge) => Partial<Pledge>): PledgeState {
  if (state.status === 'empty') return state;
  return { ...state, record: { ...state.record, ...change(state.record) } };
}

export function evolvePledge(state: PledgeState, event: PledgeEvent): PledgeState {
  switch (event.type) {
    case 'CooperationPledged':
      return recorded({
        ...event.data,
        standing: 'open',
        progress: [],
        levelChanges: [],
        fulfilment: null,
        lapse: null,
        withdrawal: null,
      });
    case 'PledgeLevelChanged': {
      const { from, to, on, sourceIds } = event.data;
      return amended(state, (p) => ({
        level: to,
        levelChanges: [...p.levelChanges, { from, to, on, sourceIds }],
      }));
    }
    case 'PledgeProgressReported': {
      const { reportedOn, note, achieved, sourceIds } = event.data;
      const report = { reportedOn, note, achieved, sourceIds };
      return amended(state, (p) => ({ progress: [...p.progress, report] }));
    }
    case 'PledgeFulfilled': {
      const { fulfilledOn: on, note, sourceIds } = event.data;
      return amended(state, () => ({ standing: 'fulfilled', fulfilment: { on, note, sourceIds } }));
    }
    case 'PledgeLapsed': {
      const { lapsedOn: on, reason: note } = event.data;
      return amended(state, () => ({ standing: 'lapsed', lapse: { on, note, sourceIds: [] } }));
    }
    case 'PledgeWithdrawn': {
      const { withdrawnOn: on, reason: note, sourceIds } = event.data;
      return amended(state, () => ({ standing: 'withdrawn', withdrawal: { on, note, sourceIds } }));
    }
    case 'PledgeCorrected':
      return corrected(state, event.data.changes, event.data.reason);
    case 'PledgeRetracted':
      return retracted(state, event.data.reason);
  }
}

/** Fulfilled and withdrawn pledges are closed: nothing more happens to them but corrections. */
export function requireNotClosed(pledge: Pledge): void {
  if (pledge.standing === 'fulfilled') throw pledgeErrors.alreadyFulfilled(pledge.pledgeId);
  if (pledge.standing === 'withdrawn') throw pledgeErrors.alreadyWithdrawn(pledge.pledgeId);
}

function unitOf(measure: Measure): string {
  return isMoney(measure) ? measure.currency : measure.unit;
}

/** A count with its unit or a sum with its ISO 4217 currency (as `Intl` knows them), never both. */
export function checkMeasure(measure: Measure, field: string): void {
  const value = isMoney(measure) ? measure.amount : measure.quantity;
  const both = 'amount' in measure && 'quantity' in measure;
  const unitOk = isMoney(measure)
    ? Intl.supportedValuesOf('currency').includes(measure.currency)
    : typeof measure.unit === 'string' && measure.unit.trim() !== '';
  if (both || typeof value !== 'number' || !Number.isFinite(value) || value < 0 || !unitOk) {
    throw pledgeErrors.invalidMeasure(field);
  }
}

/** A figure reported against the target is counted like it: settlements against settlements. */
export function checkAchieved(pledge: Pledge, achieved: Measure | null): void {
  if (achieved === null) return;
  if (pledge.target === null) throw pledgeErrors.noTarget();
  checkMeasure(achieved, 'achieved');
  if (isMoney(achieved) !== isMoney(pledge.target) || unitOf(achieved) !== unitOf(pledge.target)) {
    throw pledgeErrors.unitMismatch(unitOf(pledge.target), unitOf(achieved));
  }
}

/** A lifecycle event cannot precede the promise it is about. */
export function requireOnOrAfterPledge(pledge: Pledge, day: string, field: string): IsoDate {
  if (requireIsoDate(day, field) < pledge.pledgedOn) throw pledgeErrors.datedBeforePledge(field);
  return day;
}

function checkParty(party: PartyRef): void {
  if (party.kind === 'country') requireCountryCode(party.id);
}

/** The rules a pledge's facts obey whether it is being made or corrected. */
export function checkPledge(pledge: CooperationPledged['data']): void {
  checkParty(pledge.pledger);
  checkParty(pledge.beneficiary);
  if (
    pledge.pledger.kind === pledge.beneficiary.kind &&
    pledge.pledger.id === pledge.beneficiary.id
  ) {
    throw pledgeErrors.toItself();
  }
  if (!pledge.commitment.trim()) throw pledgeErrors.noCommitment();
  if (!(PLEDGE_LEVELS as readonly string[]).includes(pledge.level)) {
    throw pledgeErrors.unknownLevel(pledge.level);
  }
  if (pledge.target !== null) checkMeasure(pledge.target, 'target');
  requireIsoDate(pledge.pledgedOn, 'pledgedOn');
  if (
    pledge.targetDate !== null &&
    requireIsoDate(pledge.targetDate, 'targetDate') < pledge.pledgedOn
  ) {
    throw pledgeErrors.targetDateBeforePledge();
  }
  requireSources(pledge.sourceIds);
}
