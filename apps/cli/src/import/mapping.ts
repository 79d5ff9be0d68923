import type { PressRelease } from './press-release';
import {
  countryCodes,
  fact,
  orNull,
  single,
  sourceReasons,
  type Context,
  type Fact,
  type PartyRef,
  type PersonNeed,
} from './mapping-shared';

export { pledgeFact } from './pledge-mapping';
export { indicatorFact, periodOf, statementFact } from './figure-mapping';
export type { Context, Fact, PartyRef, PersonNeed, Report } from './mapping-shared';

/**
 * What the API holds of each fact, one function per kind, in the shapes of the richer record
 * (docs/decisions/2026-12-02-richer-record.md). A fact the API cannot take without a value the file
 * does not state gets no body: it is left out and counted unfaithful with its reasons. A fact
 * recorded with a detail lost has a body and reasons.
 */

/** The source: a title or publication "not stated" is null. */
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
