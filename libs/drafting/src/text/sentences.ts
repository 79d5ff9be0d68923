import type { Span } from '../draft.types';

export interface Sentence {
  start: number;
  end: number;
  text: string;
  paragraph: number;
}

const ABBREVIATIONS =
  /(?:\b(?:Mr|Mrs|Ms|Dr|Prof|St|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|No|Gen|Col|Lt|Sen|Rep|Gov|H\.E|U\.S|U\.K|U\.N|E\.U|vs|etc|approx|[A-Z]))\.$/;

/** Splits text into sentences, each with its offsets and paragraph number; never loses a character. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let paragraph = 0;
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed) {
      const s = start + lead;
      sentences.push({ start: s, end: s + trimmed.length, text: trimmed, paragraph });
    }
    start = end;
  };
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '\n') {
      if (
        /^[ \t]*\n/.test(text.slice(i + 1, i + 40)) ||
        /[.!?"”:]\s*$/.test(text.slice(Math.max(0, i - 3), i))
      ) {
        push(i);
        paragraph++;
      }
      continue;
    }
    if (ch === '.' || ch === '!' || ch === '?') {
      let j = i + 1;
      while (j < text.length && /["”’)\]]/.test(text[j])) j++;
      if (j < text.length && !/\s/.test(text[j])) continue;
      if (ch === '.' && ABBREVIATIONS.test(text.slice(Math.max(0, i - 6), i + 1))) continue;
      let k = j;
      while (k < text.length && /[ \t]/.test(text[k])) k++;
      if (k < text.length && /[a-z0-9]/.test(text[k])) continue;
      push(j);
    }
  }
  push(text.length);
  return sentences;
}

export interface QuoteRegion {
  /** Offsets of the quoted words, without the marks. */
  inner: Span;
  /** Offsets with the marks. */
  outer: Span;
  /** The text ended before the quote closed. */
  truncated: boolean;
}

const OPEN = new Set(['“', '"', '«', '„']);
const CLOSE = new Set(['”', '"', '»', '“']);

/** Quoted passages: a quote opens with “ " « and closes with the next ” " ». */
export function findQuotes(text: string): QuoteRegion[] {
  const quotes: QuoteRegion[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (open < 0) {
      if (OPEN.has(ch)) open = i;
      // ‘single marks’ open after a space and close before a non-letter, so that "Kazakhstan’s" stays a word
      else if (
        ch === '‘' &&
        (i === 0 || /[\s(]/.test(text[i - 1])) &&
        /\p{L}/u.test(text[i + 1] ?? '')
      )
        open = i;
    } else if (
      text[open] === '‘' ? ch === '’' && !/\p{L}/u.test(text[i + 1] ?? '') : CLOSE.has(ch)
    ) {
      quotes.push({ inner: [open + 1, i], outer: [open, i + 1], truncated: false });
      open = -1;
    } else if (ch === '\n' && text[i + 1] === '\n' && !/^\s*[“"]/.test(text.slice(i + 2, i + 8))) {
      // A quote does not run over a paragraph unless the next one reopens it.
      open = -1;
    }
  }
  if (open >= 0) {
    const end = text.trimEnd().length;
    if (end > open + 1)
      quotes.push({ inner: [open + 1, end], outer: [open, end], truncated: true });
  }
  return quotes;
}

export const inside = (pos: number, spans: readonly { outer: Span }[]): boolean =>
  spans.some((q) => pos >= q.outer[0] && pos < q.outer[1]);
