import type { Decider } from '../shared/decider';
import { engagement, type EngagementKind } from '../shared/engagement';
import {
  changedFields,
  requireClassification,
  requireEmpty,
  requireLive,
  requireReason,
  requireSources,
} from '../shared/record-lifecycle';
import { DEFAULT_CLASSIFICATION, type Classification } from '../shared/vocabulary';
import type { MeetingEvent, MeetingFacts } from './events';
import {
  checkMeeting,
  evolveMeeting,
  initialMeetingState,
  meetingErrors,
  type Meeting,
  type MeetingState,
} from './meeting';

/** What staff say about a meeting; `engagementKind` is turned into its CAMEO/PLOVER codes here. */
export type MeetingInput = Omit<MeetingFacts, 'engagement'> & { engagementKind: EngagementKind };

export type RecordMeeting = {
  type: 'RecordMeeting';
  data: MeetingInput & { meetingId: string; sourceIds: string[]; classification?: Classification };
};
export type CorrectMeeting = {
  type: 'CorrectMeeting';
  data: {
    meetingId: string;
    changes: Partial<MeetingInput & { sourceIds: string[]; classification: Classification }>;
    reason: string;
  };
};
export type RetractMeeting = {
  type: 'RetractMeeting';
  data: { meetingId: string; reason: string };
};
export type MeetingCommand = RecordMeeting | CorrectMeeting | RetractMeeting;

function toFacts<T extends Partial<MeetingInput>>({ engagementKind, ...rest }: T) {
  return engagementKind ? { ...rest, engagement: engagement(engagementKind) } : rest;
}

export function decideMeeting(command: MeetingCommand, state: MeetingState): MeetingEvent[] {
  const { meetingId } = command.data;
  switch (command.type) {
    case 'RecordMeeting': {
      requireEmpty(state, meetingId, meetingErrors);
      const { classification, sourceIds, ...input } = command.data;
      const meeting: Meeting = {
        ...(toFacts(input) as MeetingFacts & { meetingId: string }),
        sourceIds: requireSources(sourceIds),
        classification: requireClassification(classification, DEFAULT_CLASSIFICATION),
      };
      checkMeeting(meeting);
      return [{ type: 'MeetingRecorded', data: meeting }];
    }
    case 'CorrectMeeting': {
      const current = requireLive(state, meetingId, meetingErrors);
      const reason = requireReason(command.data.reason);
      const changes = changedFields(current, toFacts(command.data.changes) as Partial<Meeting>);
      if (Object.keys(changes).length === 0) throw meetingErrors.nothingToCorrect(meetingId);
      checkMeeting({ ...current, ...changes });
      return [{ type: 'MeetingCorrected', data: { meetingId, changes, reason } }];
    }
    case 'RetractMeeting': {
      requireLive(state, meetingId, meetingErrors);
      return [
        {
          type: 'MeetingRetracted',
          data: { meetingId, reason: requireReason(command.data.reason) },
        },
      ];
    }
  }
}

export const meetingDecider: Decider<MeetingCommand, MeetingEvent, MeetingState> = {
  initialState: initialMeetingState,
  evolve: evolveMeeting,
  decide: decideMeeting,
};
