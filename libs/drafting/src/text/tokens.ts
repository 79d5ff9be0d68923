import type { Span } from '../draft.types';

export interface Token {
  text: string;
  start: number;
  end: number;
}

/** Words (letters, digits, inner apostrophes, hyphens and dots of initials) and single punctuation marks. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const out: Token[] = [];
  const re =
    /(?:[\p{L}\p{M}](?:\.[\p{L}])+\.?|[\p{L}\p{M}\p{N}]+(?:[-'’][\p{L}\p{M}\p{N}]+)*\.?(?<=\b[A-Z]\.|[\p{L}\p{N}])|[^\s\p{L}\p{N}])/gu;
  re.lastIndex = from;
  for (let m = re.exec(text); m && m.index < to; m = re.exec(text)) {
    let word = m[0];
    let start = m.index;
    // "Luxembourg’s" → "Luxembourg" + "’s"
    const possessive = /^(.+?)([’']s)$/u.exec(word);
    if (possessive && possessive[1].length > 1) {
      out.push({ text: possessive[1], start, end: start + possessive[1].length });
      start += possessive[1].length;
      word = possessive[2];
    }
    out.push({ text: word, start, end: start + word.length });
  }
  return out;
}

export const spanOf = (tokens: readonly Token[]): Span => [
  tokens[0].start,
  tokens[tokens.length - 1].end,
];

export const isCapitalised = (word: string) => /^\p{Lu}/u.test(word);
