import type { DraftMeeting, DraftParticipant, MeetingFormat, Proposed, Span } from '../draft.types';
import { capitalCountry, countryName, type PartyMention } from '../gazetteer/parties';
import { notStated, stated } from '../proposed';
import type { Sentence } from '../text/sentences';
import { inQuote, type Analysis } from './analysis';
import type { DateMention } from './dates';
import { participant, participantKey, partyParticipant, sideOf } from './participants';
import type { PersonMention } from './people';
import { actingGroup, groupIn, groupParticipant, underMeetingsHeading } from './groups';
import type { VisitReading } from './visits';

interface Trigger {
  start: number;
  end: number;
  kind: 'meet' | 'call' | 'video' | 'session' | 'plural';
}

const TRIGGERS: { re: RegExp; kind: Trigger['kind'] }[] = [
  {
    re: /\b(?:(?:tele)?phone (?:call|conversation|talks?)|telephone conversation|spoke (?:by|on the) (?:tele)?phone|spoke (?:to|with)|speaks (?:to|with)|call with|by (?:tele)?phone|over the (?:tele)?phone)\b/gi,
    kind: 'call',
  },
  {
    re: /\b(?:video ?conference|videoconference|video link|video call|met virtually|virtual (?:meeting|talks)|online (?:meeting|talks))\b/gi,
    kind: 'video',
  },
  { re: /\bheld (?:separate )?(?:bilateral )?meetings with\b/gi, kind: 'plural' },
  // "The bilateral meeting of foreign ministers … A and B has started": the people come after the noun
  {
    re: /\b(?:bilateral )?(?:meeting|talks|negotiations|consultations)(?= (?:between |of (?!the \p{Lu}))[^.;]{0,160}? (?:was held|were held|took place|has started|have started|started|began|has begun|has opened)\b)/giu,
    kind: 'meet',
  },
  // "An informal meeting of the Council of Foreign Ministers of the OTS was held"
  {
    re: /\b(?:meeting|session|summit|conference) of the \p{Lu}[^.;]{0,140}? (?:was|were) held\b/gu,
    kind: 'session',
  },
  // "welcomed the Foreign Minister of Ghana, Shirley Botchwey, to Dublin": a welcome with a person in it
  {
    re: /\b(?:welcomed|welcomes|greeted)(?= (?:the |his |her |visiting )?(?:\p{Lu}[\p{L}'’.-]* ){1,8})/gu,
    kind: 'meet',
  },
  {
    re: /\b(?:met|meets|meet with|meeting with|held (?:a |an )?(?:[a-z-]+ )?(?:meeting|talks|consultations|negotiations)|holds? (?:a |an )?(?:[a-z-]+ )?(?:meeting|talks|consultations)|had (?:a |an )?(?:[a-z-]+ )?(?:meeting|talks|consultations|negotiations)|called on|calls on|received|receives|hosted|hosts|discussions? with|talks with|conversation with|negotiations with)\b/gi,
    kind: 'meet',
  },
  {
    re: /\b(?:at|during|attend(?:ed|s|ing)?|(?:has |have )?participated in|took part in|takes part in|to take part in|(?:has |have )?attended) (?:the|an?) ((?:[\p{L}\d’'+.\-]+ ){0,8}?)(?:meeting|ministerial|summit|council|conference|session|forum)\b(?=( of the \p{Lu})?)/giu,
    kind: 'session',
  },
];

const ANAPHORIC =
  /^(?:during|at|in|after|following|on the sidelines of) (?:the|their|this|that) (?:meeting|talks|conversation|call|negotiations|discussions?)\b/i;
/** "The meeting was chaired by …", "The delegation of Kazakhstan was headed by …": more people for the meeting just drafted. */
const CONTINUATION =
  /^(?:The|This) (?:\p{Lu}[\p{L}-]* )?(?:meeting|talks|session|summit|conference|event|ministerial|council|consultations|delegation(?: of [\p{L} ]+?)?) (?:was|were) (?:chaired|co-chaired|attended|hosted|opened|moderated|headed|led)\b/u;
const SESSION_NAMED =
  /\p{Lu}|\d|\b(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|annual|regular|extraordinary|informal)\b/u;
const FUTURE =
  /\b(?:look(?:ed|s|ing)? forward to|will|shall|upcoming|to be held|scheduled|plans? to|expected to|is to|are to|invited)\b/i;
const VIRTUAL = /\b(?:virtual(?:ly)?|video|online|(?:tele)?phone|spoke)\b/i;

function triggers(a: Analysis, s: Sentence): Trigger[] {
  const found: Trigger[] = [];
  for (const { re, kind } of TRIGGERS) {
    re.lastIndex = 0;
    for (const m of s.text.matchAll(re)) {
      const start = s.start + (m.index ?? 0);
      if (inQuote(a, start)) continue;
      if (kind === 'session' && m[1] !== undefined && !SESSION_NAMED.test(m[1]) && !m[2]) continue;
      if (found.some((f) => f.start < start + m[0].length && start < f.end)) continue;
      found.push({ start, end: start + m[0].length, kind });
    }
  }
  return found.sort((x, y) => x.start - y.start);
}

export interface MeetingReading extends DraftMeeting {
  persons: Set<number>;
  paragraph: number;
  sentence: number;
}

function formatOf(kinds: Set<Trigger['kind']>, sides: number): MeetingFormat {
  if (kinds.has('session') || sides >= 3) return 'multilateral';
  if (kinds.has('video')) return 'video call';
  if (kinds.has('call')) return 'call';
  return 'bilateral';
}

function placeIn(a: Analysis, s: Sentence): DraftMeeting['place'] {
  const re =
    /\b(?:[Ii]n|[Aa]t) ((?:\p{Lu}[\p{L}\-]+)(?: \p{Lu}[\p{L}\-]+)?)(?:,\s*(?:the )?((?:\p{Lu}[\p{L}]+)(?: \p{Lu}[\p{L}]+)*))?/gu;
  for (const m of s.text.matchAll(re)) {
    const at = s.start + (m.index ?? 0) + m[0].indexOf(m[1]);
    const span: Span = [at, at + m[1].length];
    const party = a.parties.find((p) => p.span[0] === at && p.kind === 'country');
    if (party) return { city: notStated(), country: stated(party.code, party.span) };
    const home = capitalCountry(m[1]);
    const after = m[2]
      ? a.parties.find(
          (p) => p.kind === 'country' && p.span[0] >= span[1] && p.span[0] <= span[1] + 3,
        )
      : null;
    if (home || after) {
      const country = after ? stated(after.code, after.span) : stated(home!, span, 'context');
      return { city: stated(m[1], span), country };
    }
  }
  return { city: notStated(), country: notStated() };
}

function dateFor(
  a: Analysis,
  s: Sentence,
  trigger: Trigger,
  earlier: DateMention | null,
): { date: Proposed<string>; own: DateMention | null } {
  const here = a.dates.filter(
    (d) => d.span[0] >= s.start && d.span[1] <= s.end && !inQuote(a, d.span[0]),
  );
  const near = here.sort(
    (x, y) => Math.abs(x.span[0] - trigger.start) - Math.abs(y.span[0] - trigger.start),
  )[0];
  if (near)
    return {
      date:
        near.value && !near.vague
          ? stated(near.value, near.span, near.relative ? 'publication date' : 'text')
          : notStated(near.span),
      own: near,
    };
  if (earlier && earlier.value)
    return { date: stated(earlier.value, earlier.span, 'context'), own: null };
  return { date: notStated(), own: null };
}

/** Meetings, calls and sessions: one per meeting word, with the people on either side of it. */
export function findMeetings(a: Analysis, visits: VisitReading[]): MeetingReading[] {
  const meetings: MeetingReading[] = [];
  let lastSubject: PersonMention | null = null;
  let paragraphDate: { paragraph: number; date: DateMention } | null = null;
  a.sentences.forEach((s, index) => {
    const mentions = a.mentions.filter((m) => m.sentence === index && !inQuote(a, m.span[0]));
    const found = triggers(a, s);
    const firstNamed = mentions.find((m) => m.person);
    const pronoun = /^(?:He|She)\b/.test(s.text) ? lastSubject : null;
    const last = meetings.at(-1);

    const continuation = last && CONTINUATION.test(s.text);
    if (continuation) {
      joinAll(a, last, mentions, s);
      rememberDate(index, s);
      return;
    }
    const anaphoric =
      !!last &&
      found.length > 0 &&
      ANAPHORIC.test(s.text) &&
      !found.some((t) => t.kind === 'session') &&
      !(last && newCounterpart(a, s, found[0], mentions, last));
    if (!found.length && lastSubject?.person && underMeetingsHeading(a, index)) {
      const met = groupMeeting(a, s, index, lastSubject, last, visits);
      if (met) {
        meetings.push(met);
        rememberDate(index, s);
        return;
      }
    }
    if (!found.length || anaphoric) {
      if (ANAPHORIC.test(s.text) && last)
        join(
          a,
          last,
          mentions.filter((m) => m.person),
        );
      if (firstNamed) lastSubject = firstNamed;
      rememberDate(index, s);
      return;
    }
    // "The discussion took place via video conference."
    if (!mentions.length && last && last.paragraph === s.paragraph) {
      if (found.some((t) => t.kind === 'video'))
        last.format = stated('video call', [found[0].start, found[0].end]);
      if (found.some((t) => t.kind === 'call'))
        last.format = stated('call', [found[0].start, found[0].end]);
      rememberDate(index, s);
      return;
    }
    if (FUTURE.test(s.text)) {
      rememberDate(index, s);
      return;
    }
    const earlier =
      paragraphDate && paragraphDate.paragraph === s.paragraph ? paragraphDate.date : null;
    const kinds = new Set(found.map((t) => t.kind));
    const primary = found.find((t) => t.kind !== 'video' && t.kind !== 'call') ?? found[0];
    let subjects = mentions.filter((m) => m.span[1] <= found[0].start);
    if (!subjects.length && pronoun) subjects = [pronoun];
    const groups: PersonMention[][] = [];
    // several meeting words make several meetings ("called on X and met Y"); a session word only names one
    const meetWords = found.filter((t) => t.kind === 'meet' || t.kind === 'plural');
    const cuts = meetWords.length > 1 ? meetWords : [primary];
    cuts.forEach((t, i) => {
      const end = cuts[i + 1]?.start ?? s.end;
      const objects = mentions.filter((m) => m.span[0] >= t.end && m.span[1] <= end);
      if (t.kind === 'plural') objects.forEach((o) => groups.push([o]));
      else groups.push(objects);
    });
    const nations = subjects.length ? [] : countrySubjects(a, s, found[0]);
    if (
      !subjects.length &&
      !nations.length &&
      groups.flat().filter((m) => m.person).length < 2 &&
      lastSubject &&
      kinds.has('meet')
    )
      subjects = [lastSubject];
    const { date, own } = dateFor(a, s, primary, earlier);
    for (const objects of groups) {
      // "the two leaders", "both ministers": the people of the meeting just drafted
      const group = last ? [...subjects, ...objects].find((m) => isGroup(a, m, s)) : undefined;
      const everyone = [...subjects, ...objects].filter((m) => m !== group);
      const participants = participantsOf(
        a,
        s,
        subjects.filter((m) => m !== group),
        objects.filter((m) => m !== group),
        groups.flat(),
      );
      if (group && last) {
        participants.unshift(...last.participants);
        last.persons.forEach((id) =>
          everyone.push(...a.mentions.filter((m) => m.person?.id === id).slice(0, 1)),
        );
      }
      const orgs = objects.length ? [] : orgParticipants(a, s, primary);
      // "Kazakhstan and Norway held political consultations": the countries themselves, when no one is named
      if (!subjects.length && !objects.length) orgs.push(...nations);
      const all = dedupe([...participants, ...orgs]);
      if (kinds.has('session')) {
        const host = sessionBody(a, s, primary);
        if (host && !all.some((p) => p.side.value === host.code))
          all.push(partyParticipant(host, host.name));
      }
      if (all.length < 2 && !(kinds.has('session') && all.length === 1)) continue;
      const sides = new Set(all.map((p) => p.side.value ?? `?${p.title.value}`));
      const virtual = VIRTUAL.test(s.text);
      const reading: MeetingReading = {
        date,
        place: virtual ? { city: notStated(), country: notStated() } : placeIn(a, s),
        format: stated(formatOf(kinds, sides.size), [primary.start, primary.end]),
        participants: all,
        topics: [],
        span: [s.start, s.end],
        persons: new Set(everyone.flatMap((m) => (m.person ? [m.person.id] : []))),
        paragraph: s.paragraph,
        sentence: index,
      };
      if (!reading.date.stated && !own) inheritVisitDate(reading, visits);
      if (!virtual) placeFromVisit(reading, visits);
      mergeOrAdd(meetings, reading);
    }
    if (firstNamed) lastSubject = subjects.find((m) => m.person) ?? firstNamed;
    rememberDate(index, s);
  });
  return meetings;

  function rememberDate(_index: number, s: Sentence) {
    const here = a.dates.filter(
      (d) =>
        d.span[0] >= s.start && d.span[1] <= s.end && d.value && !d.vague && !inQuote(a, d.span[0]),
    );
    const past = !/\b(?:will|scheduled|upcoming|to be held)\b/i.test(s.text);
    if (here.length && past && here[0].value!.length === 10 && !here[0].end)
      paragraphDate = { paragraph: s.paragraph, date: here[0] };
  }
}

function participantsOf(
  a: Analysis,
  s: Sentence,
  subjects: PersonMention[],
  objects: PersonMention[],
  all: PersonMention[],
): DraftParticipant[] {
  const out: DraftParticipant[] = [];
  const visitHost = /\bvisit to (?:the )?/i.exec(s.text);
  const host = visitHost
    ? (a.parties.find(
        (p) =>
          p.kind === 'country' && p.span[0] === s.start + visitHost.index + visitHost[0].length,
      ) ?? null)
    : null;
  // "with Luxembourg’s Prime Minister Luc Frieden, Deputy Prime Minister … Xavier Bettel": a list shares its country
  const context = new Map<PersonMention, PartyMention | null>();
  let previous: PartyMention | null = null;
  for (const m of all) {
    const gap: string = previous
      ? a.text.slice(all[all.indexOf(m) - 1].span[1], m.titleSpan?.[0] ?? m.span[0])
      : '';
    context.set(m, host ?? (/^\s*,\s*$/.test(gap) ? previous : null));
    previous = m.person?.side ?? m.side ?? (/^\s*,\s*$/.test(gap) ? previous : null);
  }
  for (const m of subjects) out.push(...expand(a, s, m, null));
  for (const m of objects) {
    if (m.plural && !m.person) out.push(...expand(a, s, m, null));
    else out.push(participant(m, sideOf(a, m, context.get(m) ?? null)));
  }
  return out;
}

/** "the foreign ministers from Kazakhstan, the Kyrgyz Republic, …": one unnamed minister per country. */
const isGroup = (a: Analysis, m: PersonMention, s: Sentence) =>
  m.plural &&
  !m.person &&
  !/^\s+(?:from|of) /.test(a.text.slice(m.span[1], s.end)) &&
  /^(?:the|both|two|the two)\b/i.test(
    a.text
      .slice(Math.max(s.start, m.span[0] - 9), m.span[0])
      .trim()
      .split(/\s+/)
      .slice(-2)
      .join(' ') || 'x',
  );

function expand(
  a: Analysis,
  s: Sentence,
  m: PersonMention,
  context: PartyMention | null,
): DraftParticipant[] {
  if (m.person || !m.plural) {
    const resolved = !m.person && m.title ? a.people.resolveTitle(m.title, m.side) : null;
    if (resolved)
      return [participant({ ...m, person: resolved }, sideOf(a, { ...m, person: resolved }))];
    return [participant(m, sideOf(a, m, context))];
  }
  const tail = a.text.slice(m.span[1], s.end);
  // "from Kazakhstan, the Kyrgyz Republic …", "of the OTS member states - Azerbaijan, Kazakhstan …"
  const list = /^(?:\s+(?:from|of)\s|\s+member (?:states|countries)\s*[-–:]\s*|\s*[-–:]\s*)/.exec(
    tail,
  );
  if (!list) return [participant(m, m.side ? sideOf(a, m) : null)];
  const countries: PartyMention[] = [];
  let pos = m.span[1] + list[0].length;
  for (const p of a.parties.filter((p) => p.span[0] >= pos && p.kind === 'country')) {
    const gap = a.text.slice(pos, p.span[0]);
    if (!/^(?:[\s,\-–:]|and|the|Republic|of|member|states|countries|\p{Lu}{2,})*$/u.test(gap))
      break;
    if (!countries.some((c) => c.code === p.code)) countries.push(p);
    pos = p.span[1];
  }
  const singular = (m.title ?? '')
    .replace(
      /\b(minister|secretarie|president|leader|representative|head|member|ambassador|counterpart|delegate)s\b/i,
      (_w, one: string) => (one.toLowerCase() === 'secretarie' ? 'secretary' : one),
    )
    .replace(/\bchairmen\b/i, 'chairman')
    .replace(/^\w/, (c) => c.toUpperCase());
  return countries.map((c) => ({
    name: notStated(),
    title: stated(singular, m.span),
    organisation_or_country: stated(countryName(c.code), c.span),
    side: stated(c.code, c.span),
  }));
}

function countrySubjects(a: Analysis, s: Sentence, t: Trigger): DraftParticipant[] {
  const before = a.parties.filter(
    (p) =>
      p.kind === 'country' &&
      p.matchedBy !== 'demonym' &&
      p.span[0] >= s.start &&
      p.span[1] <= t.start,
  );
  const joined = before.every(
    (p, i) =>
      i === 0 ||
      /^\s*(?:,|and|,\s*and)\s*(?:the\s+)?$/.test(a.text.slice(before[i - 1].span[1], p.span[0])),
  );
  if (
    before.length < 2 ||
    !joined ||
    !/^\s*$/.test(
      a.text
        .slice(before[before.length - 1].span[1], t.start)
        .replace(/\b(?:also|have|has|jointly)\b/g, ''),
    )
  )
    return [];
  const seen = new Set<string>();
  return before
    .filter((p) => !seen.has(p.code) && seen.add(p.code))
    .map((p) => partyParticipant(p));
}

function orgParticipants(a: Analysis, s: Sentence, t: Trigger): DraftParticipant[] {
  if (t.kind === 'session') return [];
  const first = a.parties.find(
    (p) =>
      p.kind === 'organisation' &&
      p.span[0] >= t.end &&
      p.span[0] <= t.end + 50 &&
      p.span[1] <= s.end,
  );
  if (!first) return [];
  // "talks with the management of Helio Orbit Europe": its people, titled as the text words them
  const group = groupIn(a, t.end, first.span[1]);
  return [group?.party === first ? groupParticipant(group) : partyParticipant(first)];
}

/** The body a session belongs to: "the 21st meeting of the European Union-Kazakhstan Cooperation Council". */
function sessionBody(a: Analysis, s: Sentence, t: Trigger): PartyMention | null {
  const phrase = a.text.slice(t.start, Math.min(s.end, t.end + 80));
  const of = /^[^,.;]*?\bof the /.exec(phrase);
  const from = t.start + (of ? of[0].length : 0);
  return (
    a.parties.find(
      (p) =>
        p.kind === 'organisation' &&
        p.span[0] >= t.start &&
        p.span[0] <= Math.max(t.end, from + 80) &&
        p.span[1] <= s.end,
    ) ?? null
  );
}

function dedupe(list: DraftParticipant[]): DraftParticipant[] {
  const seen = new Set<string>();
  return list.filter((p) => {
    const key = p.name.value
      ? `n:${p.name.value}`
      : p.side.value
        ? `s:${p.side.value}`
        : participantKey(p);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/** "During the talks with the management of SES Broadband": talks with someone the last meeting did not have. */
function newCounterpart(
  a: Analysis,
  s: Sentence,
  t: Trigger,
  mentions: PersonMention[],
  last: MeetingReading,
): boolean {
  const named = mentions.filter((m) => m.person && m.span[0] >= t.end);
  if (named.some((m) => !last.persons.has(m.person!.id))) return true;
  const sides = new Set(last.participants.map((p) => p.side.value));
  return orgParticipants(a, s, t).some((p) => !sides.has(p.side.value));
}

function joinAll(
  a: Analysis,
  meeting: MeetingReading,
  mentions: PersonMention[],
  s: Sentence,
): void {
  join(
    a,
    meeting,
    mentions.filter((m) => m.person),
  );
  const keys = new Set(meeting.participants.map(participantKey));
  for (const m of mentions.filter((x) => !x.person && x.plural)) {
    for (const p of expand(a, s, m, null)) {
      if (!p.side.value || meeting.participants.some((q) => q.side.value === p.side.value))
        continue;
      if (!keys.has(participantKey(p))) meeting.participants.push(p);
    }
  }
}

function join(a: Analysis, meeting: MeetingReading, mentions: PersonMention[]): void {
  for (const m of mentions) {
    if (!m.person || meeting.persons.has(m.person.id)) continue;
    meeting.persons.add(m.person.id);
    meeting.participants.push(participant(m, sideOf(a, m, delegationOf(a, m))));
  }
  // a country stood in for its people until they were named
  const named = new Set(meeting.participants.filter((p) => p.name.value).map((p) => p.side.value));
  meeting.participants = meeting.participants.filter(
    (p) => p.name.value || p.title.value || !named.has(p.side.value),
  );
}

/** "and the Norwegian delegation by State Secretary Eivind Berg": the delegation's country. */
function delegationOf(a: Analysis, m: PersonMention): PartyMention | null {
  const start = m.titleSpan?.[0] ?? m.span[0];
  const before = a.text.slice(Math.max(0, start - 60), start);
  const d = /\bthe (\p{Lu}[\p{L}-]*) (?:delegation|side)\b[^.;]*$/u.exec(before);
  if (!d) return null;
  const at = start - before.length + (d.index ?? 0) + 4;
  return a.parties.find((p) => p.span[0] === at && p.kind === 'country') ?? null;
}

/**
 * "Representatives of X … expressed interest" under a meetings heading: X's people met the person
 * the section is about, on the day the text or the visit gives.
 */
function groupMeeting(
  a: Analysis,
  s: Sentence,
  index: number,
  subject: PersonMention,
  last: MeetingReading | undefined,
  visits: VisitReading[],
): MeetingReading | null {
  const group = actingGroup(a, s);
  if (!group) return null;
  // "Representatives of X noted …" after the talks with X: the same talks
  if (last?.participants.some((p) => p.side.value === group.party.code)) return null;
  const trigger: Trigger = { start: group.span[0], end: group.span[1], kind: 'meet' };
  const reading: MeetingReading = {
    date: dateFor(a, s, trigger, null).date,
    place: placeIn(a, s),
    format: stated('bilateral', group.span),
    participants: [participant(subject, sideOf(a, subject)), groupParticipant(group)],
    topics: [],
    span: [s.start, s.end],
    persons: new Set([subject.person!.id]),
    paragraph: s.paragraph,
    sentence: index,
  };
  if (!reading.date.stated) inheritVisitDate(reading, visits);
  placeFromVisit(reading, visits);
  return reading;
}

/**
 * A meeting of a visit's head within the visit's days is in the host country ("in Chile" in
 * "to discuss expanding its routes in Chile" names no place of the meeting): the host, from
 * the visit, unless the text puts the meeting in that country itself. The city stays as the text
 * gives it, or not stated: a country is not a city.
 */
function placeFromVisit(reading: MeetingReading, visits: VisitReading[]): void {
  const day = reading.date.value;
  const visit = visits.find(
    (v) =>
      v.headId !== null &&
      reading.persons.has(v.headId) &&
      v.host_country.value &&
      day &&
      v.start.value &&
      v.end.value &&
      day.length === 10 &&
      v.start.value.slice(0, day.length) <= day &&
      day <= `${v.end.value}~`,
  );
  if (!visit) return;
  const said = reading.place.country.value;
  // a country the text gives stands, unless it is the visitor's own: no meeting of a visit abroad is at home
  if (said && said !== visit.delegation_of.value) return;
  reading.place = {
    city: notStated(),
    country: stated(visit.host_country.value!, visit.host_country.span, 'visit'),
  };
}

function inheritVisitDate(reading: MeetingReading, visits: VisitReading[]): void {
  const visit = visits.find(
    (v) =>
      v.headId !== null &&
      reading.persons.has(v.headId) &&
      v.start.value &&
      v.start.value === v.end.value,
  );
  if (visit) reading.date = stated(visit.start.value!, visit.start.span, 'visit');
}

function mergeOrAdd(meetings: MeetingReading[], reading: MeetingReading): void {
  const same = meetings.find((m) => {
    const dates =
      m.date.value === reading.date.value ||
      (m.date.value === null) !== (reading.date.value === null);
    if (!dates || m.persons.size === 0 || reading.persons.size === 0) return false;
    if (m.date.value !== reading.date.value && m.persons.size !== reading.persons.size)
      return false;
    const [small, big] =
      m.persons.size <= reading.persons.size
        ? [m.persons, reading.persons]
        : [reading.persons, m.persons];
    return [...small].every((id) => big.has(id)) && small.size > 1;
  });
  if (!same) {
    meetings.push(reading);
    return;
  }
  // a headline's undated meeting and the dated one of the text are one
  if (!same.date.value && reading.date.value) same.date = reading.date;
  const keys = new Set(same.participants.map(participantKey));
  for (const p of reading.participants)
    if (
      !keys.has(participantKey(p)) &&
      !same.participants.some((q) => q.name.value && q.name.value === p.name.value)
    )
      same.participants.push(p);
  reading.persons.forEach((id) => same.persons.add(id));
}
