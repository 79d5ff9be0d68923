import { requireCountryCode } from '../shared/countries';
import { DomainError } from '../shared/errors';
import { invalidFigure, requireTarget, type Target } from '../shared/figures';
import { requirePartialDate, surelyBefore, type PartialDate } from '../shared/partial-date';
import {
  corrected,
  emptyRecord,
  recorded,
  recordErrors,
  requireSources,
  retracted,
  type RecordState,
} from '../shared/record-lifecycle';
import type { PartyRef } from '../shared/vocabulary';
import {
  PLEDGE_LEVELS,
  type CooperationPledged,
  type PledgeEvent,
  type PledgeLevel,
  type PledgeLink,
} from './events';

/**
 * Where a pledge stands. `lapsed` is not final: a promise kept late can still be reported and
 * fulfilled, or formally withdrawn. `fulfilled` and `withdrawn` are.
 */
export type PledgeStanding = 'open' | 'lapsed' | 'fulfilled' | 'withdrawn';

export type PledgeOutcome = { on: PartialDate | null; note: string; sourceIds: string[] };
export type ProgressReport = {
  reportedOn: PartialDate | null;
  note: string;
  figures: Target[];
  sourceIds: string[];
};
export type LevelChange = {
  from: PledgeLevel;
  to: PledgeLevel;
  on: PartialDate;
  sourceIds: string[];
};

/** A pledge as it stands: the facts of `CooperationPledged` with corrections, and its lifecycle so far. */
export type Pledge = CooperationPledged['data'] & {
  standing: PledgeStanding;
  progress: ProgressReport[];
  levelChanges: LevelChange[];
  fulfilment: PledgeOutcome | null;
  lapse: PledgeOutcome | null;
  withdrawal: PledgeOutcome | null;
  /** Its links to other pledges, one per relation and other pledge. */
  links: PledgeLink[];
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
    new DomainError(
      'PLEDGE.TO_ITSELF',
      'a party cannot pledge cooperation to itself (a memorandum between parties is a mutual pledge)',
    ),
  mutualNeedsParties: () =>
    new DomainError(
      'PLEDGE.MUTUAL_NEEDS_PARTIES',
      'a mutual pledge names at least two pledgers, each pledging to the others',
    ),
  noteRequired: () => new DomainError('PLEDGE.NOTE_REQUIRED', 'say what progress was made'),
  noCommitment: () => new DomainError('PLEDGE.NO_COMMITMENT', 'say what is promised'),
  unknownLevel: (level: string) =>
    new DomainError(
      'PLEDGE.UNKNOWN_LEVEL',
      `unknown level ${level}; one of ${PLEDGE_LEVELS.join(', ')}`,
    ),
  sameLevel: (level: string) =>
    new DomainError('PLEDGE.LEVEL_UNCHANGED', `the pledge is already at level ${level}`),
  targetDateBeforePledge: () =>
    new DomainError('PLEDGE.TARGET_DATE_BEFORE_PLEDGE', 'the target date precedes the pledge'),
  datedBeforePledge: (field: string) =>
    new DomainError('PLEDGE.DATED_BEFORE_PLEDGE', `${field} precedes the day the pledge was made`),
  notYetDue: (targetDate: PartialDate) =>
    new DomainError(
      'PLEDGE.NOT_YET_DUE',
      `a pledge lapses only once its target date (${targetDate}) has passed`,
    ),
  cycle: (relation: string) =>
    new DomainError(
      'LINK.CYCLE',
      `the link would make a cycle: the chain of "${relation}" links would return to this pledge`,
    ),
  linkUnchanged: () =>
    new DomainError(
      'PLEDGE.LINK_UNCHANGED',
      'the pledge is already linked so, with that certainty',
    ),
  notLinked: () => new DomainError('PLEDGE.NOT_LINKED', 'the pledge has no such link to remove'),
};

export const initialPledgeState = (): PledgeState => emptyRecord<Pledge>();

/** Lifecycle events change the pledge without being corrections of what was recorded. */
function amended(state: PledgeState, change: (pledge: Pledge) => Partial<Pledge>): PledgeState {
  if (state.status === 'empty') return state;
  return { ...state, record: { ...state.record, ...change(state.record) } };
}

const sameLink = (a: Omit<PledgeLink, 'certainty'>, b: Omit<PledgeLink, 'certainty'>) =>
  a.relation === b.relation && a.otherPledgeId === b.otherPledgeId;

export function evolvePledge(state: PledgeState, event: PledgeEvent): PledgeState {
  switch (event.type) {
    case 'CooperationPledged':
      return recorded({
        ...event.data,
        pledgerGroup: event.data.pledgerGroup ?? null,
        standing: 'open',
        progress: [],
        levelChanges: [],
        fulfilment: null,
        lapse: null,
        withdrawal: null,
        links: [],
      });
    case 'PledgeLevelChanged': {
      const { from, to, on, sourceIds } = event.data;
      return amended(state, (p) => ({
        level: to,
        levelChanges: [...p.levelChanges, { from, to, on, sourceIds }],
      }));
    }
    case 'PledgeProgressReported': {
      const { reportedOn, note, figures, sourceIds } = event.data;
      const report = { reportedOn, note, figures, sourceIds };
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
    case 'PledgeLinked': {
      const { relation, otherPledgeId, certainty } = event.data;
      const link = { relation, otherPledgeId, certainty };
      return amended(state, (p) => ({
        links: [...p.links.filter((l) => !sameLink(l, link)), link],
      }));
    }
    case 'PledgeUnlinked':
      return amended(state, (p) => ({ links: p.links.filter((l) => !sameLink(l, event.data)) }));
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

/** Every figure as stated: a sum, a count or a rating, with its qualifier and total if any. */
export function checkTargets(targets: readonly Target[], field: string): void {
  targets.forEach((target, i) => {
    requireTarget(target, `${field}[${i}]`);
    const negative =
      'amount' in target ? target.amount < 0 : 'quantity' in target && target.quantity < 0;
    const unknownCurrency =
      'currency' in target && !Intl.supportedValuesOf('currency').includes(target.currency);
    if (negative || unknownCurrency) throw invalidFigure(`${field}[${i}]`);
  });
}

/**
 * A lifecycle event cannot precede the promise it is about: refused only when it is *surely*
 * before it (`2024-10` may be on or after `2024-10-14`); a date not stated is never refused.
 */
export function requireOnOrAfterPledge(
  pledge: Pick<Pledge, 'pledgedOn'>,
  date: PartialDate | null,
  field: string,
): PartialDate | null {
  if (date === null) return null;
  requirePartialDate(date, field);
  if (pledge.pledgedOn !== null && surelyBefore(date, pledge.pledgedOn))
    throw pledgeErrors.datedBeforePledge(field);
  return date;
}

const partyKey = (party: PartyRef) => `${party.kind}:${party.id}`;

function checkParties(parties: readonly PartyRef[]): void {
  for (const party of parties) if (party.kind === 'country') requireCountryCode(party.id);
}

/**
 * A single country or person promising to itself is a mistake; a mutual memorandum is not, nor
 * an organisation's collective decision for itself (a body deciding for its members).
 */
function checkNotToItself(pledge: CooperationPledged['data']): void {
  if (pledge.mutual) {
    if (pledge.pledgers.length < 2) throw pledgeErrors.mutualNeedsParties();
    return;
  }
  const [pledger] = pledge.pledgers;
  const [beneficiary] = pledge.beneficiaries;
  if (
    pledge.pledgers.length === 1 &&
    pledge.beneficiaries.length === 1 &&
    pledger.kind !== 'organisation' &&
    partyKey(pledger) === partyKey(beneficiary)
  )
    throw pledgeErrors.toItself();
}

/** The rules a pledge's facts obey whether it is being made or corrected. */
export function checkPledge(pledge: CooperationPledged['data']): void {
  checkParties(pledge.pledgers);
  checkParties(pledge.beneficiaries);
  checkNotToItself(pledge);
  if (!pledge.commitment.trim()) throw pledgeErrors.noCommitment();
  if (!(PLEDGE_LEVELS as readonly string[]).includes(pledge.level)) {
    throw pledgeErrors.unknownLevel(pledge.level);
  }
  checkTargets(pledge.targets, 'targets');
  if (pledge.pledgedOn !== null) requirePartialDate(pledge.pledgedOn, 'pledgedOn');
  if (pledge.targetDate !== null) {
    requirePartialDate(pledge.targetDate, 'targetDate');
    if (pledge.pledgedOn !== null && surelyBefore(pledge.targetDate, pledge.pledgedOn))
      throw pledgeErrors.targetDateBeforePledge();
  }
  requireSources(pledge.sourceIds);
}

/** Each party once, in the order first given. */
export function distinctParties(parties: readonly PartyRef[]): PartyRef[] {
  const seen = new Map<string, PartyRef>();
  for (const party of parties) if (!seen.has(partyKey(party))) seen.set(partyKey(party), party);
  return [...seen.values()];
}
