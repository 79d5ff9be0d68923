/** Longest record text indexed, in words: a long statement is found by its first 200 words. */
const MAX_TERMS = 200;

/**
 * The words of a text as search matches them: lower case, accents dropped ("Sétif" is found by
 * "setif"), split on anything that is not a letter or a digit, one letter words left out.
 */
export function searchTerms(...texts: Array<string | null | undefined>): string[] {
  const words = texts
    .filter((text): text is string => typeof text === 'string')
    .join(' ')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word.length > 1);
  return [...new Set(words)].slice(0, MAX_TERMS);
}

/**
 * A record's words as one text, each after a space: a word starting with `w` is found by looking
 * for " w" in it (see `startingWith`).
 */
export const wordsText = (terms: readonly string[]) => ` ${terms.join(' ')}`;

/** The condition on a `wordsText` column: a word starting with each of `words`. */
export const startingWith = (words: readonly string[]) => ({
  contains: words.map((w) => ` ${w}`),
});
