/**
 * The plain form of a verb's "-ing" form, where English spelling makes it certain: "expanding" →
 * "expand", "using" → "use", "planning" → "plan". Null when it is not ("scaling", "controlling"):
 * the caller then keeps the words as written.
 */
export function baseForm(gerund: string): string | null {
  const m = /^(\p{Ll}{2,})ing$/u.exec(gerund);
  if (!m) return null;
  const stem = m[1];
  if (NOT_VERBS.has(gerund)) return null;
  if (/(bb|gg|mm|nn|pp|rr|tt)$/.test(stem)) return stem.slice(0, -1);
  if (NO_E.has(stem)) return stem;
  if (stem === 'creat' || E_ENDINGS.test(stem)) return `${stem}e`;
  // "controlling", "installing": control or install, the spelling does not say
  if (/[^aeiou][aeiou]ll$/.test(stem) && stem.length > 4) return null;
  if (PLAIN_ENDINGS.test(stem)) return stem;
  return null;
}

/** "-ing" words that are nouns in a pledge's words: "funding", "housing", "training", "building". */
const NOT_VERBS = new Set(['funding', 'housing', 'training', 'building', 'meeting', 'spring']);

/** Stems that look as if they lost an "e" but did not. */
const NO_E = new Set([
  'pilot',
  'combat',
  'format',
  'target',
  'market',
  'budget',
  'visit',
  'limit',
  'edit',
  'exit',
  'credit',
  'deposit',
  'profit',
  'audit',
  'orbit',
  'benefit',
  'exhibit',
  'inherit',
  'monitor',
  'sponsor',
  'honor',
  'labor',
  'mirror',
  'focus',
  'bias',
]);

/** Stems whose verb ends in a silent "e": creat(e), modernis(e), produc(e), achiev(e), financ(e)… */
const E_ENDINGS =
  /(?:[^aeiou]at|iat|i[sz]|y[sz]|uc|[^aeiou]ur|[^aeiou]ud|[^aeiou]id|[^aeiou]ak|[^aeiou]um|[^aeiou]ad|[^aeiou]ib|ac|v|[nr]c|[ae]ng|rg|dg|ag|^us|[^aeiou]us|u|as|[^aeiou]ar|[^aeiou]ir|uir|plor|stor|ignor|[^aeiou]in|[^aeiou]ot|[^aeiou]ut|let|pet|[^aeiouls]l)$/;

/** Stems that are the verb as it is: two consonants, a vowel pair, an unstressed last syllable. */
const PLAIN_ENDINGS =
  /(?:[^aeiou]{2}|[aeiou]{2}[^aeiou]|en|er|on|op|el|it|et|[^aeiou]y|ay|ey|oy|w|x)$/;

/**
 * A pledge's words led by "-ing" forms as a commitment reads: "expanding routes and using the
 * ports" → "expand routes and use the ports". Words it cannot be sure of stay as written.
 */
export function asCommitment(words: string): string {
  const first = /^(\p{Ll}+ing)\b/u.exec(words);
  const plain = first && baseForm(first[1]);
  if (!first || !plain) return words;
  const rest = words
    .slice(first[1].length)
    .replace(/(\s(?:and|or)\s)(\p{Ll}+ing)\b/gu, (all, and: string, verb: string) => {
      const base = baseForm(verb);
      return base ? `${and}${base}` : all;
    });
  return plain + rest;
}
