import type { Decider, DecisionContext } from '../shared/decider';
import { dayOf, requireIsoDate } from '../shared/dates';
import {
  changedFields,
  requireClassification,
  requireEmpty,
  requireLive,
  requireReason,
} from '../shared/record-lifecycle';
import { DEFAULT_CLASSIFICATION, type Classification, type IsoDate } from '../shared/vocabulary';
import type { FollowUpAssigned, FollowUpEvent } from './events';
import {
  checkFollowUp,
  evolveFollowUp,
  followUpErrors,
  initialFollowUpState,
  requireAssignee,
  requireOpen,
  type FollowUpState,
} from './follow-up';

type Assignment = Omit<FollowUpAssigned['data'], 'classification'>;

export type AssignFollowUp = {
  type: 'AssignFollowUp';
  data: Assignment & { classification?: Classification };
};
export type ReassignFollowUp = {
  type: 'ReassignFollowUp';
  data: { followUpId: string; assignee: string };
};
export type RescheduleFollowUp = {
  type: 'RescheduleFollowUp';
  data: { followUpId: string; dueDate: IsoDate; reason: string };
};
export type CompleteFollowUp = {
  type: 'CompleteFollowUp';
  /** `completedOn` defaults to today. */
  data: { followUpId: string; outcome: string; completedOn?: IsoDate };
};
export type CancelFollowUp = {
  type: 'CancelFollowUp';
  data: { followUpId: string; reason: string };
};
export type FollowUpCorrectableFacts = {
  action: string;
  pledgeId: string | null;
  meetingId: string | null;
  classification: Classification;
};
export type CorrectFollowUp = {
  type: 'CorrectFollowUp';
  data: { followUpId: string; changes: Partial<FollowUpCorrectableFacts>; reason: string };
};

export type FollowUpCommand =
  | AssignFollowUp
  | ReassignFollowUp
  | RescheduleFollowUp
  | CompleteFollowUp
  | CancelFollowUp
  | CorrectFollowUp;

export function decideFollowUp(
  command: FollowUpCommand,
  state: FollowUpState,
  context: DecisionContext,
): FollowUpEvent[] {
  const { followUpId } = command.data;
  if (command.type === 'AssignFollowUp') {
    requireEmpty(state, followUpId, followUpErrors);
    const { classification, ...assignment } = command.data;
    const data = {
      ...assignment,
      action: assignment.action.trim(),
      assignee: assignment.assignee.trim(),
      classification: requireClassification(classification, DEFAULT_CLASSIFICATION),
    };
    checkFollowUp(data);
    return [{ type: 'FollowUpAssigned', data }];
  }
  const followUp = requireLive(state, followUpId, followUpErrors);
  switch (command.type) {
    case 'ReassignFollowUp': {
      requireOpen(followUp);
      const assignee = requireAssignee(command.data.assignee);
      if (assignee === followUp.assignee) throw followUpErrors.sameAssignee(assignee);
      return [
        {
          type: 'FollowUpReassigned',
          data: { followUpId, assignee, previousAssignee: followUp.assignee },
        },
      ];
    }
    case 'RescheduleFollowUp': {
      requireOpen(followUp);
      const dueDate = requireIsoDate(command.data.dueDate, 'dueDate');
      if (dueDate === followUp.dueDate) throw followUpErrors.sameDueDate(dueDate);
      return [
        {
          type: 'FollowUpRescheduled',
          data: {
            followUpId,
            dueDate,
            previousDueDate: followUp.dueDate,
            reason: requireReason(command.data.reason),
          },
        },
      ];
    }
    case 'CompleteFollowUp': {
      requireOpen(followUp);
      const { outcome, completedOn = dayOf(context.now) } = command.data;
      if (!outcome.trim()) throw followUpErrors.outcomeRequired();
      return [
        {
          type: 'FollowUpCompleted',
          data: {
            followUpId,
            completedOn: requireIsoDate(completedOn, 'completedOn'),
            outcome: outcome.trim(),
          },
        },
      ];
    }
    case 'CancelFollowUp':
      requireOpen(followUp);
      return [
        {
          type: 'FollowUpCancelled',
          data: { followUpId, reason: requireReason(command.data.reason) },
        },
      ];
    case 'CorrectFollowUp': {
      const reason = requireReason(command.data.reason);
      const changes = changedFields<FollowUpCorrectableFacts>(followUp, command.data.changes);
      if (Object.keys(changes).length === 0) throw followUpErrors.nothingToCorrect(followUpId);
      if (changes.classification) requireClassification(changes.classification, 'internal');
      checkFollowUp({ ...followUp, ...changes });
      return [{ type: 'FollowUpCorrected', data: { followUpId, changes, reason } }];
    }
  }
}

export const followUpDecider: Decider<FollowUpCommand, FollowUpEvent, FollowUpState> = {
  initialState: initialFollowUpState,
  evolve: evolveFollowUp,
  decide: decideFollowUp,
};
