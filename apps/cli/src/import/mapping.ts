import type { Party, PressRelease } from './press-release';

/**
 * What the API holds of each fact, one function per kind, in the shapes of the richer record
 * (docs/decisions/2026-12-02-richer-record.md). A fact the API cannot take without a value the file
 * does not state gets no body: it is left out and counted unfaithful with its reasons. A fact
 * recorded with a detail lost has a body and reasons.
 */
export type PartyRef = { kind: 'country' | 'organisation' | 'person'; id: string };
/** A person to have on record; with the title they hold at a party, when the file says where. */
export type PersonNeed = { id: string; name: string; title: string | null; at: PartyRef | null };
/** Said of a pledge after it is recorded: its status, as a progress report. */
export type Report = { note: string; reportedOn: string | null };

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
  report: Report | null;
};

export type Context = {
  id: (path: string) => string;
  personId: (name: string) => string;
  /** One party as the API names it, or why it cannot be one. */
  party: (party: string) => PartyRef | string;
  /** A topic's slug in the vocabulary, or null when it is not there. */
  topic: (words: string) => string | null;
  sourceId: string | null;
  /** The source's publication date as the API holds it (null: not stated). */
  publishedOn: string | null;
};

const CLASSIFICATION = 'public'; // a published press release
const NOT_STATED = 'not stated';
/** The file's "not stated" is the API's null: nothing invented, nothing lost. */
const orNull = (value: string): string | null => (value === NOT_STATED ? null : value);

export function sourceFact(file: PressRelease, ctx: Context): Fact {
  const { publisher, title, published, url } = file.source;
  const fields = { publisher, title: orNull(title), publishedOn: orNull(published), url };
  const body = { sourceId: ctx.id('$.source'), type: 'press-release', ...fields };
  return fact('sources', '$.source', ctx, [], body, fields);
}

const VISIT_KINDS: Record<string, string> = {
  'state visit': 'state',
  'official visit': 'official',
  'working visit': 'working',
  'private visit': 'private',
};

/**
 * A visit's `kind` is one of the API's kinds when the file words it as one; any other wording
 * ("short-term visit", "planned: …", "participation in multilateral meeting") is what the visit
 * was, in the file's words: its purpose. "not stated" is neither.
 */
export function visitFact(visit: PressRelease['visits'][number], path: string, ctx: Context): Fact {
  const fatal = sourceReasons(ctx);
  const sentBy = single('delegation_of', visit.delegation_of, ctx, fatal);
  const host = visit.host_country;
  if (host === null || !/^[A-Z]{3}$/.test(host))
    fatal.push(`host_country ${host ?? 'not stated'}: the API needs the host country's code`);
  const people: PersonNeed[] = [];
  const { name, title } = visit.head;
  const headId = name === null ? null : ctx.personId(name);
  if (name !== null && headId) people.push({ id: headId, name, title, at: sentBy ?? null });
  const kind = VISIT_KINDS[visit.kind] ?? null;
  const stated = {
    delegation: { sentBy, headId, headTitle: name === null ? title : null },
    hostCountry: host,
    kind,
    city: null,
    purpose: kind === null ? orNull(visit.kind) : null,
    startDate: visit.start,
    endDate: visit.end,
  };
  const body = { visitId: ctx.id(path), ...stated };
  const done = fact('visits', path, ctx, fatal, fatal.length ? null : body, stated);
  return {
    ...done,
    people,
    countries: countryCodes([sentBy, host ? { kind: 'country', id: host } : null]),
  };
}

const MEETING_FORMATS: Record<string, string> = {
  bilateral: 'bilateral',
  multilateral: 'multilateral',
  call: 'call',
  'video call': 'video-call',
};

export function meetingFact(m: PressRelease['meetings'][number], path: string, ctx: Context): Fact {
  const fatal = sourceReasons(ctx);
  const { city, country } = m.place;
  const format = MEETING_FORMATS[m.format];
  if (!format) fatal.push(`format "${m.format}" is not a meeting format the API has`);
  if (m.participants.length < 2) fatal.push('fewer than two participants are stated');
  const people: PersonNeed[] = [];
  const participants = m.participants.map((p, i) => {
    const side = p.side === null ? null : single(`participants[${i}].side`, p.side, ctx, fatal);
    const id = p.name === null ? null : ctx.personId(p.name);
    if (id && p.name) people.push({ id, name: p.name, title: p.title, at: side ?? null });
    return { party: id && { kind: 'person', id }, title: p.title, side: side ?? null, role: null };
  });
  const sides = participants.flatMap((p) => (p.side ? [p.side] : []));
  const members =
    format === 'multilateral'
      ? sides.filter((s, i) => sides.findIndex((o) => o.id === s.id) === i)
      : [];
  const engagementKind = engagementOf(format, country, sides);
  const reasons = [...fatal];
  // Topics the API does not know yet are added as it records the meeting: worth naming only then.
  const topics = fatal.length ? null : topicsReadBack(m.topics, ctx, reasons);
  const stated = {
    date: m.date,
    place: city === null && country === null ? null : { city, country },
    format,
    formatName: null,
    members,
    participants,
    summary: summaryOf(m),
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
  return { ...done, people, countries: countryCodes([...sides, ...members]) };
}

/**
 * A meeting's summary in the file's own words: its topics joined by `; `, or with none stated,
 * who took part as the file names them ("Antony J. Blinken (Secretary of State); Zelenskyy
 * (President)"). Nothing else is said of it.
 */
function summaryOf(m: PressRelease['meetings'][number]): string {
  if (m.topics.length) return m.topics.join('; ');
  const named = m.participants.map((p) => (p.name ? `${p.name} (${p.title})` : p.title));
  return `Met: ${named.join('; ')}`;
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
  sides: PartyRef[],
): string | null {
  if (format === 'call' || format === 'multilateral' || format === 'video-call') return format;
  if (format === undefined) return null;
  if (country === null) return 'consultation'; // CAMEO 040: neither visit nor third location told
  return sides.some((s) => s.id === country) ? 'visit' : 'third-location';
}

const LEVELS: Record<string, string> = {
  intent: 'expressed-intent',
  pledge: 'pledge',
  commitment: 'firm-commitment',
  agreement: 'signed-agreement',
};
const QUALIFIERS = [
  'about',
  'approximately',
  'some',
  'at least',
  'more than',
  'over',
  'up to',
  'less than',
  'under',
  'nearly',
  'almost',
];

/**
 * The areas a pledge is in: the file words several as a list ("environment, climate action,
 * energy"); a comma inside brackets does not part them.
 */
export const areasOf = (area: string | null): string[] =>
  area === null ? [] : area.split(/,\s+(?![^(]*\))/).map((a) => a.trim());

/** "some (approximate)" is the file's way of saying "some". */
const qualifierOf = (words: string | null) =>
  words === null ? null : words.replace(/ \(.*\)$/, '');

/** The day a pledge was made, when its status says it: "signed 2016-07-18", "presented 2019-07-07". */
const madeOn = (status: string) =>
  /^(?:signed|presented) (\d{4}-\d{2}(?:-\d{2})?)\b/.exec(status)?.[1] ?? null;

export function pledgeFact(p: PressRelease['pledges'][number], path: string, ctx: Context): Fact {
  const fatal = sourceReasons(ctx);
  const reasons: string[] = [];
  const by = parties(p.by, ctx);
  const to = parties(p.to, ctx);
  if (by.words.length)
    reasons.push(
      `by: ${by.words.map((w) => `"${w}"`).join(', ')} is no party on record, and the API has no named group of pledgers`,
    );
  const level = LEVELS[p.level];
  if (!level) fatal.push(`level "${p.level}" is not a pledge level the API has`);
  const targets: Record<string, unknown>[] = [];
  if (p.amount) {
    const qualifier = qualifierOf(p.amount.qualifier);
    if (qualifier !== null && !QUALIFIERS.includes(qualifier))
      fatal.push(`amount qualifier "${p.amount.qualifier}" is not one the API has`);
    targets.push({ amount: p.amount.value, currency: p.amount.currency, qualifier, ofTotal: null });
  }
  if (p.quantity)
    targets.push({
      quantity: p.quantity.value,
      unit: p.quantity.unit,
      qualifier: null,
      ofTotal: null,
    });
  const stated = {
    pledgers: by.refs,
    beneficiaries: to.refs,
    beneficiaryGroup: to.words.length ? to.words.join(' and ') : null,
    mutual: false,
    areas: areasOf(p.area),
    commitment: p.what,
    level,
    targets,
    targetDate: p.target_date,
    pledgedOn: madeOn(p.status),
    meetingId: null,
    documentId: null,
  };
  const { areas, ...readBack } = stated;
  const body = { pledgeId: ctx.id(path), ...stated };
  reasons.unshift(...fatal);
  const done = fact('pledges', path, ctx, reasons, fatal.length ? null : body, {
    ...readBack,
    ...(areas.length && { areas: areas.map((a) => ctx.topic(a) ?? a) }),
    progress: [{ note: p.status, reportedOn: ctx.publishedOn }],
  });
  const report = { note: p.status, reportedOn: ctx.publishedOn };
  return { ...done, report, countries: countryCodes([...by.refs, ...to.refs]) };
}

export function statementFact(
  s: PressRelease['statements'][number],
  path: string,
  ctx: Context,
): Fact {
  const fatal = sourceReasons(ctx);
  if (s.speaker === null)
    fatal.push('the speaker is unnamed: the API needs a person or an organisation');
  const id = s.speaker === null ? null : ctx.personId(s.speaker);
  const stated = {
    speaker: id && { kind: 'person', id },
    speakerTitle: s.speaker_title,
    text: s.quote,
    form: 'direct',
    saidOn: null,
    meetingId: null,
  };
  const body = { statementId: ctx.id(path), ...stated };
  const done = fact('statements', path, ctx, fatal, fatal.length ? null : body, stated);
  const people = id && s.speaker ? [{ id, name: s.speaker, title: null, at: null }] : [];
  return { ...done, people };
}

const DATE = String.raw`\d{4}(?:-\d{2}(?:-\d{2})?)?`;

/** The period an indicator's figure covers, from the file's words, as partial dates. */
export function periodOf(words: string): Record<string, string | null> | null {
  const asOf = new RegExp(`^as of (${DATE})$`).exec(words);
  if (asOf) return { asOf: asOf[1] };
  const since = new RegExp(`^since (${DATE}), as of (${DATE})$`).exec(words);
  if (since) return { from: since[1], to: since[2] };
  const months =
    /^first (one|two|three|four|five|six|seven|eight|nine|ten|eleven) months of (\d{4})$/.exec(
      words,
    );
  if (months) {
    const n =
      [
        'one',
        'two',
        'three',
        'four',
        'five',
        'six',
        'seven',
        'eight',
        'nine',
        'ten',
        'eleven',
      ].indexOf(months[1]) + 1;
    return { from: `${months[2]}-01`, to: `${months[2]}-${String(n).padStart(2, '0')}` };
  }
  const past = /^past (\d+) years to (\d{4})$/.exec(words);
  if (past) return { from: `approximately ${Number(past[2]) - Number(past[1])}`, to: past[2] };
  return null;
}

export function indicatorFact(
  i: PressRelease['indicators'][number],
  path: string,
  ctx: Context,
): Fact {
  const fatal = sourceReasons(ctx);
  const period = periodOf(i.period_or_as_of);
  if (period === null)
    fatal.push(`period "${i.period_or_as_of}" is not one the import can read as dates`);
  const figure = /^[A-Z]{3}$/.test(i.unit_or_currency)
    ? { amount: i.value, currency: i.unit_or_currency }
    : { quantity: i.value, unit: i.unit_or_currency };
  // The file names no parties for a figure: none are sent, and none may read back.
  const stated = { measures: i.what, figure, period, from: null, to: null };
  const body = { indicatorId: ctx.id(path), ...stated };
  return fact('indicators', path, ctx, fatal, fatal.length ? null : body, stated);
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
  const id = ctx.id(path);
  return { kind, path, id, reasons, body: full, stated, people: [], countries: [], report: null };
}

function sourceReasons(ctx: Context): string[] {
  return ctx.sourceId === null ? ['its source could not be recorded, and the API needs one'] : [];
}

/** One party (a side, a delegation): its reference, or undefined with the reason in `fatal`. */
function single(field: string, party: Party, ctx: Context, fatal: string[]): PartyRef | undefined {
  const ref = party.includes('+')
    ? `"${party}" is several parties: the API takes one`
    : ctx.party(party);
  if (typeof ref !== 'string') return ref;
  fatal.push(`${field}: ${ref}`);
  return undefined;
}

/** "A+B+…": the parties on record, and the words of those that are none (a group, "neighbours"). */
function parties(party: Party | null, ctx: Context): { refs: PartyRef[]; words: string[] } {
  const refs: PartyRef[] = [];
  const words: string[] = [];
  for (const part of party === null ? [] : party.split('+').map((p) => p.trim())) {
    const ref = ctx.party(part);
    if (typeof ref === 'string') words.push(part);
    else refs.push(ref);
  }
  return { refs, words };
}

function countryCodes(refs: (PartyRef | null | undefined)[]): string[] {
  return [...new Set(refs.filter((s) => s?.kind === 'country').map((s) => s!.id))];
}
