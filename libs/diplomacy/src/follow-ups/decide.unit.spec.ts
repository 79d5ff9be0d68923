import { specFor, testContext } from '../testing/given-when-then';
import { followUpDecider, type AssignFollowUp, type FollowUpCommand } from './decide';
import { assigneeOf, deskAssignee } from './assignee';
import type { FollowUpAssigned, FollowUpEvent } from './events';

const spec = specFor(followUpDecider);

const assign: AssignFollowUp = {
  type: 'AssignFollowUp',
  data: {
    followUpId: 'f-1',
    action: 'Send SES the list of the 328 settlements to connect',
    assignee: 'desk-officer-central-asia',
    dueDate: '2024-11-15',
    pledgeId: 'p-ses',
    meetingId: null,
  },
};
const assigned: FollowUpAssigned = {
  type: 'FollowUpAssigned',
  data: { ...assign.data, classification: 'internal' },
};
const cancelled: FollowUpEvent = {
  type: 'FollowUpCancelled',
  data: { followUpId: 'f-1', reason: 'SES will ask the ministry directly' },
};
const completed: FollowUpEvent = {
  type: 'FollowUpCompleted',
  data: {
    followUpId: 'f-1',
    completedOn: '2024-11-10',
    outcome: 'List sent; SES confirmed receipt',
  },
};
const complete = (completedOn?: string): FollowUpCommand => ({
  type: 'CompleteFollowUp',
  data: { followUpId: 'f-1', outcome: 'List sent; SES confirmed receipt', completedOn },
});

describe('AssignFollowUp', () => {
  it('assigns it to a member of staff with a due date, tied to a pledge', () => {
    spec.given([]).when(assign).then([assigned]);
  });

  it('is tied to a pledge or a meeting', () => {
    spec
      .given([])
      .when({ ...assign, data: { ...assign.data, pledgeId: null } })
      .thenFails('FOLLOW_UP.NOTHING_TO_FOLLOW');
  });

  it('needs an action, an assignee, a real due date, a fresh id', () => {
    const variant = (data: object) => ({ ...assign, data: { ...assign.data, ...data } });
    spec
      .given([])
      .when(variant({ action: ' ' }))
      .thenFails('FOLLOW_UP.NO_ACTION');
    spec
      .given([])
      .when(variant({ assignee: '' }))
      .thenFails('FOLLOW_UP.NO_ASSIGNEE');
    spec
      .given([])
      .when(variant({ assignee: 'desk: ' }))
      .thenFails('FOLLOW_UP.NO_ASSIGNEE');
    spec
      .given([])
      .when(variant({ dueDate: '2024-11-31' }))
      .thenFails('RECORD.INVALID_DATE');
    spec.given([assigned]).when(assign).thenFails('FOLLOW_UP.ALREADY_RECORDED');
  });
});

describe('CompleteFollowUp', () => {
  it('completes with the outcome, dated today unless said otherwise', () => {
    spec.given([assigned]).when(complete('2024-11-10')).then([completed]);
    const today = testContext().now.toISOString().slice(0, 10);
    spec
      .given([assigned])
      .when(complete())
      .then([{ ...completed, data: { ...completed.data, completedOn: today } }]);
  });

  it('refuses to complete a cancelled follow-up', () => {
    spec.given([assigned, cancelled]).when(complete()).thenFails('FOLLOW_UP.ALREADY_CANCELLED');
  });

  it('refuses to complete twice, or without an outcome', () => {
    spec.given([assigned, completed]).when(complete()).thenFails('FOLLOW_UP.ALREADY_COMPLETED');
    spec
      .given([assigned])
      .when({ type: 'CompleteFollowUp', data: { followUpId: 'f-1', outcome: ' ' } })
      .thenFails('FOLLOW_UP.OUTCOME_REQUIRED');
    spec.given([]).when(complete()).thenFails('FOLLOW_UP.NOT_FOUND');
  });
});

describe('a follow-up owned by a desk', () => {
  const toDesk = { ...assign, data: { ...assign.data, assignee: deskAssignee('Central Asia') } };

  it('is assigned to the desk, written desk:<name>, and handed on to a person later', () => {
    spec
      .given([])
      .when(toDesk)
      .then([{ ...assigned, data: { ...assigned.data, assignee: 'desk:Central Asia' } }]);
    const state = spec
      .given([{ ...assigned, data: { ...assigned.data, assignee: 'desk:Central Asia' } }])
      .when({ type: 'ReassignFollowUp', data: { followUpId: 'f-1', assignee: 'a.muller' } })
      .thenState();
    expect(state).toMatchObject({
      record: { assignee: 'a.muller', previousAssignees: ['desk:Central Asia'] },
    });
  });

  it('reads an assignee written before desks existed as a person', () => {
    expect(assigneeOf('desk-officer-central-asia')).toEqual({
      kind: 'person',
      userId: 'desk-officer-central-asia',
    });
    expect(assigneeOf('desk:Central Asia')).toEqual({ kind: 'desk', desk: 'Central Asia' });
  });
});

describe('RescheduleFollowUp, ReassignFollowUp, CancelFollowUp', () => {
  const reschedule = (
    dueDate: string,
    reason = 'SES asked for two more weeks',
  ): FollowUpCommand => ({
    type: 'RescheduleFollowUp',
    data: { followUpId: 'f-1', dueDate, reason },
  });

  it('reschedules, keeping the previous due date and the reason', () => {
    const state = spec.given([assigned]).when(reschedule('2024-11-29')).thenState();
    expect(state).toMatchObject({
      record: {
        dueDate: '2024-11-29',
        reschedulings: [
          {
            dueDate: '2024-11-29',
            previousDueDate: '2024-11-15',
            reason: 'SES asked for two more weeks',
          },
        ],
      },
    });
  });

  it('refuses to reschedule to the same day, without a reason, or once closed', () => {
    spec.given([assigned]).when(reschedule('2024-11-15')).thenFails('FOLLOW_UP.SAME_DUE_DATE');
    spec.given([assigned]).when(reschedule('2024-11-29', '')).thenFails('RECORD.REASON_REQUIRED');
    spec
      .given([assigned, completed])
      .when(reschedule('2024-11-29'))
      .thenFails('FOLLOW_UP.ALREADY_COMPLETED');
  });

  it('reassigns to someone else, remembering who had it', () => {
    const reassign = (assignee: string): FollowUpCommand => ({
      type: 'ReassignFollowUp',
      data: { followUpId: 'f-1', assignee },
    });
    const state = spec.given([assigned]).when(reassign('desk-officer-eu')).thenState();
    expect(state).toMatchObject({
      record: { assignee: 'desk-officer-eu', previousAssignees: ['desk-officer-central-asia'] },
    });
    spec
      .given([assigned])
      .when(reassign('desk-officer-central-asia'))
      .thenFails('FOLLOW_UP.SAME_ASSIGNEE');
  });

  it('cancels with a reason, once', () => {
    const cancel: FollowUpCommand = { type: 'CancelFollowUp', data: cancelled.data as never };
    spec.given([assigned]).when(cancel).then([cancelled]);
    spec.given([assigned, cancelled]).when(cancel).thenFails('FOLLOW_UP.ALREADY_CANCELLED');
    spec.given([assigned, completed]).when(cancel).thenFails('FOLLOW_UP.ALREADY_COMPLETED');
  });
});

describe('CorrectFollowUp', () => {
  const correct = (changes: object): FollowUpCommand => ({
    type: 'CorrectFollowUp',
    data: { followUpId: 'f-1', changes, reason: 'it came from the meeting, not the pledge' },
  });

  it('records only what changes', () => {
    spec
      .given([assigned])
      .when(correct({ action: assign.data.action, meetingId: 'm-ses' }))
      .then([
        {
          type: 'FollowUpCorrected',
          data: {
            followUpId: 'f-1',
            changes: { meetingId: 'm-ses' },
            reason: 'it came from the meeting, not the pledge',
          },
        },
      ]);
  });

  it('cannot leave it tied to nothing, nor change nothing', () => {
    spec
      .given([assigned])
      .when(correct({ pledgeId: null }))
      .thenFails('FOLLOW_UP.NOTHING_TO_FOLLOW');
    spec
      .given([assigned])
      .when(correct({ pledgeId: 'p-ses' }))
      .thenFails('FOLLOW_UP.NOTHING_TO_CORRECT');
  });
});
