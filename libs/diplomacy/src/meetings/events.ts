import type { Engagement } from '../shared/engagement';
import type { PartialDate } from '../shared/partial-date';
import type { Classification, PartyRef } from '../shared/vocabulary';

export const MEETING_FORMATS = [
  'bilateral',
  'multilateral',
  'council-or-summit-session',
  'call',
  'video-call',
  'negotiation-round',
] as const;
export type MeetingFormat = (typeof MEETING_FORMATS)[number];

/** The formats that are one session of several parties, never a set of pairwise engagements. */
export const MULTILATERAL_FORMATS: readonly MeetingFormat[] = [
  'multilateral',
  'council-or-summit-session',
];

export type Participant = {
  /** Who took part: a person, an organisation; null when the source does not name them. */
  party: PartyRef | null;
  /** As the source calls them: `Prime Minister`; null when not stated (or the party says it all). */
  title: string | null;
  /** The side they were on, i.e. whom they represented; null when the source does not say. */
  side: PartyRef | null;
  /** Free text such as `head of delegation`, `chair`; null when not stated. */
  role: string | null;
};

/** Where a meeting took place, as far as the source says: a country only, or a city only. */
export type MeetingPlace = { city: string | null; country: string | null };

export type MeetingFacts = {
  /** `21st meeting of the EU–Kazakhstan Cooperation Council`; null for an untitled meeting. */
  title: string | null;
  /** As precise as the source states it (`2024-10`, `before 2024`), or null when not stated. */
  date: PartialDate | null;
  /** Null when not stated (or a call with no place). */
  place: MeetingPlace | null;
  /** The visit it took place during, or null. */
  visitId: string | null;
  format: MeetingFormat;
  /** The named format of a multilateral session: `C5+1 ministerial`; null when none. */
  formatName: string | null;
  /** The member parties of a multilateral session, as one engagement (never pairwise). */
  members: PartyRef[];
  participants: Participant[];
  /** Topic slugs (open vocabulary). */
  topics: string[];
  summary: string;
  engagement: Engagement;
};

/** Stream `meeting-<uuid>`. Version 2: partial dates, places, formats, unnamed participants. */
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
  MeetingRecorded: 2,
  MeetingCorrected: 2,
  MeetingRetracted: 1,
} as const satisfies Record<MeetingEvent['type'], number>;
