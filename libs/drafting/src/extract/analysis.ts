import type { Gazetteer, SourceMeta, Span } from '../draft.types';
import { partyMatcher, type PartyMention } from '../gazetteer/parties';
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

export const within = (span: Span, s: { start: number; end: number }) =>
  span[0] >= s.start && span[1] <= s.end;

export const inQuote = (a: Analysis, pos: number) =>
  a.quotes.some((q) => pos >= q.outer[0] && pos < q.outer[1]);

export const sentenceIndexAt = (a: Analysis, pos: number) =>
  a.sentences.findIndex((s) => s.start <= pos && pos < s.end);
