import { CLASSIFICATIONS, DOCUMENT_KINDS, MEETING_FORMATS, MULTILATERAL_FORMATS, PLEDGE_LEVELS, VISIT_KINDS } from '../api/vocabulary';
import { formatPartialDate } from './dates';
import { countryName } from './words';

/** How a fact may be corrected on the record's page: typed text, a date as precise as the source, or a choice. */
export type Edit =
  | { as: 'text' | 'long-text' | 'date'; nullable?: boolean }
  | { as: 'choice'; options: readonly (readonly [string, string])[] }
  /** Records picked from the directory: sent as `{ kind, id }` refs, or as bare ids (`sourceIds`). */
  | { as: 'picks'; kinds: PickKind[]; ids?: boolean }
  | { as: 'topics' }
  /** One record by its id (a country by its code), or none: `partOfId`, `homeCountry`, `meetingId`. */
  | { as: 'one'; kind: PickKind | 'meeting' | 'visit' }
  /** `{ city, country }` as far as the source says, or null. */
  | { as: 'place' };
export type PickKind = 'country' | 'organisation' | 'person' | 'source';
const one = (kind: PickKind | 'meeting' | 'visit'): Edit => ({ as: 'one', kind });

export interface FactSpec {
  key: string;
  label: string;
  edit?: Edit;
}

export type RecordKind = 'meeting' | 'visit' | 'pledge' | 'statement' | 'indicator' | 'source' | 'person' | 'organisation' | 'document';
export type Fetched = Record<string, unknown> & {
  id: string;
  status: 'recorded' | 'retracted';
  retractionReason: string | null;
  corrections: { changes: Record<string, unknown>; reason: string }[];
  revision: number;
  classification?: string;
};

export interface KindSpec {
  /** The record in words, for headings: `the meeting`, `the visit`. */
  noun: string;
  /** The API's collection: GET `${api}/:id`, POST `${api}/:id/corrections` and `/retraction`. */
  api: string;
  /** Its heading: a title, a name, or what it is and when; never its id. */
  heading: (r: Fetched) => string;
  facts: FactSpec[];
}

const text = { as: 'text' } as const;
const optionalText = { as: 'text', nullable: true } as const;
const longText = { as: 'long-text' } as const;
const date = { as: 'date', nullable: true } as const;
const classification: FactSpec = { key: 'classification', label: 'Classification', edit: { as: 'choice', options: CLASSIFICATIONS } };
const sources: FactSpec = { key: 'sourceIds', label: 'Sources', edit: { as: 'picks', kinds: ['source'], ids: true } };
/** People and organisations take no source corrections (their titles carry sources). */
const citedBy: FactSpec = { key: 'sourceIds', label: 'Sources' };
const parties = (kinds: PickKind[]): Edit => ({ as: 'picks', kinds });
const topics: Edit = { as: 'topics' };
const str = (v: unknown) => (typeof v === 'string' && v.trim() ? v : null);
const clip = (s: string, n = 90) => (s.length > n ? `${s.slice(0, n - 1).trimEnd()}…` : s);

export const RECORD_KINDS: Record<RecordKind, KindSpec> = {
  meeting: {
    noun: 'meeting',
    api: '/meetings',
    heading: (r) => {
      const place = r.place as { city?: string | null; country?: string | null } | null;
      const where = place?.city ?? (place?.country ? countryName(place.country) : null);
      return str(r.title) ?? `Meeting${where ? ` in ${where}` : ''}, ${formatPartialDate(str(r.date), 'date not stated')}`;
    },
    facts: [
      { key: 'title', label: 'Title', edit: optionalText },
      { key: 'date', label: 'Date', edit: date },
      { key: 'place', label: 'Place', edit: { as: 'place' } },
      { key: 'visitId', label: 'During the visit', edit: one('visit') },
      { key: 'format', label: 'Format', edit: { as: 'choice', options: MEETING_FORMATS } },
      { key: 'formatName', label: 'Named format', edit: optionalText },
      { key: 'members', label: 'Member parties', edit: parties(['country', 'organisation']) },
      { key: 'engagement', label: 'Kind of engagement' },
      { key: 'engagementKind', label: 'Kind of engagement' },
      { key: 'participants', label: 'Participants' },
      { key: 'topics', label: 'Topics discussed', edit: topics },
      { key: 'summary', label: 'Summary', edit: longText },
      sources,
      classification,
    ],
  },
  visit: {
    noun: 'visit',
    api: '/visits',
    heading: (r) => clip(str(r.purpose) ?? `Visit to ${str(r.city) ?? countryName(str(r.hostCountry) ?? 'a place not stated')}, ${formatPartialDate(str(r.startDate), 'dates not stated')}`),
    facts: [
      { key: 'kind', label: 'Kind of visit', edit: { as: 'choice', options: VISIT_KINDS } },
      { key: 'delegation', label: 'Delegation' },
      { key: 'hostCountry', label: 'Host country', edit: one('country') },
      { key: 'city', label: 'City', edit: optionalText },
      { key: 'startDate', label: 'First day', edit: date },
      { key: 'endDate', label: 'Last day', edit: date },
      { key: 'purpose', label: 'Purpose', edit: { as: 'long-text', nullable: true } },
      { key: 'engagement', label: 'Kind of engagement' },
      sources,
      classification,
    ],
  },
  pledge: {
    noun: 'pledge',
    api: '/pledges',
    heading: (r) => clip(str(r.commitment) ?? 'Pledge'),
    facts: [
      { key: 'commitment', label: 'What is promised', edit: longText },
      { key: 'pledgers', label: 'Who pledges', edit: parties(['country', 'organisation', 'person']) },
      { key: 'pledger', label: 'Who pledges' },
      { key: 'pledgerGroup', label: 'Pledged by the group', edit: optionalText },
      { key: 'beneficiaries', label: 'To whom, or for whose benefit', edit: parties(['country', 'organisation', 'person']) },
      { key: 'beneficiary', label: 'To whom, or for whose benefit' },
      { key: 'beneficiaryGroup', label: 'For the benefit of', edit: optionalText },
      { key: 'mutual', label: 'Mutual' },
      { key: 'areas', label: 'Areas of cooperation', edit: topics },
      { key: 'area', label: 'Area of cooperation' },
      { key: 'level', label: 'Level', edit: { as: 'choice', options: PLEDGE_LEVELS } },
      { key: 'targets', label: 'Targets' },
      { key: 'target', label: 'Target' },
      { key: 'targetDate', label: 'Target date', edit: date },
      { key: 'pledgedOn', label: 'Pledged on', edit: date },
      { key: 'meetingId', label: 'Made at the meeting', edit: one('meeting') },
      { key: 'documentId', label: 'Follows from the document' },
      { key: 'standing', label: 'Status' },
      { key: 'links', label: 'Links to other pledges' },
      { key: 'progress', label: 'Progress reported' },
      { key: 'levelChanges', label: 'Changes of level' },
      { key: 'fulfilment', label: 'Fulfilled' },
      { key: 'lapse', label: 'Lapsed' },
      { key: 'withdrawal', label: 'Withdrawn' },
      sources,
      classification,
    ],
  },
  statement: {
    noun: 'statement',
    api: '/statements',
    heading: (r) => `“${clip(str(r.text) ?? '', 70)}”`,
    facts: [
      { key: 'speaker', label: 'Speaker' },
      { key: 'speakerId', label: 'Speaker' },
      { key: 'speakerTitle', label: 'Speaking as', edit: optionalText },
      { key: 'text', label: 'What was said', edit: longText },
      { key: 'form', label: 'Form' },
      { key: 'saidOn', label: 'Said on', edit: date },
      { key: 'meetingId', label: 'At the meeting' },
      sources,
      classification,
    ],
  },
  indicator: {
    noun: 'indicator',
    api: '/indicators',
    heading: (r) => clip(str(r.measures) ?? 'Indicator'),
    facts: [
      { key: 'measures', label: 'What it measures', edit: text },
      { key: 'figure', label: 'Figure' },
      { key: 'period', label: 'Period' },
      { key: 'from', label: 'From' },
      { key: 'to', label: 'To' },
      { key: 'statedById', label: 'Stated by' },
      { key: 'meetingId', label: 'At the meeting' },
      sources,
      classification,
    ],
  },
  source: {
    noun: 'source',
    api: '/sources',
    heading: (r) => str(r.title) ?? `${str(r.publisher) ?? 'Source'}, ${formatPartialDate(str(r.publishedOn), 'undated')}`,
    facts: [
      { key: 'title', label: 'Title', edit: optionalText },
      { key: 'publisher', label: 'Publisher', edit: text },
      { key: 'type', label: 'Type' },
      { key: 'publishedOn', label: 'Published on', edit: date },
      { key: 'url', label: 'Address (URL)', edit: optionalText },
      classification,
    ],
  },
  person: {
    noun: 'person',
    api: '/people',
    heading: (r) => str(r.name) ?? 'Person',
    facts: [
      { key: 'name', label: 'Name', edit: text },
      { key: 'nationality', label: 'Nationality', edit: one('country') },
      { key: 'positions', label: 'Titles held' },
      citedBy,
      classification,
    ],
  },
  organisation: {
    noun: 'organisation',
    api: '/organisations',
    heading: (r) => str(r.name) ?? 'Organisation',
    facts: [
      { key: 'name', label: 'Name', edit: text },
      { key: 'acronym', label: 'Acronym', edit: optionalText },
      { key: 'kind', label: 'Kind' },
      { key: 'homeCountry', label: 'Based in', edit: one('country') },
      { key: 'partOfId', label: 'Part of', edit: one('organisation') },
      { key: 'sector', label: 'Sector', edit: optionalText },
      citedBy,
      classification,
    ],
  },
  document: {
    noun: 'signed document',
    api: '/documents',
    heading: (r) => str(r.title) ?? 'Signed document',
    facts: [
      { key: 'title', label: 'Title', edit: optionalText },
      { key: 'kind', label: 'Kind of document', edit: { as: 'choice', options: DOCUMENT_KINDS } },
      { key: 'parties', label: 'Parties it binds', edit: parties(['country', 'organisation']) },
      { key: 'signatories', label: 'Signatories' },
      { key: 'witnesses', label: 'Witnesses' },
      { key: 'signedOn', label: 'Signed on', edit: date },
      { key: 'place', label: 'Place', edit: { as: 'place' } },
      { key: 'meetingId', label: 'At the meeting' },
      sources,
      classification,
    ],
  },
};

export const isRecordKind = (k: string | undefined): k is RecordKind => !!k && k in RECORD_KINDS;

/** The path of a record's page in the web app. */
export const recordPath = (kind: RecordKind, id: string) => `/records/${kind}/${id}`;

/** Facts of what happened since (progress, a lapse…): left out while nothing has happened, never "not stated". */
export const ONLY_WHEN_PRESENT = new Set(['links', 'progress', 'levelChanges', 'fulfilment', 'lapse', 'withdrawal', 'positions', 'meetings']);

/** Facts the API returns about how the record got here, not what it says. */
export const META = new Set(['id', 'status', 'retractionReason', 'corrections', 'revision', 'position']);

/** The facts of a record in the page's order: the kind's own list, then any the API added since (never its own id). */
export function factsOf(kind: RecordKind, record: Fetched): FactSpec[] {
  const spec = RECORD_KINDS[kind];
  const multilateral = kind !== 'meeting' || MULTILATERAL_FORMATS.includes(String(record.format));
  const present = (k: string) => !ONLY_WHEN_PRESENT.has(k) || !(record[k] === null || (Array.isArray(record[k]) && (record[k] as unknown[]).length === 0));
  const known = spec.facts.filter((f) => f.key in record && present(f.key) && (multilateral || (f.key !== 'formatName' && f.key !== 'members')));
  const extra = Object.keys(record)
    .filter((k) => !META.has(k) && k !== `${kind}Id` && present(k) && !spec.facts.some((f) => f.key === k))
    .map((k) => ({ key: k, label: '' }));
  return [...known, ...extra];
}
