import countries from 'i18n-iso-countries';
import type { SourceMeta } from './draft.types';
import { CAPITALS } from './gazetteer/demonyms';
import type { PartyMatcher, PartyMention } from './gazetteer/parties';

const DOMAIN_PARTIES: Readonly<Record<string, string>> = {
  'state.gov': 'USA',
  'whitehouse.gov': 'USA',
  'gov.uk': 'GBR',
  'europa.eu': 'EU',
  'kremlin.ru': 'RUS',
  'mid.ru': 'RUS',
  'akorda.kz': 'KAZ',
  'fmprc.gov.cn': 'CHN',
};

/**
 * The party a release speaks for: named in its publisher ("Ministry of Foreign Affairs of the
 * Russian Federation", "The Astana Times"), else its web address (gov.uk, a country domain).
 */
export function publisherParty(meta: SourceMeta, matcher: PartyMatcher): PartyMention | null {
  const publisher = meta.publisher ?? '';
  const named = matcher.find(publisher).find((p) => p.kind === 'country' || p.code === 'EU');
  if (named) return { ...named, span: [0, 0] };
  for (const [city, code] of Object.entries(CAPITALS)) {
    if (new RegExp(`\\b${city}\\b`).test(publisher)) return country(code);
  }
  const host = /^[a-z]+:\/\/([^/]+)/i.exec(meta.url ?? '')?.[1]?.toLowerCase() ?? '';
  for (const [domain, code] of Object.entries(DOMAIN_PARTIES)) {
    if (host === domain || host.endsWith(`.${domain}`) || host.endsWith(`-${domain}`))
      return code === 'EU' ? eu() : country(code);
  }
  const tld = host.split('.').pop() ?? '';
  if (tld.length === 2) {
    const code = countries.alpha2ToAlpha3(tld === 'uk' ? 'GB' : tld.toUpperCase());
    if (code) return country(code);
  }
  return null;
}

const country = (code: string): PartyMention => ({
  kind: 'country',
  code,
  name: countries.getName(code, 'en') ?? code,
  known: true,
  matchedBy: 'name',
  span: [0, 0],
});
const eu = (): PartyMention => ({
  kind: 'organisation',
  code: 'EU',
  name: 'European Union',
  known: true,
  matchedBy: 'name',
  span: [0, 0],
});
