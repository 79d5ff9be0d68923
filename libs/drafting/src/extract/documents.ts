import type { DraftDocument } from '../draft.types';
import { stated } from '../proposed';
import { inQuote, type Analysis } from './analysis';

const COUNTS: Record<string, number> = {
  a: 1,
  an: 1,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
};
const KIND =
  '(Memorand(?:a|um) of Understanding(?: \\(MOUs?\\))?|MOUs?|MoUs?|[Aa]greements?|[Pp]rotocols?|Joint Statement|[Jj]oint [Dd]eclaration|[Dd]eclarations?|[Tt]reat(?:y|ies)|[Rr]oadmaps?|[Aa]ction [Pp]lans?|[Cc]ontracts?|[Dd]ocuments|[Cc]ommuniqu[ée]s?)';
const SIGNED = new RegExp(`\\b(?:signing of|signed|sign|inked)\\b([^.;]*)`, 'g');
const ITEM = new RegExp(
  `(?:^|,|\\band\\b|\\bof\\b|\\bthe\\b)\\s*(?:(\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|a number of)\\s+)?(?:[\\w-]+\\s+){0,3}?${KIND}`,
  'g',
);

/** Documents signed: "the signing of four Memoranda of Understanding (MOUs), and a Joint Statement". */
export function findDocuments(a: Analysis): DraftDocument[] {
  const out: DraftDocument[] = [];
  for (const s of a.sentences) {
    const passive =
      /\b(documents?|agreements?|memorand\w+|MOUs?)\s+(?:were|was|have been|has been)\s+signed\b/i.exec(
        s.text,
      );
    if (passive && !inQuote(a, s.start + passive.index)) {
      const at = s.start + passive.index;
      out.push({
        title: stated(passive[1], [at, at + passive[1].length]),
        count: /s$/i.test(passive[1]) ? 0 : 1,
        signed: true,
        span: [at, at + passive[0].length],
      });
      continue;
    }
    for (const m of s.text.matchAll(SIGNED)) {
      const base = s.start + (m.index ?? 0) + m[0].length - m[1].length;
      if (inQuote(a, base)) continue;
      if (/\bexpected to be signed|to be signed|for signing\b/.test(m[0])) continue;
      for (const item of m[1].matchAll(ITEM)) {
        const at = base + (item.index ?? 0) + item[0].indexOf(item[2]);
        const word = item[1]?.toLowerCase();
        const count = word
          ? (COUNTS[word] ?? (Number(word) || 0))
          : /s\b|MOUs|Memoranda/.test(item[2])
            ? 0
            : 1;
        out.push({
          title: stated(item[2], [at, at + item[2].length]),
          count,
          signed: true,
          span: [at, at + item[2].length],
        });
      }
    }
  }
  return out;
}
