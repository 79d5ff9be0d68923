import { requireCountryCode } from '../shared/countries';
import { requireIsoDate } from '../shared/dates';
import { DomainError } from '../shared/errors';
import {
  corrected,
  emptyRecord,
  recorded,
  recordErrors,
  requireSources,
  retracted,
  type RecordState,
} from '../shared/record-lifecycle';
import type { MeetingEvent, MeetingRecorded } from './events';

/** A meeting as it stands: the facts of `MeetingRecorded` with every correction applied. */
export type Meeting = MeetingRecorded['data'];
export type MeetingState = RecordState<Meeting>;

export const meetingErrors = {
  ...recordErrors('MEETING', 'Meeting'),
  noParticipants: () =>
    new DomainError('MEETING.NO_PARTICIPANTS', 'a meeting has at least two participants'),
};

export const initialMeetingState = (): MeetingState => emptyRecord<Meeting>();

export function evolveMeeting(state: MeetingState, event: MeetingEvent): MeetingState {
  switch (event.type) {
    case 'MeetingRecorded':
      return recorded(event.data);
    case 'MeetingCorrected':
      return corrected(state, event.data.changes, event.data.reason);
    case 'MeetingRetracted':
      return retracted(state, event.data.reason);
  }
}

/** The rules a meeting obeys whether it is being recorded or corrected. */
export function checkMeeting(meeting: Meeting): void {
  requireIsoDate(meeting.date, 'date');
  if (meeting.place) requireCountryCode(meeting.place.country);
  const distinct = new Set(meeting.participants.map((p) => `${p.party.kind}:${p.party.id}`));
  if (distinct.size < 2) throw meetingErrors.noParticipants();
  requireSources(meeting.sourceIds);
}
