import type { Gazetteer, SourceMeta, Span } from '../draft.types';
import {
  countryName,
  partyMatcher,
  type PartyMatcher,
  type PartyMention,
} from '../gazetteer/parties';
import { publisherParty } from '../source-meta';
import { findQuotes, splitSentences, type QuoteRegion, type Sentence } from '../text/sentences';
import { findDates, parsePublished, type DateMention, type Published } from './dates';
import { PeopleFinder, type PersonMention } from './people';

/** Everything the extractors share: the text cut into sentences, and the names, dates and quotes found in it. */
export interface Analysis {
  text: string;
  sentences: Sentence[];
  parties: PartyMention[];
  people: PeopleFinder;
  mentions: PersonMention[];
  dates: DateMention[];
  quotes: QuoteRegion[];
  published: Published | null;
  publisher: PartyMention | null;
}

export function analyse(text: string, meta: SourceMeta, gazetteer: Gazetteer): Analysis {
  const sentences = splitSentences(text);
  const matcher = partyMatcher(gazetteer);
  const parties = matcher.find(text);
  const people = new PeopleFinder({ text, parties });
  sentences.forEach((s, i) => people.scan(s, i));
  matchDirectory(people, gazetteer, matcher);
  const published = parsePublished(meta.published);
  const sentenceAt = (pos: number) =>
    sentences.find((s) => s.start <= pos && pos < s.end)?.text ?? '';
  return {
    text,
    sentences,
    parties,
    people,
    mentions: people.mentions,
    dates: findDates(text, published, sentenceAt),
    quotes: findQuotes(text),
    published,
    publisher: publisherParty(meta, matcher),
  };
}

const nameKey = (n: string) => n.toLowerCase().replace(/[’']/g, "'").replace(/\s+/g, ' ').trim();
const titleWords = (t: string) =>
  new Set(
    t
      .toLowerCase()
      .split(/[^\p{L}]+/u)
      .filter((w) => w.length > 3),
  );

/**
 * People the directory knows, where the name and the role agree: "known", and their side taken
 * from the directory when the text gives none (the span stays the name's: that is what matched).
 */
function matchDirectory(people: PeopleFinder, gazetteer: Gazetteer, matcher: PartyMatcher): void {
  for (const person of people.people) {
    const entry = gazetteer.people?.find((e) => {
      if (nameKey(e.name) !== nameKey(person.name)) return false;
      if (!e.title || !person.title) return true;
      const known = titleWords(e.title);
      return [...titleWords(person.title)].some((w) => known.has(w));
    });
    if (!entry) continue;
    person.known = true;
    if (!person.side && entry.side) {
      const party = matcher.find(entry.side)[0] ?? matcher.find(countryNameOf(entry.side))[0];
      if (party) person.side = { ...party, span: person.nameSpan };
    }
  }
}

const countryNameOf = (code: string) => countryName(code);

export const within = (span: Span, s: { start: number; end: number }) =>
  span[0] >= s.start && span[1] <= s.end;

export const inQuote = (a: Analysis, pos: number) =>
  a.quotes.some((q) => pos >= q.outer[0] && pos < q.outer[1]);

export const sentenceIndexAt = (a: Analysis, pos: number) =>
  a.sentences.findIndex((s) => s.start <= pos && pos < s.end);
