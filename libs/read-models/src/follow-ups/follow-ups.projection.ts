import { upcastEvent } from '@chancery/diplomacy';
import type { RecordedEvent } from '@chancery/event-store';
import type { Projection, ReadModelWriter, Row } from '@chancery/projections';
import type { FollowUpAssigned, FollowUpCompleted, FollowUpCorrected } from '@chancery/diplomacy';
import { dataOf } from '../shared/records';

/**
 * The follow-ups board. "Overdue" is not stored: it depends on today's date, so queries
 * derive it from `status = open` and `due_date` against the injected clock.
 */
export const followUpsProjection: Projection = {
  name: 'follow_ups',
  upcast: upcastEvent,
  version: 1,
  onPoison: 'skip',
  tables: [
    {
      name: 'follow_ups',
      columns: {
        follow_up_id: 'text',
        action: 'text',
        assignee: 'text',
        due_date: 'text',
        status: 'text',
        completed_on: 'text',
        outcome: 'text',
        pledge_id: 'text',
        meeting_id: 'text',
        classification: 'text',
        assigned_at: 'text',
      },
      primaryKey: ['follow_up_id'],
      indexes: [['assignee', 'due_date'], ['status', 'due_date'], ['due_date']],
    },
  ],
  handles: [
    'FollowUpAssigned',
    'FollowUpReassigned',
    'FollowUpRescheduled',
    'FollowUpCompleted',
    'FollowUpCancelled',
    'FollowUpCorrected',
  ],
  apply(event: RecordedEvent, tx: ReadModelWriter) {
    const id = { follow_up_id: String(event.data.followUpId) };
    switch (event.type) {
      case 'FollowUpAssigned': {
        const f = dataOf<FollowUpAssigned['data']>(event);
        tx.upsert('follow_ups', {
          follow_up_id: f.followUpId,
          action: f.action,
          assignee: f.assignee,
          due_date: f.dueDate,
          status: 'open',
          pledge_id: f.pledgeId,
          meeting_id: f.meetingId,
          classification: f.classification,
          assigned_at: event.metadata.recordedAt,
        });
        return;
      }
      case 'FollowUpReassigned':
        return tx.update('follow_ups', id, { assignee: event.data.assignee });
      case 'FollowUpRescheduled':
        return tx.update('follow_ups', id, { due_date: event.data.dueDate });
      case 'FollowUpCompleted': {
        const f = dataOf<FollowUpCompleted['data']>(event);
        return tx.update('follow_ups', id, {
          status: 'completed',
          completed_on: f.completedOn,
          outcome: f.outcome,
        });
      }
      case 'FollowUpCancelled':
        return tx.update('follow_ups', id, { status: 'cancelled', outcome: event.data.reason });
      case 'FollowUpCorrected': {
        const { changes } = dataOf<FollowUpCorrected['data']>(event);
        const set: Row = {};
        if (changes.action !== undefined) set.action = changes.action;
        if (changes.meetingId !== undefined) set.meeting_id = changes.meetingId;
        if (changes.pledgeId !== undefined) set.pledge_id = changes.pledgeId;
        if (changes.classification !== undefined) set.classification = changes.classification;
        if (Object.keys(set).length) tx.update('follow_ups', id, set);
        return;
      }
    }
  },
};
