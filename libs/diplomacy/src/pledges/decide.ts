import type { Decider } from '../shared/decider';
import { requireIsoDate } from '../shared/dates';
import { DomainError } from '../shared/errors';
import type { Target } from '../shared/figures';
import { deadlineDay, requirePartialDate, type PartialDate } from '../shared/partial-date';
import {
  changedFields,
  requireClassification,
  requireEmpty,
  requireLive,
  requireReason,
  requireSources,
} from '../shared/record-lifecycle';
import { DEFAULT_CLASSIFICATION, type Classification, type IsoDate } from '../shared/vocabulary';
import {
  LINK_CERTAINTIES,
  PLEDGE_LEVELS,
  PLEDGE_RELATIONS,
  type PledgeCorrectableFacts,
  type PledgeEvent,
  type PledgeFacts,
  type PledgeLevel,
  type PledgeLink,
  type PledgeRelation,
} from './events';
import {
  checkPledge,
  checkTargets,
  distinctParties,
  evolvePledge,
  initialPledgeState,
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
    pledgedOn: PartialDate | null;
    sourceIds: string[];
    classification?: Classification;
  };
};
export type ChangePledgeLevel = {
  type: 'ChangePledgeLevel';
  data: { pledgeId: string; to: PledgeLevel; on: PartialDate; sourceIds: string[] };
};
export type ReportPledgeProgress = {
  type: 'ReportPledgeProgress';
  data: {
    pledgeId: string;
    reportedOn: PartialDate | null;
    note: string;
    figures: Target[];
    sourceIds: string[];
  };
};
export type FulfilPledge = {
  type: 'FulfilPledge';
  data: { pledgeId: string; fulfilledOn: PartialDate | null; note: string; sourceIds: string[] };
};
export type LapsePledge = {
  type: 'LapsePledge';
  data: { pledgeId: string; lapsedOn: IsoDate; reason: string };
};
export type WithdrawPledge = {
  type: 'WithdrawPledge';
  data: { pledgeId: string; withdrawnOn: PartialDate; reason: string; sourceIds: string[] };
};
export type CorrectPledge = {
  type: 'CorrectPledge';
  data: { pledgeId: string; changes: Partial<PledgeCorrectableFacts>; reason: string };
};
export type RetractPledge = { type: 'RetractPledge'; data: { pledgeId: string; reason: string } };
/**
 * `chain`: every pledge the other pledge reaches by links of the same relation, as the handler
 * read them (the decider stays pure); the link is a cycle when this pledge is among them.
 */
export type LinkPledge = {
  type: 'LinkPledge';
  data: PledgeLink & { pledgeId: string; chain: string[] };
};
export type UnlinkPledge = {
  type: 'UnlinkPledge';
  data: { pledgeId: string; relation: PledgeRelation; otherPledgeId: string; reason: string };
};

export type PledgeCommand =
  | PledgeCooperation
  | ChangePledgeLevel
  | ReportPledgeProgress
  | FulfilPledge
  | LapsePledge
  | WithdrawPledge
  | CorrectPledge
  | RetractPledge
  | LinkPledge
  | UnlinkPledge;

/** Parties named twice count once; the lists keep the order given. */
function tidyFacts<F extends Partial<PledgeFacts>>(facts: F): F {
  const tidy = { ...facts };
  if (tidy.pledgers) tidy.pledgers = distinctParties(tidy.pledgers);
  if (tidy.beneficiaries) tidy.beneficiaries = distinctParties(tidy.beneficiaries);
  if (tidy.areas) tidy.areas = [...new Set(tidy.areas)];
  if (tidy.beneficiaryGroup !== undefined && tidy.beneficiaryGroup !== null)
    tidy.beneficiaryGroup = tidy.beneficiaryGroup.trim() || null;
  if (tidy.pledgerGroup !== undefined && tidy.pledgerGroup !== null)
    tidy.pledgerGroup = tidy.pledgerGroup.trim() || null;
  return tidy;
}

export function decidePledge(command: PledgeCommand, state: PledgeState): PledgeEvent[] {
  const { pledgeId } = command.data;
  if (command.type === 'PledgeCooperation') {
    requireEmpty(state, pledgeId, pledgeErrors);
    const { classification, ...facts } = command.data;
    const pledge = {
      ...tidyFacts(facts),
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
      requireOnOrAfterPledge(pledge, requirePartialDate(on, 'on'), 'on');
      return [
        {
          type: 'PledgeLevelChanged',
          data: { pledgeId, from: pledge.level, to, on, sourceIds: requireSources(sourceIds) },
        },
      ];
    }
    case 'ReportPledgeProgress': {
      requireNotClosed(pledge);
      const { reportedOn, note, figures, sourceIds } = command.data;
      requireOnOrAfterPledge(pledge, reportedOn, 'reportedOn');
      checkTargets(figures, 'figures');
      return [
        {
          type: 'PledgeProgressReported',
          data: {
            pledgeId,
            reportedOn,
            note: requireNote(note),
            figures,
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
      requireOnOrAfterPledge(pledge, requireIsoDate(lapsedOn, 'lapsedOn'), 'lapsedOn');
      const deadline = pledge.targetDate === null ? null : deadlineDay(pledge.targetDate);
      if (pledge.targetDate !== null && (deadline === null || lapsedOn <= deadline)) {
        throw pledgeErrors.notYetDue(pledge.targetDate);
      }
      return [
        { type: 'PledgeLapsed', data: { pledgeId, lapsedOn, reason: requireReason(reason) } },
      ];
    }
    case 'WithdrawPledge': {
      requireNotClosed(pledge);
      const { withdrawnOn, reason, sourceIds } = command.data;
      requireOnOrAfterPledge(pledge, requirePartialDate(withdrawnOn, 'withdrawnOn'), 'withdrawnOn');
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
      const changes = changedFields<PledgeCorrectableFacts>(
        pledge,
        tidyFacts(command.data.changes),
      );
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
    case 'LinkPledge':
      return [link(pledge, command.data)];
    case 'UnlinkPledge': {
      const { relation, otherPledgeId } = command.data;
      if (!pledge.links.some((l) => l.relation === relation && l.otherPledgeId === otherPledgeId))
        throw pledgeErrors.notLinked();
      const reason = requireReason(command.data.reason);
      return [{ type: 'PledgeUnlinked', data: { pledgeId, relation, otherPledgeId, reason } }];
    }
  }
}

/**
 * A pledge cannot be part of, follow from, or be the same as itself; nor part of (or follow
 * from) a pledge that is already, by a chain of such links, part of (or following from) it.
 */
function link(pledge: Pledge, command: LinkPledge['data']): PledgeEvent {
  const { pledgeId, relation, otherPledgeId, certainty, chain } = command;
  if (!(PLEDGE_RELATIONS as readonly string[]).includes(relation))
    throw new DomainError(
      'PLEDGE.UNKNOWN_RELATION',
      `relation is one of ${PLEDGE_RELATIONS.join(', ')}`,
    );
  if (!(LINK_CERTAINTIES as readonly string[]).includes(certainty))
    throw new DomainError(
      'PLEDGE.UNKNOWN_CERTAINTY',
      `certainty is one of ${LINK_CERTAINTIES.join(', ')}`,
    );
  if (otherPledgeId === pledgeId || (relation !== 'same-as' && chain.includes(pledgeId)))
    throw pledgeErrors.cycle(relation);
  const existing = pledge.links.find(
    (l) => l.relation === relation && l.otherPledgeId === otherPledgeId,
  );
  if (existing?.certainty === certainty) throw pledgeErrors.linkUnchanged();
  return { type: 'PledgeLinked', data: { pledgeId, relation, otherPledgeId, certainty } };
}

function requireNote(note: string): string {
  if (!note.trim()) throw pledgeErrors.noteRequired();
  return note.trim();
}

/** A correction may not move the pledge after what already happened to it. */
function checkLifecycleStillFollows(pledge: Pledge): void {
  const dated: [PartialDate | null, string][] = [
    ...pledge.progress.map((r): [PartialDate | null, string] => [
      r.reportedOn,
      'progress.reportedOn',
    ]),
    ...pledge.levelChanges.map((c): [PartialDate, string] => [c.on, 'levelChanges.on']),
    ...(['fulfilment', 'lapse', 'withdrawal'] as const).flatMap(
      (k): [PartialDate | null, string][] => (pledge[k] ? [[pledge[k].on, `${k}.on`]] : []),
    ),
  ];
  for (const [date, field] of dated) requireOnOrAfterPledge(pledge, date, field);
}

export const pledgeDecider: Decider<PledgeCommand, PledgeEvent, PledgeState> = {
  initialState: initialPledgeState,
  evolve: evolvePledge,
  decide: decidePledge,
};
