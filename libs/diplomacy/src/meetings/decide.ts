import type { Decider } from '../shared/decider';
import { engagement, type EngagementKind } from '../shared/engagement';
import { lifecycleDecider } from '../shared/lifecycle-decider';
import { requireSources } from '../shared/record-lifecycle';
import type { Classification } from '../shared/vocabulary';
import type { MeetingEvent, MeetingFacts } from './events';
import { checkMeeting, meetingErrors, type Meeting, type MeetingState } from './meeting';

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

export const meetingDecider: Decider<MeetingCommand, MeetingEvent, MeetingState> = lifecycleDecider(
  {
    idField: 'meetingId',
    errors: meetingErrors,
    names: {
      record: 'RecordMeeting',
      correct: 'CorrectMeeting',
      retract: 'RetractMeeting',
      recorded: 'MeetingRecorded',
      corrected: 'MeetingCorrected',
      retracted: 'MeetingRetracted',
    },
    toRecord: ({ sourceIds, ...input }: RecordMeeting['data']) => ({
      ...(toFacts(input) as MeetingFacts & { meetingId: string }),
      sourceIds: requireSources(sourceIds),
    }),
    toChanges: (changes: CorrectMeeting['data']['changes']) => toFacts(changes) as Partial<Meeting>,
    check: checkMeeting,
  },
);
