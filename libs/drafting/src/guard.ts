export const MAX_CHARS = 100_000;

const ENGLISH_FUNCTION_WORDS = new Set(
  'the of and to in on at with for by from that this is was were are be has have had will as its their his her it an a which who also'.split(
    ' ',
  ),
);

/** Function words of the other languages releases come in (French, Spanish, German, Italian, Portuguese, Dutch). */
const FOREIGN_FUNCTION_WORDS = new Set(
  'le la les des du une et est dans sur avec pour qui que el los las y en con por para del una es der die das und ist mit für von zu den dem il della delle di che è o os da em com não het een van voor op zijn'.split(
    ' ',
  ),
);

/** Words that a release about relations between states cannot do without. */
const DIPLOMATIC =
  /\b(?:minister|ministry|president|prime minister|secretary|ambassador|embassy|foreign|bilateral|multilateral|visit|talks|met|meeting|summit|delegation|government|cooperation|co-operation|agreement|memorand|treaty|diplomat|counterpart|relations|partnership|council|commissioner|spokesperson|readout|statement|leaders?|head of state|chancellor|premier|king|emir|envoy|received|hosted|welcomed|telephone|phone call)\b/gi;

/** Why a text cannot be drafted, or null when it reads as an English release about official relations. */
export function refusal(text: unknown): string | null {
  if (typeof text !== 'string') return 'The text is missing.';
  if (text.trim().length === 0) return 'The text is empty.';
  if (text.length > MAX_CHARS)
    return `The text is ${text.length.toLocaleString('en-GB')} characters long; a draft takes at most ${MAX_CHARS.toLocaleString('en-GB')}.`;
  const controls = (text.match(/[\u0000-\u0008\u000e-\u001f\ufffd]/g) ?? []).length;
  const letters = (text.match(/\p{L}/gu) ?? []).length;
  if (controls > 0 || letters < text.replace(/\s/g, '').length * 0.6)
    return 'The text is not readable prose (binary data or symbols).';
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length < 8) return 'The text is too short to be a press release.';
  const english = words.filter((w) => ENGLISH_FUNCTION_WORDS.has(w)).length;
  const foreign = words.filter((w) => FOREIGN_FUNCTION_WORDS.has(w)).length;
  const latin = (text.match(/[A-Za-z]/g) ?? []).length / Math.max(1, letters);
  if (latin < 0.8 || foreign > english || (words.length >= 30 && english / words.length < 0.08))
    return 'The text is not in English; drafts are made from English releases only.';
  const diplomatic = new Set((text.match(DIPLOMATIC) ?? []).map((w) => w.toLowerCase()));
  if (diplomatic.size < 2)
    return 'The text does not read as a press release on official relations (no visit, meeting, minister or agreement in it).';
  return null;
}
