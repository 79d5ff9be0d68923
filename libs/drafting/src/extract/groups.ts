import type { DraftParticipant, Span } from '../draft.types';
import type { PartyMention } from '../gazetteer/parties';
import { notStated, stated } from '../proposed';
import type { Sentence } from '../text/sentences';
import type { Analysis } from './analysis';

/** People an organisation sends without naming them: "representatives of X", "the management of X". */
const GROUP_WORDS =
  'representatives|representative|executives|management|leadership|officials|delegation|team|board';
const GROUP_OF = new RegExp(`\\b(${GROUP_WORDS})\\s+of\\s+(?:the\\s+)?$`, 'i');
const GROUP_AFTER = new RegExp(`^[’']?s?\\s+(${GROUP_WORDS})\\b`, 'i');
/** What such a group does when it meets someone: "expressed interest", "discussed", "briefed". */
const GROUP_ACTS =
  /^(?:,[^,.;]{0,200},)?\s+(?:also\s+)?(?:expressed|discussed|noted|presented|briefed|informed|shared|outlined|proposed|said|stated|highlighted|confirmed|showed|spoke|voiced|reported|offered|reaffirmed|welcomed|thanked|invited)\b/i;

export interface GroupMention {
  party: PartyMention;
  /** "representatives"; "management of Helio Orbit Europe" when the words name more than the party. */
  title: string;
  titleSpan: Span;
  /** From the group word to the end of the party's name. */
  span: Span;
}

/** The organisation's group whose words start between `from` and `to`, if any. */
export function groupIn(a: Analysis, from: number, to: number): GroupMention | null {
  for (const p of a.parties) {
    if (p.kind !== 'organisation' || p.span[0] < from || p.span[0] >= to) continue;
    const before = GROUP_OF.exec(a.text.slice(Math.max(from, p.span[0] - 40), p.span[0]));
    if (before) {
      const at = p.span[0] - before[0].length;
      // "Helio Orbit Europe": the words name a part of the party, so they are the title
      const run = /^(?:\s+\p{Lu}[\p{L}\d-]*)+/u.exec(a.text.slice(p.span[1], p.span[1] + 60));
      const end = p.span[1] + (run ? run[0].length : 0);
      const titleSpan: Span = run ? [at, end] : [at, at + before[1].length];
      return {
        party: p,
        title: a.text.slice(titleSpan[0], titleSpan[1]),
        titleSpan,
        span: [at, end],
      };
    }
    const after = GROUP_AFTER.exec(a.text.slice(p.span[1], to));
    if (after) {
      const at = p.span[1] + after[0].length - after[1].length;
      return {
        party: p,
        title: after[1],
        titleSpan: [at, at + after[1].length],
        span: [p.span[0], at + after[1].length],
      };
    }
  }
  return null;
}

export function groupParticipant(g: GroupMention): DraftParticipant {
  return {
    name: notStated(),
    title: stated(g.title, g.titleSpan),
    organisation_or_country: stated(g.party.name, g.party.span),
    side: stated(g.party.code, g.party.span),
  };
}

/**
 * "Representatives of Nordfrakt … expressed interest in …" in a section headed "Business
 * meetings": the organisation's people, acting as the sentence's subject, met someone.
 */
export function actingGroup(a: Analysis, s: Sentence): GroupMention | null {
  const g = groupIn(a, s.start, s.end);
  if (!g) return null;
  const lead = a.text.slice(s.start, g.span[0]);
  if (/\b(?:with|to|for|by|from|and|between)\s+(?:the\s+)?$/i.test(lead)) return null;
  return GROUP_ACTS.test(a.text.slice(g.span[1], s.end)) ? g : null;
}

const HEADING_MAX_WORDS = 10;
const MEETING_WORDS = /\b(?:meetings?|met|talks|consultations|negotiations|discussions)\b/i;

/** A line of its own without a full stop, as "Business meetings". */
const isHeading = (s: Sentence, next: Sentence | undefined) =>
  !/[.!?:;,"”]$/.test(s.text) &&
  s.text.split(/\s+/).length <= HEADING_MAX_WORDS &&
  /^\p{Lu}/u.test(s.text) &&
  (!next || next.paragraph > s.paragraph);

/** Whether the section a sentence is in is headed by words about meetings. */
export function underMeetingsHeading(a: Analysis, index: number): boolean {
  for (let i = index - 1; i >= 0; i--) {
    const s = a.sentences[i];
    if (s.paragraph === a.sentences[index].paragraph) continue;
    if (i > 0 && a.sentences[i - 1].paragraph === s.paragraph) continue;
    if (isHeading(s, a.sentences[i + 1])) return MEETING_WORDS.test(s.text);
  }
  return false;
}
