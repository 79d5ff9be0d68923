import countries from 'i18n-iso-countries';
import type { DraftParty, Gazetteer, GazetteerEntry, Span } from '../draft.types';
import { CAPITALS, DEMONYMS, EXTRA_COUNTRY_NAMES } from './demonyms';
import { COMMON_ORGANISATIONS } from './organisations';

export interface PartyMention {
  kind: 'country' | 'organisation';
  code: string;
  name: string;
  known: boolean;
  matchedBy: DraftParty['matchedBy'];
  span: Span;
}

interface Surface {
  text: string;
  kind: 'country' | 'organisation';
  code: string;
  name: string;
  known: boolean;
  matchedBy: DraftParty['matchedBy'];
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

function countrySurfaces(): Surface[] {
  const out: Surface[] = [];
  const names = countries.getNames('en', { select: 'all' }) as Record<string, string[]>;
  for (const [alpha2, list] of Object.entries(names)) {
    const code = countries.alpha2ToAlpha3(alpha2);
    if (!code) continue;
    const name = countries.getName(code, 'en') ?? list[0];
    list.forEach((text, i) => {
      if (text.includes(',') || text === 'Congo') return;
      out.push({
        text,
        kind: 'country',
        code,
        name,
        known: true,
        matchedBy: i === 0 ? 'name' : 'alias',
      });
    });
  }
  for (const [code, list] of Object.entries(EXTRA_COUNTRY_NAMES)) {
    const name = countries.getName(code, 'en') ?? code;
    for (const text of list)
      out.push({ text, kind: 'country', code, name, known: true, matchedBy: 'alias' });
  }
  for (const [code, list] of Object.entries(DEMONYMS)) {
    const name = countries.getName(code, 'en') ?? code;
    for (const text of list)
      out.push({ text, kind: 'country', code, name, known: true, matchedBy: 'demonym' });
  }
  return out;
}

function organisationSurfaces(entries: readonly GazetteerEntry[], known: boolean): Surface[] {
  const out: Surface[] = [];
  for (const e of entries) {
    const code = e.code ?? e.acronym ?? e.name;
    const base = { kind: 'organisation' as const, code, name: e.name, known };
    out.push({ ...base, text: e.name, matchedBy: 'name' });
    if (e.acronym) out.push({ ...base, text: e.acronym, matchedBy: 'acronym' });
    for (const alias of e.aliases ?? []) out.push({ ...base, text: alias, matchedBy: 'alias' });
  }
  return out;
}

export class PartyMatcher {
  private readonly pattern: RegExp;
  private readonly bySurface = new Map<string, Surface>();

  constructor(gazetteer: Gazetteer) {
    const directory = organisationSurfaces(gazetteer.organisations, true);
    const known = new Set(directory.map((s) => s.text));
    const surfaces = [
      ...directory,
      ...organisationSurfaces(COMMON_ORGANISATIONS, false).filter((s) => !known.has(s.text)),
      ...countrySurfaces(),
    ];
    for (const s of surfaces) if (!this.bySurface.has(s.text)) this.bySurface.set(s.text, s);
    const alternatives = [...this.bySurface.keys()].sort((a, b) => b.length - a.length).map(escape);
    this.pattern = new RegExp(
      `(?<![\\p{L}\\p{N}])(?:${alternatives.join('|')})(?![\\p{L}\\p{N}]|\\.[\\p{L}])`,
      'gu',
    );
  }

  find(text: string): PartyMention[] {
    const out: PartyMention[] = [];
    for (const m of text.matchAll(this.pattern)) {
      const s = this.bySurface.get(m[0]);
      if (!s) continue;
      const start = m.index ?? 0;
      out.push({
        kind: s.kind,
        code: s.code,
        name: s.name,
        known: s.known,
        matchedBy: s.matchedBy,
        span: [start, start + m[0].length],
      });
    }
    return out;
  }
}

const matchers = new WeakMap<Gazetteer, PartyMatcher>();

export function partyMatcher(gazetteer: Gazetteer): PartyMatcher {
  let m = matchers.get(gazetteer);
  if (!m) {
    m = new PartyMatcher(gazetteer);
    matchers.set(gazetteer, m);
  }
  return m;
}

export const capitalCountry = (city: string): string | null => CAPITALS[city] ?? null;

export const countryName = (code: string): string => countries.getName(code, 'en') ?? code;
