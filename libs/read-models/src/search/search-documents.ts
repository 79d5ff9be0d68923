import { countryName, isCountryCode, type Classification } from '@chancery/diplomacy';

/** What search shows of a record: its kind, a title and a line of detail in words, its date. */
export interface SearchDocument {
  kind: SearchKind;
  title: string;
  detail: string | null;
  date: string | null;
  classification: Classification;
  /** Words it is found by beyond its title and detail (a visit's city, say). */
  extra?: string[];
}

/** In the order results are listed: places and people first, then what happened, then sources. */
export const SEARCH_KINDS = [
  'country',
  'person',
  'organisation',
  'visit',
  'meeting',
  'pledge',
  'statement',
  'indicator',
  'source',
] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

type Classified = { classification: Classification };
/*
 * Only the facts search reads, typed here: a record kind may gain fields (or a new schema
 * version, upcast before apply) without search changing, so long as these stay.
 */
type Day = string | null;
type OrganisationFacts = {
  name: string;
  acronym: string | null;
  kind: string;
  homeCountry: string | null;
};
type PersonFacts = { name: string; nationality: string | null };
// Visits v2: kind, city, purpose and start may be "not stated" (null).
type VisitFacts = {
  kind: string | null;
  hostCountry: string;
  city: string | null;
  startDate: string | null;
  purpose: string | null;
};
type MeetingFacts = {
  title: string | null;
  date: string | null;
  summary: string;
  place: { city: string | null; country: string | null } | null;
};
type PledgeFacts = { commitment: string; targetDate: Day; pledgedOn?: Day };
type StatementFacts = { text: string; saidOn: string };
type IndicatorFacts = { measures: string; period: { asOf: string } | { to: string } };
type SourceFacts = { title: string | null; publisher: string; publishedOn: Day };
const country = (code: string | null | undefined) =>
  code && isCountryCode(code.toUpperCase()) ? countryName(code.toUpperCase()) : null;
const excerpt = (text: string, words = 24) => {
  const all = text.trim().split(/\s+/);
  return all.length > words ? `${all.slice(0, words).join(' ')}…` : text.trim();
};
const capitalised = (code: string) =>
  code.charAt(0).toUpperCase() + code.slice(1).replace(/-/g, ' ');
const dayOf = (value: unknown) => (typeof value === 'string' ? value : null);

/** One document per record kind, from its facts as they stand (corrections merged in). */
export const DOCUMENTS = {
  country: (c: { code: string; name: string } & Classified): SearchDocument => ({
    kind: 'country',
    title: c.name,
    detail: null,
    date: null,
    classification: c.classification,
    extra: [c.code],
  }),
  organisation: (o: OrganisationFacts & Classified): SearchDocument => ({
    kind: 'organisation',
    title: o.acronym && o.acronym !== o.name ? `${o.name} (${o.acronym})` : o.name,
    detail: [capitalised(o.kind), country(o.homeCountry)].filter(Boolean).join(', '),
    date: null,
    classification: o.classification,
  }),
  person: (p: PersonFacts & Classified): SearchDocument => ({
    kind: 'person',
    title: p.name,
    detail: country(p.nationality),
    date: null,
    classification: p.classification,
  }),
  visit: (v: VisitFacts & Classified): SearchDocument => ({
    kind: 'visit',
    title: `${v.kind ? `${capitalised(v.kind)} visit` : 'Visit'} to ${country(v.hostCountry) ?? v.hostCountry}`,
    detail: v.purpose ? excerpt(v.purpose) : null,
    date: v.startDate,
    classification: v.classification,
    extra: v.city ? [v.city] : [],
  }),
  meeting: (m: MeetingFacts & Classified): SearchDocument => ({
    kind: 'meeting',
    title: m.title ?? excerpt(m.summary, 12),
    detail: m.title ? excerpt(m.summary) : null,
    date: m.date,
    classification: m.classification,
    extra: [m.place?.city ?? null, country(m.place?.country)].filter((w): w is string => !!w),
  }),
  pledge: (p: PledgeFacts & Classified): SearchDocument => ({
    kind: 'pledge',
    title: excerpt(p.commitment, 16),
    detail: p.targetDate ? `Due ${p.targetDate}` : null,
    date: p.pledgedOn ?? null,
    classification: p.classification,
  }),
  statement: (s: StatementFacts & Classified): SearchDocument => ({
    kind: 'statement',
    title: `“${excerpt(s.text, 16)}”`,
    detail: null,
    date: s.saidOn,
    classification: s.classification,
    extra: [s.text],
  }),
  indicator: (i: IndicatorFacts & Classified): SearchDocument => ({
    kind: 'indicator',
    title: capitalised(i.measures),
    detail: null,
    date: 'asOf' in i.period ? i.period.asOf : i.period.to,
    classification: i.classification,
  }),
  source: (s: SourceFacts & Classified): SearchDocument => ({
    kind: 'source',
    title: s.title ?? s.publisher,
    detail: s.title ? s.publisher : null,
    date: dayOf(s.publishedOn),
    classification: s.classification,
  }),
} satisfies Record<SearchKind, (facts: never) => SearchDocument>;
