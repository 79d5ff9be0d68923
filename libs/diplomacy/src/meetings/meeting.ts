import { requireCountryCode } from '../shared/countries';
import { requireIsoDate } from '../shared/dates';
import { DomainError } from '../shared/errors';
import { recordErrors, requireSources, type RecordState } from '../shared/record-lifecycle';
import type { MeetingRecorded } from './events';

/** A meeting as it stands: the facts of `MeetingRecorded` with every correction applied. */
export type Meeting = MeetingRecorded['data'];
export type MeetingState = RecordState<Meeting>;

export const meetingErrors = {
  ...recordErrors('MEETING', 'Meeting'),
  noParticipants: () =>
    new DomainError('MEETING.NO_PARTICIPANTS', 'a meeting has at least two participants'),
};

/** The rules a meeting obeys whether it is being recorded or corrected. */
export function checkMeeting(meeting: Meeting): void {
  requireIsoDate(meeting.date, 'date');
  if (meeting.place) requireCountryCode(meeting.place.country);
  const distinct = new Set(meeting.participants.map((p) => `${p.party.kind}:${p.party.id}`));
  if (distinct.size < 2) throw meetingErrors.noParticipants();
  requireSources(meeting.sourceIds);
}
