import type { Decider } from '../shared/decider';
import { requireIsoDate } from '../shared/dates';
import {
  changedFields,
  requireClassification,
  requireEmpty,
  requireLive,
  requireReason,
  requireSources,
} from '../shared/record-lifecycle';
import {
  DEFAULT_CLASSIFICATION,
  type Classification,
  type IsoDate,
  type Measure,
} from '../shared/vocabulary';
import { PLEDGE_LEVELS, type PledgeEvent, type PledgeFacts, type PledgeLevel } from './events';
import {
  checkAchieved,
  checkPledge,
  initialPledgeState,
  evolvePledge,
  pledgeErrors,
  requireNotClosed,
  requireOnOrAfterPledge,
  type Pledge,
  type PledgeState,
} from './pledge';

export type PledgeCooperation = {
  type: 'PledgeCooperation';
  data: PledgeFacts & {
    pledgeId: string;
    pledgedOn: IsoDate;
    sourceIds: string[];
    classification?: Classification;
  };
};
export type ChangePledgeLevel = {
  type: 'ChangePledgeLevel';
  data: { pledgeId: string; to: PledgeLevel; on: IsoDate; sourceIds: string[] };
};
export type ReportPledgeProgress = {
  type: 'ReportPledgeProgress';
  data: {
    pledgeId: string;
    reportedOn: IsoDate;
    note: string;
    achieved: Measure | null;
    sourceIds: string[];
  };
};
export type FulfilPledge = {
  type: 'FulfilPledge';
  data: { pledgeId: string; fulfilledOn: IsoDate; note: string; sourceIds: string[] };
};
export type LapsePledge = {
  type: 'LapsePledge';
  data: { pledgeId: string; lapsedOn: IsoDate; reason: string };
};
export type WithdrawPledge = {
  type: 'WithdrawPledge';
  data: { pledgeId: string; withdrawnOn: IsoDate; reason: string; sourceIds: string[] };
};
export type PledgeCorrectableFacts = PledgeFacts & {
  pledgedOn: IsoDate;
  classification: Classification;
  sourceIds: string[];
};
export type CorrectPledge = {
  type: 'CorrectPledge';
  data: { pledgeId: string; changes: Partial<PledgeCorrectableFacts>; reason: string };
};
export type RetractPledge = { type: 'RetractPledge'; data: { pledgeId: string; reason: string } };

export type PledgeCommand =
  | PledgeCooperation
  | ChangePledgeLevel
  | ReportPledgeProgress
  | FulfilPledge
  | LapsePledge
  | WithdrawPledge
  | CorrectPledge
  | RetractPledge;

export function decidePledge(command: PledgeCommand, state: PledgeState): PledgeEvent[] {
  const { pledgeId } = command.data;
  if (command.type === 'PledgeCooperation') {
    requireEmpty(state, pledgeId, pledgeErrors);
    const { classification, ...facts } = command.data;
    const pledge = {
      ...facts,
      sourceIds: requireSources(facts.sourceIds),
      classification: requireClassification(classification, DEFAULT_CLASSIFICATION),
    };
    checkPledge(pledge);
    return [{ type: 'CooperationPledged', data: pledge }];
  }
  const pledge = requireLive(state, pledgeId, pledgeErrors);
  switch (command.type) {
    case 'ChangePledgeLevel': {
      requireNotClosed(pledge);
      const { to, on, sourceIds } = command.data;
      if (!(PLEDGE_LEVELS as readonly string[]).includes(to)) throw pledgeErrors.unknownLevel(to);
      if (to === pledge.level) throw pledgeErrors.sameLevel(to);
      requireOnOrAfterPledge(pledge, on, 'on');
      return [
        {
          type: 'PledgeLevelChanged',
          data: { pledgeId, from: pledge.level, to, on, sourceIds: requireSources(sourceIds) },
        },
      ];
    }
    case 'ReportPledgeProgress': {
      requireNotClosed(pledge);
      const { reportedOn, note, achieved, sourceIds } = command.data;
      requireOnOrAfterPledge(pledge, reportedOn, 'reportedOn');
      checkAchieved(pledge, achieved);
      return [
        {
          type: 'PledgeProgressReported',
          data: {
            pledgeId,
            reportedOn,
            note: requireNote(note),
            achieved,
            sourceIds: requireSources(sourceIds),
          },
        },
      ];
    }
    case 'FulfilPledge': {
      requireNotClosed(pledge);
      const { fulfilledOn, note, sourceIds } = command.data;
      requireOnOrAfterPledge(pledge, fulfilledOn, 'fulfilledOn');
      return [
        {
          type: 'PledgeFulfilled',
          data: { pledgeId, fulfilledOn, note: note.trim(), sourceIds: requireSources(sourceIds) },
        },
      ];
    }
    case 'LapsePledge': {
      requireNotClosed(pledge);
      if (pledge.standing === 'lapsed') throw pledgeErrors.alreadyLapsed(pledgeId);
      const { lapsedOn, reason } = command.data;
      requireOnOrAfterPledge(pledge, lapsedOn, 'lapsedOn');
      if (pledge.targetDate !== null && lapsedOn <= pledge.targetDate) {
        throw pledgeErrors.notYetDue(pledge.targetDate);
      }
      return [
        { type: 'PledgeLapsed', data: { pledgeId, lapsedOn, reason: requireReason(reason) } },
      ];
    }
    case 'WithdrawPledge': {
      requireNotClosed(pledge);
      const { withdrawnOn, reason, sourceIds } = command.data;
      requireOnOrAfterPledge(pledge, withdrawnOn, 'withdrawnOn');
      return [
        {
          type: 'PledgeWithdrawn',
          data: {
            pledgeId,
            withdrawnOn,
            reason: requireReason(reason),
            sourceIds: requireSources(sourceIds),
          },
        },
      ];
    }
    case 'CorrectPledge': {
      const reason = requireReason(command.data.reason);
      const changes = changedFields<PledgeCorrectableFacts>(pledge, command.data.changes);
      if (Object.keys(changes).length === 0) throw pledgeErrors.nothingToCorrect(pledgeId);
      const after: Pledge = { ...pledge, ...changes };
      checkPledge(after);
      if (changes.classification) requireClassification(changes.classification, 'internal');
      checkLifecycleStillFollows(after);
      return [{ type: 'PledgeCorrected', data: { pledgeId, changes, reason } }];
    }
    case 'RetractPledge':
      return [
        { type: 'PledgeRetracted', data: { pledgeId, reason: requireReason(command.data.reason) } },
      ];
  }
}

function requireNote(note: string): string {
  if (!note.trim()) throw pledgeErrors.noteRequired();
  return note.trim();
}

/** A correction may not move the pledge after what already happened to it, nor change its unit under reported figures. */
function checkLifecycleStillFollows(pledge: Pledge): void {
  const dated: [IsoDate, string][] = [
    ...pledge.progress.map((r): [IsoDate, string] => [r.reportedOn, 'progress.reportedOn']),
    ...pledge.levelChanges.map((c): [IsoDate, string] => [c.on, 'levelChanges.on']),
    ...(['fulfilment', 'lapse', 'withdrawal'] as const).flatMap((k): [IsoDate, string][] =>
      pledge[k] ? [[pledge[k].on, `${k}.on`]] : [],
    ),
  ];
  for (const [day, field] of dated)
    requireOnOrAfterPledge(pledge, requireIsoDate(day, field), field);
  for (const report of pledge.progress) checkAchieved(pledge, report.achieved);
}

export const pledgeDecider: Decider<PledgeCommand, PledgeEvent, PledgeState> = {
  initialState: initialPledgeState,
  evolve: evolvePledge,
  decide: decidePledge,
};
