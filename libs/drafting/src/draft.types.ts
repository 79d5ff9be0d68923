/** A character span [start, end) of the drafted text. */
export type Span = readonly [number, number];

/**
 * One proposed value. `stated: false` means the text does not state it: the value is then null and
 * the officer sees "not stated". `basis` says where a value comes from when it is not read
 * straight off its span: the publication date, the publisher, or the visit it belongs to.
 */
export interface Proposed<T> {
  value: T | null;
  span: Span | null;
  stated: boolean;
  basis?: 'text' | 'publication date' | 'publisher' | 'visit' | 'context';
}

export interface SourceMeta {
  url?: string | null;
  publisher?: string | null;
  title?: string | null;
  /** `YYYY-MM-DD`, `YYYY-MM`, `YYYY`, or null when the source does not say. */
  published?: string | null;
}

export interface GazetteerEntry {
  name: string;
  acronym?: string | null;
  aliases?: readonly string[];
  /** ISO 3166-1 alpha-3 of its home, or a code of its own such as `EU`. */
  code?: string | null;
  kind?: string;
}

export interface Gazetteer {
  organisations: readonly GazetteerEntry[];
  /** Known people, matched by name. */
  people?: readonly { name: string; title?: string | null; side?: string | null }[];
}

export interface DraftParty {
  kind: 'country' | 'organisation';
  /** ISO alpha-3 for a country; the organisation's code or name. */
  code: string;
  name: string;
  known: boolean;
  matchedBy: 'name' | 'alias' | 'demonym' | 'acronym';
  spans: Span[];
}

export interface DraftPerson {
  name: Proposed<string>;
  title: Proposed<string>;
  side: Proposed<string>;
  known: boolean;
  spans: Span[];
}

export interface DraftParticipant {
  name: Proposed<string>;
  title: Proposed<string>;
  organisation_or_country: Proposed<string>;
  side: Proposed<string>;
}

export type MeetingFormat = 'bilateral' | 'multilateral' | 'call' | 'video call';

export interface DraftMeeting {
  date: Proposed<string>;
  place: { city: Proposed<string>; country: Proposed<string> };
  format: Proposed<MeetingFormat>;
  participants: DraftParticipant[];
  topics: Proposed<string>[];
  span: Span;
}

export interface DraftVisit {
  delegation_of: Proposed<string>;
  head: { name: Proposed<string>; title: Proposed<string> };
  host_country: Proposed<string>;
  start: Proposed<string>;
  end: Proposed<string>;
  kind: Proposed<string>;
  span: Span;
}

export interface DraftDocument {
  title: Proposed<string>;
  count: number;
  signed: boolean;
  span: Span;
}

export type PledgeLevel = 'intent' | 'pledge' | 'commitment' | 'agreement';

export interface Amount {
  value: number;
  currency: string;
  qualifier: string | null;
}

export interface Quantity {
  value: number;
  unit: string;
}

export interface DraftPledge {
  by: Proposed<string>;
  to: Proposed<string>;
  what: Proposed<string>;
  level: Proposed<PledgeLevel>;
  quantity: Proposed<Quantity>;
  amount: Proposed<Amount>;
  target_date: Proposed<string>;
  span: Span;
}

export interface DraftStatement {
  speaker: Proposed<string>;
  speaker_title: Proposed<string>;
  quote: Proposed<string>;
  truncated: boolean;
}

export interface DraftIndicator {
  what: Proposed<string>;
  value: Proposed<number>;
  unit_or_currency: Proposed<string>;
  period_or_as_of: Proposed<string>;
  span: Span;
}

export interface Draft {
  /** `drafted` when the text was read; `empty` when it was refused, with the reason. */
  status: 'drafted' | 'empty';
  reason: string | null;
  source: {
    publisher: Proposed<string>;
    title: Proposed<string>;
    published: Proposed<string>;
    url: Proposed<string>;
  };
  parties: DraftParty[];
  people: DraftPerson[];
  visits: DraftVisit[];
  meetings: DraftMeeting[];
  documents: DraftDocument[];
  pledges: DraftPledge[];
  statements: DraftStatement[];
  indicators: DraftIndicator[];
  topics: Proposed<string>[];
}
