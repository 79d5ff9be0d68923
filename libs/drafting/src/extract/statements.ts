import type { DraftStatement, Span } from '../draft.types';
import { notStated, stated } from '../proposed';
import type { Analysis } from './analysis';
import type { Person, PersonMention } from './people';

const SPEECH =
  '(?:said|says|added|adds|noted|notes|stressed|stresses|emphasi[sz]ed|underlined|underscored|remarked|declared|stated|told|observed|highlighted|continued|concluded|explained|affirmed|recalled|pointed out|according to)';
const AFTER = new RegExp(
  `^[\\s,]*(?:${SPEECH}\\s+([^;:“"]{2,160}?)(?=\\.(?:\\s|$)|$|[“"])|([^.;:“"]{2,160}?)\\s+${SPEECH})\\b`,
  'i',
);
const BEFORE = new RegExp(`([^.;“"”]{2,200}?)\\s+${SPEECH}(?:\\s+that)?\\s*[:,]?\\s*$`, 'i');
const MIN_WORDS = 4;

/**
 * Direct quotes only: words between quotation marks, with the speaker the sentence names around
 * them. Reported speech ("He expressed readiness to …") has no marks and is never a quote.
 */
export function findStatements(a: Analysis): DraftStatement[] {
  const out: DraftStatement[] = [];
  let previous: { speaker: Person | null; end: number } | null = null;
  for (const q of a.quotes) {
    const words = a.text.slice(q.inner[0], q.inner[1]).trim().split(/\s+/).length;
    if (words < MIN_WORDS) continue;
    let speaker = attributed(a, q.outer[1], 'after') ?? attributed(a, q.outer[0], 'before');
    if (!speaker && previous && !/\n\s*\n/.test(a.text.slice(previous.end, q.outer[0])))
      speaker = previous.speaker;
    const [from, to] = trimmed(a.text, q.inner);
    const quote = a.text.slice(from, to) + (q.truncated ? ' [truncated]' : '');
    out.push({
      speaker: speaker ? stated(speaker.name, speaker.nameSpan) : notStated(),
      speaker_title: speaker?.title ? stated(speaker.title, speaker.titleSpan) : notStated(),
      quote: stated(quote, [from, to]),
      truncated: q.truncated,
    });
    previous = { speaker, end: q.outer[1] };
  }
  return out;
}

/**
 * The quoted words without the comma, colon or semicolon that hands them to "said X": that mark is
 * the reporter's, not the speaker's. A full stop, "?" or "!" is the speaker's and stays.
 */
function trimmed(text: string, [from, to]: Span): [number, number] {
  while (from < to && /\s/.test(text[from])) from++;
  while (to > from && /[\s,;:]/.test(text[to - 1])) to--;
  return [from, to];
}

function attributed(a: Analysis, at: number, side: 'after' | 'before'): Person | null {
  if (side === 'after') {
    const tail = a.text.slice(at, at + 200).split('\n')[0];
    const m = AFTER.exec(tail);
    if (!m) return null;
    const phrase = m[1] ?? m[2];
    const start = at + tail.indexOf(phrase);
    return speakerIn(a, [start, start + phrase.length]);
  }
  const lineStart = a.text.lastIndexOf('\n', at - 1) + 1;
  const head = a.text.slice(Math.max(lineStart, at - 240), at);
  const m = BEFORE.exec(head);
  if (!m) return null;
  const start = at - head.length + (m.index ?? 0);
  return speakerIn(a, [start, start + m[1].length]);
}

function speakerIn(a: Analysis, span: Span): Person | null {
  const inPhrase = (m: PersonMention) => m.span[0] >= span[0] && m.span[1] <= span[1];
  const named = a.mentions.filter((m) => m.person && inPhrase(m));
  if (named.length) return named[named.length - 1].person;
  const titled = a.mentions.find((m) => !m.person && m.title && inPhrase(m));
  if (titled) return a.people.resolveTitle(titled.title!, titled.side);
  const phrase = a.text.slice(span[0], span[1]).trim();
  if (/^(?:he|she)$/i.test(phrase)) {
    const before = a.mentions.filter((m) => m.person && m.span[1] <= span[0]);
    return before.at(-1)?.person ?? null;
  }
  // "the President of Kazakhstan": a title the mention scanner took for a sentence's subject
  const title = /^(?:the )?(.+)$/i.exec(phrase)?.[1] ?? phrase;
  const side = a.parties.find((p) => p.span[0] >= span[0] && p.span[1] <= span[1]) ?? null;
  return a.people.resolveTitle(title, side);
}
