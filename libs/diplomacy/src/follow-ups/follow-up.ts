import { requireIsoDate } from '../shared/dates';
import { DomainError } from '../shared/errors';
import {
  corrected,
  emptyRecord,
  recorded,
  recordErrors,
  type RecordState,
} from '../shared/record-lifecycle';
import type { IsoDate } from '../shared/vocabulary';
import { assigneeOf } from './assignee';
import type { FollowUpAssigned, FollowUpEvent } from './events';

/** A follow-up is open until it is completed or cancelled; both are final. */
export type FollowUpStanding = 'open' | 'completed' | 'cancelled';

export type Rescheduling = { dueDate: IsoDate; previousDueDate: IsoDate; reason: string };

/** A follow-up as it stands: what was assigned, to whom now, by when now, and how it ended. */
export type FollowUp = FollowUpAssigned['data'] & {
  standing: FollowUpStanding;
  previousAssignees: string[];
  reschedulings: Rescheduling[];
  completion: { completedOn: IsoDate; outcome: string } | null;
  cancellationReason: string | null;
};
/** Follow-ups are cancelled, never retracted, so the state is never `retracted`. */
export type FollowUpState = RecordState<FollowUp>;

export const followUpErrors = {
  ...recordErrors('FOLLOW_UP', 'Follow-up'),
  alreadyCompleted: (id: string) =>
    new DomainError('FOLLOW_UP.ALREADY_COMPLETED', `follow-up ${id} has already been completed`),
  alreadyCancelled: (id: string) =>
    new DomainError('FOLLOW_UP.ALREADY_CANCELLED', `follow-up ${id} has been cancelled`),
  unanchored: () =>
    new DomainError(
      'FOLLOW_UP.NOTHING_TO_FOLLOW',
      'a follow-up is tied to a pledge, a meeting, or both',
    ),
  noAction: () => new DomainError('FOLLOW_UP.NO_ACTION', 'say what is to be done'),
  noAssignee: () =>
    new DomainError(
      'FOLLOW_UP.NO_ASSIGNEE',
      'a follow-up is assigned to a member of staff or to a desk',
    ),
  sameAssignee: (assignee: string) =>
    new DomainError('FOLLOW_UP.SAME_ASSIGNEE', `the follow-up is already assigned to ${assignee}`),
  sameDueDate: (dueDate: IsoDate) =>
    new DomainError('FOLLOW_UP.SAME_DUE_DATE', `the follow-up is already due on ${dueDate}`),
  outcomeRequired: () =>
    new DomainError('FOLLOW_UP.OUTCOME_REQUIRED', 'say what came of the follow-up'),
};

export const initialFollowUpState = (): FollowUpState => emptyRecord<FollowUp>();

function amended(state: FollowUpState, change: (f: FollowUp) => Partial<FollowUp>): FollowUpState {
  if (state.status === 'empty') return state;
  return { ...state, record: { ...state.record, ...change(state.record) } };
}

export function evolveFollowUp(state: FollowUpState, event: FollowUpEvent): FollowUpState {
  switch (event.type) {
    case 'FollowUpAssigned':
      return recorded({
        ...event.data,
        standing: 'open',
        previousAssignees: [],
        reschedulings: [],
        completion: null,
        cancellationReason: null,
      });
    case 'FollowUpReassigned':
      return amended(state, (f) => ({
        assignee: event.data.assignee,
        previousAssignees: [...f.previousAssignees, event.data.previousAssignee],
      }));
    case 'FollowUpRescheduled': {
      const { dueDate, previousDueDate, reason } = event.data;
      const rescheduling = { dueDate, previousDueDate, reason };
      return amended(state, (f) => ({
        dueDate: rescheduling.dueDate,
        reschedulings: [...f.reschedulings, rescheduling],
      }));
    }
    case 'FollowUpCompleted': {
      const { completedOn, outcome } = event.data;
      return amended(state, () => ({
        standing: 'completed',
        completion: { completedOn, outcome },
      }));
    }
    case 'FollowUpCancelled':
      return amended(state, () => ({
        standing: 'cancelled',
        cancellationReason: event.data.reason,
      }));
    case 'FollowUpCorrected':
      return corrected(state, event.data.changes, event.data.reason);
  }
}

/** Completed and cancelled follow-ups take no more changes to their course. */
export function requireOpen(followUp: FollowUp): void {
  if (followUp.standing === 'completed') throw followUpErrors.alreadyCompleted(followUp.followUpId);
  if (followUp.standing === 'cancelled') throw followUpErrors.alreadyCancelled(followUp.followUpId);
}

/** A person's user name or `desk:<name>`, trimmed; neither may be blank. */
export function requireAssignee(raw: string): string {
  const assignee = raw.trim();
  const named = assigneeOf(assignee);
  const name = named.kind === 'desk' ? named.desk.trim() : named.userId;
  if (!name) throw followUpErrors.noAssignee();
  return assignee;
}

/** The rules a follow-up's facts obey whether it is being assigned or corrected. */
export function checkFollowUp(followUp: FollowUpAssigned['data']): void {
  if (!followUp.action.trim()) throw followUpErrors.noAction();
  requireAssignee(followUp.assignee);
  if (!followUp.pledgeId && !followUp.meetingId) throw followUpErrors.unanchored();
  requireIsoDate(followUp.dueDate, 'dueDate');
}
