import { api, ApiError, readQuery } from '../api/client';
import type { FollowUpItem, Page, PartyKind, PartnershipSummary, PledgeRegisterItem } from '../api/types';

/** What the API answers for a party's dossier, timeline and pledges (the fields the pages read). */
export interface TimelineItem {
  date: string;
  kind: string;
  recordId: string;
  title: string | null;
  summary: string | null;
  counterparts: string[];
  topics: string[];
  topicLabels?: string[];
}

export interface Indicator {
  recordId: string;
  measures: string;
  figure: unknown;
  period: unknown;
  between: string;
}

export interface Post {
  personId?: string;
  name?: string | null;
  title: string;
  at?: string;
  from: unknown;
  to: unknown;
}

export interface Quote {
  statementId: string;
  speakerId?: string;
  saidOn: unknown;
  text: string;
  form?: string;
  meetingId?: string | null;
}

export interface Profile {
  kind: PartyKind;
  id: string;
  name: string;
  facts: [string, string][];
  posts: Post[];
  meetings: { meetingId: string; date: string; title: string | null }[];
  quotes: Quote[];
  engagements: TimelineItem[];
  engagementsTotal: number;
  pledges: PledgeRegisterItem[];
  followUps: FollowUpItem[];
  keyPeople: Post[];
  indicators: Indicator[];
  counterparts: PartnershipSummary[];
  organisations: { organisationId: string; name: string; acronym?: string | null; kind?: string | null; sector?: string | null }[];
}

const notFoundAsNull = <T>(e: unknown): T | null => {
  if (e instanceof ApiError && e.status === 404) return null;
  throw e;
};

/** A party's timeline page, filtered; an unknown party is an empty timeline. */
export function timelineOf(party: string, filters: Record<string, string | number | undefined> = {}): Promise<Page<TimelineItem>> {
  return api<Page<TimelineItem>>(`/timeline/${encodeURIComponent(party)}${readQuery({ ...filters })}`).catch((e) => {
    if (e instanceof ApiError && (e.status === 404 || e.status === 422)) return { items: [], total: 0, limit: 0, offset: 0 };
    throw e;
  });
}

/** Every pledge a party made or benefits from, newest first (at most 500 each way). */
export async function pledgesOf(party: string): Promise<PledgeRegisterItem[]> {
  const pages = await Promise.all(
    [{ pledger: party }, { beneficiary: party }].map((q) =>
      api<Page<PledgeRegisterItem>>(`/pledges/register${readQuery({ ...q, limit: 500 })}`).catch((e) => {
        if (e instanceof ApiError && (e.status === 404 || e.status === 422)) return { items: [] as PledgeRegisterItem[] };
        throw e;
      }),
    ),
  );
  const byId = new Map(pages.flatMap((p) => p.items).map((p) => [p.pledgeId, p]));
  return [...byId.values()].sort((a, b) => String(b.pledgedOn).localeCompare(String(a.pledgedOn)));
}

interface PartnershipDetail {
  parties: { party: string; name: string | null }[];
  followUps: { items: FollowUpItem[] };
  keyPeople: { items: { personId: string; side: string; name: string | null; title: string | null; lastSeen: string }[] };
  indicators?: { items: Omit<Indicator, 'between'>[] };
}

/** The party's partnerships, most engaged first, with the details of the busiest few. */
async function partnerships(party: string, busiest = 6) {
  const list = await api<Page<PartnershipSummary>>(`/partnerships${readQuery({ party, limit: 100 })}`).catch(() => ({ items: [] as PartnershipSummary[] }));
  const details = await Promise.all(
    list.items.slice(0, busiest).map((p) =>
      api<PartnershipDetail>(`/partnerships/${encodeURIComponent(party)}/${encodeURIComponent(p.counterpart)}${readQuery({ limit: 100 })}`)
        .then((d) => ({ summary: p, detail: d }))
        .catch((e) => ({ summary: p, detail: notFoundAsNull<PartnershipDetail>(e) })),
    ),
  );
  return { counterparts: list.items, details };
}

/** Everything the dossier and the briefing pack show of a party, read from the query API. */
export async function profileOf(kind: PartyKind, id: string): Promise<Profile | null> {
  const base = await own(kind, id);
  if (!base) return null;
  if (kind === 'person') {
    // A person pledges for a party, never in their own name: theirs are the pledges made at their meetings.
    const met = new Set(base.meetings.map((m) => m.meetingId));
    const atTheirMeetings = met.size ? (await api<Page<PledgeRegisterItem>>(`/pledges/register${readQuery({ limit: 500 })}`)).items.filter((p) => p.meetingId && met.has(p.meetingId)) : [];
    return { ...base, pledges: atTheirMeetings };
  }
  const [timeline, pledges, links] = await Promise.all([timelineOf(id, { limit: 50 }), pledgesOf(id), partnerships(id)]);
  const followUps = new Map<string, FollowUpItem>();
  const keyPeople = new Map<string, Post>();
  const indicators: Indicator[] = [...base.indicators];
  for (const { summary, detail } of links.details) {
    if (!detail) continue;
    for (const f of detail.followUps?.items ?? []) followUps.set(f.followUpId, f);
    // The party's own people met in its partnerships (their side is the party), with their title now.
    for (const p of detail.keyPeople?.items ?? [])
      if (p.side === id && !keyPeople.has(p.personId)) keyPeople.set(p.personId, { personId: p.personId, name: p.name, title: p.title ?? '', at: p.side, from: null, to: null });
    for (const i of detail.indicators?.items ?? []) if (!indicators.some((x) => x.recordId === i.recordId)) indicators.push({ ...i, between: summary.counterpart });
  }
  return {
    ...base,
    engagements: timeline.items,
    engagementsTotal: timeline.total,
    pledges,
    followUps: [...followUps.values()],
    keyPeople: base.keyPeople.length ? base.keyPeople : [...keyPeople.values()],
    indicators,
    counterparts: links.counterparts,
  };
}

const blank = { posts: [], meetings: [], quotes: [], engagements: [], engagementsTotal: 0, pledges: [], followUps: [], keyPeople: [], indicators: [], counterparts: [], organisations: [] };

/** The party's own dossier: a person's posts, meetings and words; an organisation's facts and people; a country's people, bodies and words. */
async function own(kind: PartyKind, id: string): Promise<Profile | null> {
  const path = `/dossiers/${kind === 'person' ? 'people' : kind === 'organisation' ? 'organisations' : 'countries'}/${encodeURIComponent(id)}${readQuery({ limit: 500 })}`;
  const d = await api<Record<string, unknown>>(path).catch((e) => notFoundAsNull<Record<string, unknown>>(e));
  if (!d) return null;
  const text = (key: string) => (d[key] === null || d[key] === undefined ? '' : String(d[key]));
  if (kind === 'person') {
    const quotes = items<Quote>(d.statements).map((q) => ({ ...q, speakerId: id }));
    return { ...blank, kind, id, name: text('name') || id, facts: text('nationality') ? [['Nationality', text('nationality')]] : [], posts: items<Post>(d.positions), meetings: items(d.meetings), quotes };
  }
  const indicators = items<{ indicatorId: string; measures: string; figure: unknown; period: unknown }>(d.indicators).map((i) => ({ recordId: i.indicatorId, measures: i.measures, figure: i.figure, period: i.period, between: '' }));
  if (kind === 'organisation') {
    const facts: [string, string][] = [];
    for (const [label, key] of [['Acronym', 'acronym'], ['Kind', 'kind'], ['Based in', 'homeCountry'], ['Sector', 'sector']]) if (text(key)) facts.push([label, text(key)]);
    const quotes = items<Quote>(d.statements).map((q) => ({ ...q, speakerId: q.speakerId ?? id }));
    return { ...blank, kind, id: text('organisationId') || id, name: text('name') || id, facts, keyPeople: items<Post>(d.people), meetings: items(d.meetings), quotes, indicators };
  }
  return { ...blank, kind, id: text('country') || id, name: text('country') || id, facts: [], keyPeople: items<Post>(d.people), quotes: items<Quote>(d.statements), organisations: items(d.organisations), indicators };
}

/** A list inside an answer: a page (`{ items }`) or a bare array. */
function items<T>(list: unknown): T[] {
  if (Array.isArray(list)) return list as T[];
  const page = list as { items?: T[] } | null | undefined;
  return page?.items ?? [];
}
