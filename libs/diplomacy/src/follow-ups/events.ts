import type { Classification, IsoDate } from '../shared/vocabulary';

/** Stream `follow-up-<uuid>`. A follow-up is tied to a pledge, a meeting, or both (never neither). */
export type FollowUpAssigned = {
  type: 'FollowUpAssigned';
  data: {
    followUpId: string;
    /** What is to be done: `Send the draft MoU on satellite connectivity to SES`. */
    action: string;
    /** Staff member's user id. */
    assignee: string;
    dueDate: IsoDate;
    pledgeId: string | null;
    meetingId: string | null;
    classification: Classification;
  };
};

export type FollowUpReassigned = {
  type: 'FollowUpReassigned';
  data: { followUpId: string; assignee: string; previousAssignee: string };
};

export type FollowUpRescheduled = {
  type: 'FollowUpRescheduled';
  data: { followUpId: string; dueDate: IsoDate; previousDueDate: IsoDate; reason: string };
};

export type FollowUpCompleted = {
  type: 'FollowUpCompleted';
  data: { followUpId: string; completedOn: IsoDate; outcome: string };
};

export type FollowUpCancelled = {
  type: 'FollowUpCancelled';
  data: { followUpId: string; reason: string };
};

export type FollowUpCorrected = {
  type: 'FollowUpCorrected';
  data: {
    followUpId: string;
    changes: Partial<{
      action: string;
      pledgeId: string | null;
      meetingId: string | null;
      classification: Classification;
    }>;
    reason: string;
  };
};

export type FollowUpEvent =
  | FollowUpAssigned
  | FollowUpReassigned
  | FollowUpRescheduled
  | FollowUpCompleted
  | FollowUpCancelled
  | FollowUpCorrected;

export const FOLLOW_UP_EVENT_VERSIONS = {
  FollowUpAssigned: 1,
  FollowUpReassigned: 1,
  FollowUpRescheduled: 1,
  FollowUpCompleted: 1,
  FollowUpCancelled: 1,
  FollowUpCorrected: 1,
} as const satisfies Record<FollowUpEvent['type'], number>;
