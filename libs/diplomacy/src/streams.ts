import type { PartyRef } from './shared/vocabulary';

/**
 * Stream names: `<category>-<id>`. A read model can recover the category with
 * `streamCategory` and subscribe with a stream-prefix filter such as `meeting-`.
 */
export const STREAM_CATEGORIES = {
  country: 'country',
  organisation: 'organisation',
  person: 'person',
  source: 'source',
  visit: 'visit',
  meeting: 'meeting',
  statement: 'statement',
  indicator: 'indicator',
  pledge: 'pledge',
  followUp: 'follow-up',
  document: 'document',
  vocabulary: 'vocabulary',
  draft: 'draft',
} as const;
export type StreamCategory = (typeof STREAM_CATEGORIES)[keyof typeof STREAM_CATEGORIES];

/** `country-KAZ`: countries are keyed by their ISO 3166-1 alpha-3 code, upper-case. */
export const countryStream = (alpha3: string) => `country-${alpha3.toUpperCase()}`;
export const organisationStream = (id: string) => `organisation-${id}`;
export const personStream = (id: string) => `person-${id}`;
export const sourceStream = (id: string) => `source-${id}`;
export const visitStream = (id: string) => `visit-${id}`;
export const meetingStream = (id: string) => `meeting-${id}`;
export const statementStream = (id: string) => `statement-${id}`;
export const indicatorStream = (id: string) => `indicator-${id}`;
export const pledgeStream = (id: string) => `pledge-${id}`;
export const followUpStream = (id: string) => `follow-up-${id}`;
export const documentStream = (id: string) => `document-${id}`;
/** A draft of records proposed from a press release, reviewed, then committed. */
export const draftStream = (id: string) => `draft-${id}`;
/** The admin-extendable list of cooperation areas (topics) lives in one stream. */
export const topicVocabularyStream = () => 'vocabulary-topics';

export function partyStream(party: PartyRef): string {
  switch (party.kind) {
    case 'country':
      return countryStream(party.id);
    case 'organisation':
      return organisationStream(party.id);
    case 'person':
      return personStream(party.id);
  }
}

const CATEGORIES_LONGEST_FIRST = Object.values(STREAM_CATEGORIES).sort(
  (a, b) => b.length - a.length,
);

/** Splits `follow-up-<uuid>` into `{ category: 'follow-up', id: '<uuid>' }`; null for a foreign stream. */
export function parseStreamId(streamId: string): { category: StreamCategory; id: string } | null {
  const category = CATEGORIES_LONGEST_FIRST.find((c) => streamId.startsWith(`${c}-`));
  return category ? { category, id: streamId.slice(category.length + 1) } : null;
}
