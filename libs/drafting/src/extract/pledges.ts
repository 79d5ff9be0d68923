import type { DraftDocument, DraftPledge, PledgeLevel, Proposed, Span } from '../draft.types';
import type { PartyMention } from '../gazetteer/parties';
import { notStated, stated } from '../proposed';
import type { Sentence } from '../text/sentences';
import { inQuote, type Analysis } from './analysis';
import { findMoney, findQuantities, type MoneyMention } from './amounts';
import type { MeetingReading } from './meetings';
import { prospectPledge } from './prospects';
import { asCommitment } from '../text/base-form';

interface Cue {
  level: PledgeLevel;
  re: RegExp;
}

/** The wording decides the level: "intends" and "plans" are intent, "will" a pledge, "signed" agreement. */
const CUES: Cue[] = [
  {
    level: 'agreement',
    re: /\b(?:(?<!to be |be |been )signed|signing of|signing ceremony|agreed to|(?:concluded|reached) an? agreement|agreements? (?:were |was )?reached|arrangements? (?:were )?achieved|agreed on the (?:creation|establishment|launch))\b/i,
  },
  {
    level: 'commitment',
    re: /\b(?:commit(?:ted)? (?:themselves |itself )?to|(?:reaffirmed|confirmed|reiterated|underscored|underlined)\b[^.;]{0,60}?\bcommitment|commitment to (?:working|support|continue)|implementation of the [\w\s]{0,30}program(?:me)?)\b/i,
  },
  {
    level: 'pledge',
    re: /\b(?:will (?!(?:also |then |further )?(?:not|be|take|attend|visit|participate|join|meet|discuss|continue to discuss|make|call|hold|travel|pay|arrive|depart|leave|return|lead|head|chair|co-chair|address|deliver|speak|receive|host|witness|tour|have|give|accompany|brief|exchange|review|consider)\b)\w+|pledged?|announced|announcement of|(?:to|will) donate|offered to|allocated?)\b/i,
  },
  {
    level: 'intent',
    re: /\b(?:intends? to|intention to|plans? to|plans for|planned to|it is planned|is planned|expressed (?:its |their |his |her )?(?:interest|readiness|willingness)|(?:is|are) (?:ready|willing|prepared) to|(?:is|are) interested in|stands? ready to|readiness to|willingness to|interest in (?:quickly |further )?\w+ing|(?:being )?prepared for signing|expected to be signed|seeks? to|aims? to|would like to|considering)\b/i,
  },
];

const GROUP =
  /\b(?:the (?:two )?(?:parties|sides|leaders|ministers|participants|heads of state|presidents|prime ministers|foreign ministers|delegations)|both (?:sides|parties|leaders|countries|foreign ministers|ministers)|they|the two countries)\b/gi;
const IMPERSONAL =
  /\b(?:were|was|is|are|been) (?:signed|planned|agreed|expected|reached|achieved)|\bit is planned\b/i;

export function findPledges(
  a: Analysis,
  meetings: readonly MeetingReading[],
  documents: readonly DraftDocument[],
): DraftPledge[] {
  const money = findMoney(a.text);
  const out: DraftPledge[] = [];
  let lastSubject: PartyMention | null = null;
  a.sentences.forEach((s, index) => {
    const before = meetings.filter((m) => m.span[0] <= s.start);
    const meeting = [...before].reverse().find((m) => m.date.value) ?? before.at(-1) ?? null;
    const sides = meeting
      ? [...new Set(meeting.participants.map((p) => p.side.value).filter((v): v is string => !!v))]
      : [];
    const docs = documents.filter((d) => d.span[0] >= s.start && d.span[1] <= s.end);
    const amounts = money.filter(
      (m) => m.span[0] >= s.start && m.span[1] <= s.end && !inQuote(a, m.span[0]),
    );
    const cues = cuesIn(a, s);
    // each amount and count belongs to the nearest cue before it, or to the first cue when none is before
    const owner = (pos: number) => {
      const before = cues.filter((c) => c.at <= pos);
      return before.length ? before[before.length - 1] : cues[0];
    };
    const quantities = findQuantities(s.text, [])
      .filter(
        (q) =>
          !q.percent &&
          !amounts.some((x) => x.span[0] <= s.start + q.span[0] && s.start + q.span[0] < x.span[1]),
      )
      .map((q) => ({ ...q, span: [s.start + q.span[0], s.start + q.span[1]] as Span }));
    for (const [n, cue] of cues.entries()) {
      const own = amounts.filter((x) => owner(x.span[0]) === cue);
      // an amount announced is a pledge even when the text does not say whose
      const by =
        pledger(a, s, cue.at, sides, index, lastSubject, own.length > 0) ??
        (own.length ? notStated<string>() : null);
      if (!by) continue;
      const until = cues[n + 1]?.at ?? s.end;
      const base = {
        by,
        to: beneficiary(a, s, cue.end, by.value, until),
        level: stated(cue.level, [cue.at, cue.end] as Span),
        target_date: targetDate(a, s, cue.end, until),
      };
      if (docs.length && cue.level === 'agreement') {
        for (const d of docs) {
          for (let i = 0; i < Math.max(1, d.count); i++) {
            const pledge: DraftPledge = {
              ...base,
              what: stated(d.title.value!, d.span),
              quantity: notStated(),
              amount: notStated(),
              span: [s.start, s.end],
            };
            fromDocument.add(pledge);
            out.push(pledge);
          }
        }
        continue;
      }
      const what = whatOf(a, s, cue.end, until);
      if (own.length) {
        for (const x of own)
          out.push({
            ...base,
            what,
            quantity: notStated(),
            amount: stated(x.amount, x.span),
            span: [s.start, s.end],
          });
        continue;
      }
      const qty = quantities.find((q) => owner(q.span[0]) === cue);
      const quantity = qty
        ? stated(qty.quantity, qty.span)
        : notStated<{ value: number; unit: string }>();
      out.push({ ...base, what, quantity, amount: notStated(), span: [s.start, s.end] });
    }
    const prospect = prospectPledge(a, s, meetings);
    if (prospect && !out.some((p) => p.span[0] === s.start && p.by.value === prospect.by.value))
      out.push(prospect);
    const subject = a.parties.find((p) => p.span[0] >= s.start && p.span[1] <= s.end);
    if (subject) lastSubject = subject;
  });
  return dedupe(a, out);
}

interface CueAt {
  level: PledgeLevel;
  at: number;
  end: number;
}

/** The pledge words of a sentence, one per level, outside quotes and negations, in text order. */
function cuesIn(a: Analysis, s: Sentence): CueAt[] {
  const out: CueAt[] = [];
  for (const cue of CUES) {
    const m = cue.re.exec(s.text);
    if (!m) continue;
    const at = s.start + m.index;
    if (
      inQuote(a, at) ||
      /\bnot\b|\bnever\b/.test(s.text.slice(Math.max(0, m.index - 12), m.index))
    )
      continue;
    if (
      cue.level === 'pledge' &&
      /^will/i.test(m[0]) &&
      /\b(?:who|which|that)\s*$/i.test(s.text.slice(0, m.index))
    )
      continue;
    out.push({ level: cue.level, at, end: at + m[0].length });
  }
  return out.sort((x, y) => x.at - y.at);
}

function pledger(
  a: Analysis,
  s: Sentence,
  cueAt: number,
  sides: string[],
  index: number,
  _last: PartyMention | null,
  withMoney: boolean,
): Proposed<string> | null {
  const clause = a.text.slice(s.start, cueAt);
  const breaks = [...clause.matchAll(/;|,\s+(?:and|but|while|whereas)\s+/g)].at(-1);
  const clauseStart = s.start + (breaks ? (breaks.index ?? 0) + breaks[0].length : 0);
  if (/\bour\s+$/i.test(a.text.slice(Math.max(0, cueAt - 5), cueAt)) && a.publisher)
    return stated(a.publisher.code, [cueAt - 4, cueAt - 1], 'publisher');
  const subjectLike = (at: number) => {
    const before = a.text.slice(Math.max(clauseStart, at - 40), at);
    return (
      !/\b(?:to|of|in|with|for|from|on|by|at|about|between|against|into|over)\s+(?:the\s+)?$/i.test(
        before,
      ) ||
      /\b(?:representatives|management|head|leadership|officials|delegation|government|side)\s+of\s+(?:the\s+)?$/i.test(
        before,
      )
    );
  };
  const mentions = [
    ...a.parties
      .filter((p) => p.span[0] >= clauseStart && p.span[1] <= cueAt && !inQuote(a, p.span[0]))
      // "attracting Norwegian investment": a demonym before a noun qualifies it; "the Norwegian side" acts
      .filter(
        (p) =>
          p.matchedBy !== 'demonym' ||
          /^\s+(?:\p{Lu}|(?:side|delegation|government|authorities|party|parties|leadership|company|companies|business|businesses|president|minister|ministry|leader|diplomat|diplomats|official|officials|colleagues?|counterparts?|partners?|investors)\b)/u.test(
            a.text.slice(p.span[1], p.span[1] + 20),
          ),
      )
      .map((p) => ({ at: p.span[0], code: p.code, span: p.span })),
    ...a.mentions
      .filter(
        (m) =>
          m.sentence === index &&
          m.span[1] <= cueAt &&
          m.span[0] >= clauseStart &&
          (m.person?.side ?? m.side),
      )
      .map((m) => ({ at: m.span[0], code: (m.person?.side ?? m.side)!.code, span: m.span })),
  ]
    .filter((m) => subjectLike(m.at))
    .sort((x, y) => y.at - x.at);
  // "the National Library Board will donate …": a national body of the publisher's country
  const body =
    /\b(?:the\s+)?((?:National|State|Federal|Royal)\s+(?:\p{Lu}[\p{L}]+\s+){0,3}(?:Board|Agency|Fund|Bank|Council|Library|Corporation|Authority|Company|Institute|Foundation))\b/u.exec(
      a.text.slice(clauseStart, cueAt),
    );
  if (!mentions.length && body && a.publisher) {
    const at = clauseStart + (body.index ?? 0);
    return stated(a.publisher.code, [at, at + body[0].length], 'publisher');
  }
  const group = [...a.text.slice(clauseStart, cueAt).matchAll(GROUP)].at(-1);
  const groupAt = group ? clauseStart + (group.index ?? 0) : -1;
  // a named party nearer the cue than "the sides" speaks for itself
  const pronoun = group && /^they$/i.test(group[0]);
  if (mentions.length && (mentions[0].at > groupAt || pronoun)) return conjoined(a, mentions);
  if (group && sides.length)
    return stated(sides.join('+'), [groupAt, groupAt + group[0].length], 'context');
  if (/^(?:He|She)\b/.test(s.text)) {
    const before = a.mentions
      .filter((m) => m.span[1] <= s.start && (m.person?.side ?? m.side))
      .at(-1);
    if (before)
      return stated((before.person?.side ?? before.side)!.code, [s.start, s.start + 2], 'context');
  }
  if (IMPERSONAL.test(s.text) && sides.length)
    return stated(sides.join('+'), [s.start, cueAt], 'context');
  if (mentions.length) return stated(mentions[0].code, mentions[0].span);
  // "The Deputy Secretary reaffirmed …" in the State Department's readout: the publisher's side
  const speaker = a.mentions
    .filter(
      (m) =>
        m.sentence === index &&
        m.person &&
        m.span[0] >= clauseStart &&
        m.span[1] <= cueAt &&
        subjectLike(m.span[0]),
    )
    .at(-1);
  if (speaker && a.publisher) return stated(a.publisher.code, speaker.span, 'publisher');
  if (withMoney && a.publisher) return stated(a.publisher.code, [clauseStart, cueAt], 'publisher');
  return null;
}

/** "Kazakhstan and Russia signed": the parties joined by "and" before the pledge word pledge together. */
function conjoined(
  a: Analysis,
  mentions: { at: number; code: string; span: Span }[],
): Proposed<string> {
  const chain = [mentions[0]];
  for (const m of mentions.slice(1)) {
    const gap = a.text.slice(m.span[1], chain[chain.length - 1].span[0]);
    if (!/^\s*(?:,|and|,\s*and)\s*(?:the\s+)?$/.test(gap)) break;
    chain.push(m);
  }
  const codes = [...new Set(chain.reverse().map((m) => m.code))];
  return stated(codes.join('+'), [chain[0].span[0], chain[chain.length - 1].span[1]]);
}

function beneficiary(
  a: Analysis,
  s: Sentence,
  from: number,
  by: string | null,
  until = s.end,
): Proposed<string> {
  const mine = new Set((by ?? '').split('+'));
  const after = a.parties.filter(
    (p) => p.span[0] >= from && p.span[1] <= until && !mine.has(p.code) && p.kind === 'country',
  );
  const codes = [...new Set(after.map((p) => p.code))];
  if (!codes.length) return notStated();
  return stated(codes.join('+'), [after[0].span[0], after[after.length - 1].span[1]]);
}

function targetDate(a: Analysis, s: Sentence, from: number, until = s.end): Proposed<string> {
  const d = a.dates.find((x) => x.span[0] >= from && x.span[1] <= until && x.value && !x.vague);
  return d ? stated(d.value!, d.span, d.relative ? 'publication date' : 'text') : notStated();
}

/**
 * What is pledged: the words after the pledge word, without the "to" or "in" that ties them to it
 * ("readiness to support …", "interest in expanding …") and without a clause that only comments
 * on it (", seeing great potential for …").
 */
function whatOf(a: Analysis, s: Sentence, from: number, until = s.end): Proposed<string> {
  const rest = a.text
    .slice(from, until)
    .replace(/,?\s+(?:and|but|while)\s+(?:the\s+)?[\p{Lu}][\p{L}.]*\s*$/u, '')
    .replace(
      /,\s+(?:seeing|noting|stressing|emphasi[sz]ing|underlining|citing|given|saying)\b.*$/su,
      '',
    )
    .replace(/[.;]\s*$/, '')
    // "…, Borrell announced": the reporting clause is not what is pledged
    .replace(
      /,\s+(?:\p{Lu}[\p{L}.’'-]*\s+){1,4}(?:said|says|announced|added|noted|stressed)\s*$/u,
      '',
    )
    .trim()
    .replace(/^(?:to|in)\s+(?=\p{Ll})/u, '');
  if (!rest) return notStated();
  const start = a.text.indexOf(rest, from);
  const words = asCommitment(rest);
  const text = words.length > 200 ? `${words.slice(0, 197)}…` : words;
  return stated(text, [start, start + Math.min(rest.length, 200)]);
}

const overlaps = (x: string | null, y: string | null) =>
  !!x && !!y && x.split('+').some((c) => y.split('+').includes(c));

const fromDocument = new WeakSet<DraftPledge>();

/** One pledge per amount; and one per level, party and paragraph when the wording repeats itself. */
function dedupe(a: Analysis, pledges: DraftPledge[]): DraftPledge[] {
  const out: DraftPledge[] = [];
  const paragraph = (p: DraftPledge) =>
    a.sentences.find((s) => s.start === p.span[0])?.paragraph ?? -1;
  const sameAmount = (p: DraftPledge, q: DraftPledge) =>
    !!p.amount.value &&
    !!q.amount.value &&
    p.amount.value.value === q.amount.value.value &&
    p.amount.value.currency === q.amount.value.currency;
  const restated = (p: DraftPledge, q: DraftPledge) =>
    !p.amount.value &&
    !q.amount.value &&
    !p.quantity.value &&
    !q.quantity.value &&
    p.level.value === 'agreement' &&
    q.level.value === 'agreement' &&
    p.span[0] !== q.span[0] &&
    paragraph(p) === paragraph(q) &&
    overlaps(p.by.value, q.by.value) &&
    !fromDocument.has(p) &&
    !fromDocument.has(q);
  for (const p of pledges) if (!out.some((q) => sameAmount(p, q) || restated(p, q))) out.push(p);
  return out;
}

export const moneyIn = (text: string): MoneyMention[] => findMoney(text);
