import type { Proposed } from '../draft.types';
import { stated } from '../proposed';
import type { Analysis } from './analysis';

/** The topics vocabulary: a slug and the words that name it in releases. */
export const TOPICS: Readonly<Record<string, RegExp>> = {
  trade: /\btrade\b|\bcommerc\w*|\bexports?\b|\bimports?\b/i,
  investment: /\binvest\w*/i,
  energy: /\benergy\b|\boil\b|\bgas\b|\brefiner\w*|\bnuclear power\b/i,
  'green-energy': /\brenewable\w*|\bgreen energy\b|\bclean(?:er)? energy\b/i,
  'climate-change': /\bclimate\b/i,
  security: /\bsecurity\b|\bdefen[cs]e\b|\bmilitary\b/i,
  'counter-terrorism': /\bcounter-?terror\w*|\bterroris\w*|\bextremis\w*|\bradicali[sz]ation\b/i,
  transport: /\btransport\w*|\blogistic\w*|\bflights?\b|\bairports?\b|\brailways?\b/i,
  education: /\beducation\w*|\buniversit\w*|\bstudents?\b|\bacademic\b/i,
  culture: /\bcultur\w*|\bheritage\b|\blibrar\w*/i,
  tourism: /\btouris\w*/i,
  health: /\bhealth\b|\bpandemic\b|\bmedic\w*|\bvaccin\w*|\bprenatal\b/i,
  agriculture: /\bagricultur\w*|\bfood security\b/i,
  technology:
    /\btechnolog\w*|\bdigital\b|\binternet\b|\bsatellites?\b|\bfintech\b|\bfinancial technology\b/i,
  'human-rights': /\bhuman rights\b|\bcivil society\b/i,
  'humanitarian-aid': /\bhumanitarian\b/i,
  'sustainable-development': /\bsustainable development\b|\bsustainab\w*/i,
  infrastructure: /\binfrastructure\b|\bconstruction\b/i,
  'regional-cooperation':
    /\bregional cooperation\b|\bregional (?:security|dynamics|projects|programmes)\b/i,
  'political-relations':
    /\bpolitical (?:dialogue|relations|cooperation)\b|\bbilateral relations\b|\bstrategic partnership\b/i,
  'nuclear-non-proliferation':
    /\bdenucleari[sz]ation\b|\bnuclear (?:arsenal|program\w*|weapons?)\b|\bnon-proliferation\b/i,
};

/** Topics the text names, each with the first words that name it. */
export function findTopics(a: Analysis): Proposed<string>[] {
  const out: Proposed<string>[] = [];
  for (const [slug, re] of Object.entries(TOPICS)) {
    const global = new RegExp(re.source, 'gi');
    for (const m of a.text.matchAll(global)) {
      const at = m.index ?? 0;
      out.push(stated(slug, [at, at + m[0].length]));
    }
  }
  return out.sort((x, y) => x.span![0] - y.span![0]);
}
