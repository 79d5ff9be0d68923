import type { PartialDate } from '../shared/partial-date';
import type { Classification, PartyRef } from '../shared/vocabulary';

/** `direct`: the speaker's words in quotation marks; `reported`: reported speech ("Bettel said that…"). */
export const STATEMENT_FORMS = ['direct', 'reported'] as const;
export type StatementForm = (typeof STATEMENT_FORMS)[number];

export type StatementFacts = {
  /** Who spoke: a person, or an organisation (a ministry, its press service). */
  speaker: PartyRef;
  /** The speaker's title as the source gives it ("Official Representative"); null when none. */
  speakerTitle: string | null;
  text: string;
  form: StatementForm;
  /** The meeting it was said at, or null. */
  meetingId: string | null;
  /** As precise as the source states it; null when not stated. */
  saidOn: PartialDate | null;
};

/** Stream `statement-<uuid>`. Version 2: `speaker` and `speakerTitle` replace v1's `speakerId`. */
export type StatementRecorded = {
  type: 'StatementRecorded';
  data: StatementFacts & {
    statementId: string;
    sourceIds: string[];
    classification: Classification;
  };
};

export type StatementCorrected = {
  type: 'StatementCorrected';
  data: {
    statementId: string;
    changes: Partial<StatementFacts & { classification: Classification; sourceIds: string[] }>;
    reason: string;
  };
};

export type StatementRetracted = {
  type: 'StatementRetracted';
  data: { statementId: string; reason: string };
};

export type StatementEvent = StatementRecorded | StatementCorrected | StatementRetracted;

export const STATEMENT_EVENT_VERSIONS = {
  StatementRecorded: 2,
  StatementCorrected: 2,
  StatementRetracted: 1,
} as const satisfies Record<StatementEvent['type'], number>;
