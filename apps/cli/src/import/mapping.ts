import { isExactDay, type Party, type PressRelease } from './press-release';

/**
 * What the current API can hold of each fact, one function per kind. A fact the API cannot take
 * without a value the file does not state gets no body: it is left out and counted unfaithful with
 * its reasons. A fact recorded with a detail lost has a body and reasons. As the API learns to hold
 * more (partial dates, several parties, links…), these functions are where the import follows.
 */
export type PartyRef = { kind: 'country' | 'organisation' | 'person'; id: string };
export type PersonNeed = { id: string; name: string; title: string; at: PartyRef };

export type Fact = {
  kind: 'sources' | 'visits' | 'meetings' | 'pledges' | 'statements' | 'indicators';
  path: string;
  id: string;
  reasons: string[];
  body: Record<string, unknown> | null;
  /** The fields the file states, as they must read back. */
  stated: Record<string, unknown>;
  people: PersonNeed[];
  countries: string[];
};

export type Context = {
  id: (path: string) => string;
  personId: (name: string) => string;
  /** A single party as the API names it, or why it cannot be one. */
  party: (party: Party | null) => PartyRef | string;
  /** A topic's slug in the vocabulary, or null when it is not there. */
  topic: (words: string) => string | null;
  sourceId: string | null;
};

const CLASSIFICATION = 'public'; // a published press release

export function sourceFact(file: PressRelease, ctx: Context): Fact {
  const { publisher, title, published, url } = file.source;
  const reasons = isExactDay(published)
    ? []
    : [`published ${published}: the API takes only an exact day for publishedOn`];
  const stated = { publisher, title, publishedOn: published, url };
  const body = { sourceId: ctx.id('$.source'), type: 'press-release', ...stated };
  return fact('sources', '$.source', ctx, reasons, reasons.length ? null : body, stated);
}

const VISIT_KINDS: Record<string, string> = {
  'state visit': 'state',
  'official visit': 'official',
  'working visit': 'working',
  'private visit': 'private',
};

export function visitFact(visit: PressRelease['visits'][number], path: string, ctx: Context): Fact {
  const reasons = [
    ...sourceReasons(ctx),
    'the API needs a city and a purpose; the file states neither',
  ];
  if (!VISIT_KINDS[visit.kind])
    reasons.push(`kind "${visit.kind}" is not a visit kind the API has`);
  for (const [field, day] of [
    ['start', visit.start],
    ['end', visit.end],
  ] as const)
    if (!isExactDay(day))
      reasons.push(`${field} ${day ?? 'not stated'}: the API needs an exact day`);
  if (visit.head.name === null)
    reasons.push('the head of delegation is unnamed: the API needs a person');
  reasons.push(...partyReasons('delegation_of', visit.delegation_of, ctx));
  return fact('visits', path, ctx, reasons, null, {});
}

const MEETING_FORMATS: Record<string, string> = {
  bilateral: 'bilateral',
  multilateral: 'multilateral',
  call: 'call',
};

export function meetingFact(m: PressRelease['meetings'][number], path: string, ctx: Context): Fact {
  const reasons: string[] = [];
  const fatal = sourceReasons(ctx);
  if (!isExactDay(m.date)) fatal.push(`date ${m.date ?? 'not stated'}: the API needs an exact day`);
  const { city, country } = m.place;
  if ((city === null) !== (country === null))
    fatal.push(
      `place ${city ?? '(no city)'}, ${country ?? '(no country)'}: the API needs both or neither`,
    );
  const format = MEETING_FORMATS[m.format];
  if (!format) fatal.push(`format "${m.format}" is not a meeting format the API has`);
  if (m.participants.length < 2) fatal.push('fewer than two participants are stated');
  const people: PersonNeed[] = [];
  const participants = m.participants.map((p, i) => {
    const side = ctx.party(p.side);
    if (typeof side === 'string') fatal.push(`participants[${i}].side: ${side}`);
    if (p.name === null)
      fatal.push(`participants[${i}] (${p.title}) is unnamed: the API needs a person`);
    if (p.name === null || typeof side === 'string') return null;
    const id = ctx.personId(p.name);
    people.push({ id, name: p.name, title: p.title, at: side });
    return { party: { kind: 'person', id }, side, role: null };
  });
  if (m.topics.length === 0) fatal.push('no topics stated: the API needs a summary');
  const engagementKind = engagementOf(format, country, participants);
  if (engagementKind === null && format)
    fatal.push('a bilateral meeting with no place: visit or third-location cannot be told');
  reasons.push(...fatal);
  // Topics the API does not know yet are added as it records the meeting: worth naming only then.
  const topics = fatal.length ? null : topicsReadBack(m.topics, ctx, reasons);
  const stated = {
    date: m.date,
    place: city === null ? null : { city, country },
    format,
    participants,
    summary: m.topics.join('; '),
    ...(topics && { topics }),
  };
  const body = {
    meetingId: ctx.id(path),
    title: null,
    visitId: null,
    ...stated,
    topics: m.topics, // as the file words them: the API files each under its slug, adding it if new
    engagementKind,
  };
  const done = fact('meetings', path, ctx, reasons, fatal.length ? null : body, stated);
  return { ...done, people, countries: countryCodes(participants.map((p) => p?.side)) };
}

/** The slugs the file's topics read back as, or null (with the reasons) when they cannot all. */
function topicsReadBack(words: string[], ctx: Context, reasons: string[]): string[] | null {
  const slugs = words.map((t) => ctx.topic(t));
  words.forEach((t, i) => {
    if (slugs[i] === null) reasons.push(`topic "${t}" is not in the vocabulary`);
  });
  if (slugs.includes(null)) return null;
  const unique = [...new Set(slugs as string[])];
  if (unique.length < words.length) reasons.push('two of its topics are filed as one');
  return unique;
}

function engagementOf(
  format: string | undefined,
  country: string | null,
  participants: ({ side: PartyRef } | null)[],
): string | null {
  if (format === 'call' || format === 'multilateral') return format;
  if (country === null) return null;
  return participants.some((p) => p?.side.id === country) ? 'visit' : 'third-location';
}

export function pledgeFact(p: PressRelease['pledges'][number], path: string, ctx: Context): Fact {
  const reasons = [
    ...sourceReasons(ctx),
    'the API needs the day the pledge was made; the file states none',
  ];
  reasons.push(...partyReasons('by', p.by, ctx), ...partyReasons('to', p.to, ctx));
  if (p.amount?.qualifier)
    reasons.push(`amount qualifier "${p.amount.qualifier}" has no place in the API`);
  if (p.target_date !== null && !isExactDay(p.target_date))
    reasons.push(`target_date ${p.target_date}: the API needs an exact day`);
  if (p.area === null) reasons.push('no area stated: the API needs one');
  return fact('pledges', path, ctx, reasons, null, {});
}

export function statementFact(
  s: PressRelease['statements'][number],
  path: string,
  ctx: Context,
): Fact {
  const reasons = [
    ...sourceReasons(ctx),
    'the API needs the day it was said; the file states none',
  ];
  if (s.speaker === null) reasons.push('the speaker is unnamed: the API needs a person');
  return fact('statements', path, ctx, reasons, null, {});
}

export function indicatorFact(
  i: PressRelease['indicators'][number],
  path: string,
  ctx: Context,
): Fact {
  const reasons = sourceReasons(ctx);
  const asOf = /^as of (\d{4}-\d{2}-\d{2})$/.exec(i.period_or_as_of)?.[1] ?? null;
  if (!isExactDay(asOf))
    reasons.push(`period "${i.period_or_as_of}": the API takes only exact days (from/to or asOf)`);
  const figure = /^[A-Z]{3}$/.test(i.unit_or_currency)
    ? { amount: i.value, currency: i.unit_or_currency }
    : { quantity: i.value, unit: i.unit_or_currency };
  const stated = { measures: i.what, figure, period: { asOf } };
  const body = { indicatorId: ctx.id(path), ...stated, from: null, to: null };
  return fact('indicators', path, ctx, reasons, reasons.length ? null : body, stated);
}

function fact(
  kind: Fact['kind'],
  path: string,
  ctx: Context,
  reasons: string[],
  body: Record<string, unknown> | null,
  stated: Record<string, unknown>,
): Fact {
  const cited = kind === 'sources' ? {} : { sourceIds: [ctx.sourceId] };
  const full = body && { ...body, ...cited, classification: CLASSIFICATION };
  return { kind, path, id: ctx.id(path), reasons, body: full, stated, people: [], countries: [] };
}

function sourceReasons(ctx: Context): string[] {
  return ctx.sourceId === null ? ['its source could not be recorded, and the API needs one'] : [];
}

function partyReasons(field: string, party: Party | null, ctx: Context): string[] {
  const ref = ctx.party(party);
  return typeof ref === 'string' ? [`${field}: ${ref}`] : [];
}

function countryCodes(sides: (PartyRef | undefined)[]): string[] {
  return [...new Set(sides.filter((s) => s?.kind === 'country').map((s) => s!.id))];
}
