import { requireCountryCode } from '../shared/countries';
import { DomainError } from '../shared/errors';
import { requirePartialDate } from '../shared/partial-date';
import { recordErrors, requireSources, type RecordState } from '../shared/record-lifecycle';
import type { PartyRef } from '../shared/vocabulary';
import { MULTILATERAL_FORMATS, type MeetingRecorded, type Participant } from './events';

/** A meeting as it stands: the facts of `MeetingRecorded` with every correction applied. */
export type Meeting = MeetingRecorded['data'];
export type MeetingState = RecordState<Meeting>;

export const meetingErrors = {
  ...recordErrors('MEETING', 'Meeting'),
  noParticipants: () =>
    new DomainError('MEETING.NO_PARTICIPANTS', 'a meeting has at least two participants'),
  unnamedParticipant: (index: number) =>
    new DomainError(
      'MEETING.PARTICIPANT_UNNAMED',
      `participants[${index}] needs a party or the title the source gives them`,
    ),
  membersOutsideMultilateral: () =>
    new DomainError(
      'MEETING.MEMBERS_NOT_MULTILATERAL',
      `only a multilateral session (${MULTILATERAL_FORMATS.join(', ')}) lists member parties`,
    ),
};

const refKey = (ref: PartyRef) => `${ref.kind}:${ref.id}`;

/**
 * Who took part, each once: a named party by its ref; an unnamed one ("Prime Minister" of the
 * GBR side) is a participant of its own, since two unnamed ministers are two people.
 */
export function distinctParticipants(participants: readonly Participant[]): number {
  const named = new Set(participants.flatMap((p) => (p.party ? [refKey(p.party)] : [])));
  return named.size + participants.filter((p) => !p.party).length;
}

/** The rules a meeting obeys whether it is being recorded or corrected. */
export function checkMeeting(meeting: Meeting): void {
  if (meeting.date !== null) requirePartialDate(meeting.date, 'date');
  if (meeting.place?.country) requireCountryCode(meeting.place.country);
  meeting.participants.forEach((p, i) => {
    if (!p.party && !p.title?.trim()) throw meetingErrors.unnamedParticipant(i);
  });
  if (distinctParticipants(meeting.participants) < 2) throw meetingErrors.noParticipants();
  if (meeting.members.length > 0 && !MULTILATERAL_FORMATS.includes(meeting.format))
    throw meetingErrors.membersOutsideMultilateral();
  requireSources(meeting.sourceIds);
}
