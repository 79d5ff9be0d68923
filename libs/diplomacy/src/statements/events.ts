import type { Classification, IsoDate } from '../shared/vocabulary';

/** `direct`: the speaker's words in quotation marks; `reported`: reported speech ("Bettel said that…"). */
export const STATEMENT_FORMS = ['direct', 'reported'] as const;
export type StatementForm = (typeof STATEMENT_FORMS)[number];

export type StatementFacts = {
  /** Person id of the speaker. */
  speakerId: string;
  text: string;
  form: StatementForm;
  /** The meeting it was said at, or null. */
  meetingId: string | null;
  saidOn: IsoDate;
};

/** Stream `statement-<uuid>`. */
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
  StatementRecorded: 1,
  StatementCorrected: 1,
  StatementRetracted: 1,
} as const satisfies Record<StatementEvent['type'], number>;
