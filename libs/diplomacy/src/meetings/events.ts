import type { Engagement } from '../shared/engagement';
import type { Classification, IsoDate, PartyRef } from '../shared/vocabulary';

export const MEETING_FORMATS = [
  'bilateral',
  'multilateral',
  'council-or-summit-session',
  'call',
  'negotiation-round',
] as const;
export type MeetingFormat = (typeof MEETING_FORMATS)[number];

export type Participant = {
  /** Who took part: usually a person, sometimes an organisation's unnamed "management". */
  party: PartyRef;
  /** The side they were on, i.e. whom they represented: `{ kind: 'country', id: 'KAZ' }`. */
  side: PartyRef;
  /** Free text such as `head of delegation`, `chair`; null when not stated. */
  role: string | null;
};

export type MeetingFacts = {
  /** `21st meeting of the EU–Kazakhstan Cooperation Council`; null for an untitled meeting. */
  title: string | null;
  date: IsoDate;
  place: { city: string; country: string } | null;
  /** The visit it took place during, or null. */
  visitId: string | null;
  format: MeetingFormat;
  participants: Participant[];
  /** Topic slugs from the vocabulary (`vocabulary-topics`). */
  topics: string[];
  summary: string;
  engagement: Engagement;
};

/** Stream `meeting-<uuid>`. */
export type MeetingRecorded = {
  type: 'MeetingRecorded';
  data: MeetingFacts & { meetingId: string; sourceIds: string[]; classification: Classification };
};

export type MeetingCorrected = {
  type: 'MeetingCorrected';
  data: {
    meetingId: string;
    changes: Partial<MeetingFacts & { classification: Classification; sourceIds: string[] }>;
    reason: string;
  };
};

export type MeetingRetracted = {
  type: 'MeetingRetracted';
  data: { meetingId: string; reason: string };
};

export type MeetingEvent = MeetingRecorded | MeetingCorrected | MeetingRetracted;

export const MEETING_EVENT_VERSIONS = {
  MeetingRecorded: 1,
  MeetingCorrected: 1,
  MeetingRetracted: 1,
} as const satisfies Record<MeetingEvent['type'], number>;
