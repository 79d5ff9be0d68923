import countries from 'i18n-iso-countries';
import { formatDay } from '../ui/dates';
import { parsePartialDate } from '../ui/partial-dates';
import { codeLabel, countryName } from '../ui/words';

/** One item of a draft as the API answers it (`GET /drafts/:id`). */
export interface DraftItem {
  path: string;
  kind: 'source' | 'visits' | 'meetings' | 'pledges' | 'statements' | 'indicators';
  value: Value;
  proposed: Value;
  spans: [number, number][];
  decision: 'undecided' | 'accepted' | 'edited' | 'rejected';
  rejectionReason: string | null;
}
export type Value = Record<string, unknown>;

export interface DraftRecord {
  id: string;
  revision: number;
  text: string;
  emptyBecause: string | null;
  items: DraftItem[];
  committed: {
    sourceId: string | null;
    produced: { path: string; kind: string; id: string }[];
    refused: { path: string; reasons: string[] }[];
  } | null;
}

const PARTY_KEYS = new Set(['delegation_of', 'host_country', 'side', 'by', 'to', 'country']);
const DATE_KEYS = new Set(['date', 'start', 'end', 'target_date', 'published']);
/** Fields the press-release shape holds as text, where empty means "not stated". */
const NOT_STATED_KEYS = new Set(['title', 'kind', 'format', 'level', 'period_or_as_of', 'status']);

/** Text the shape requires: left empty, the API says which field wants it. */
const REQUIRED_KEYS = new Set(['publisher', 'what', 'quote', 'unit_or_currency', 'delegation_of']);

const LABELS: Record<string, string> = {
  delegation_of: 'Delegation of',
  host_country: 'Host country',
  kind: 'Kind of visit',
  start: 'First day',
  end: 'Last day',
  date: 'Date',
  city: 'City',
  country: 'Country',
  format: 'Format',
  name: 'Name',
  title: 'Title',
  organisation_or_country: 'Organisation or country',
  side: 'On the side of',
  topics: 'Topics (separated by commas)',
  by: 'Pledged by',
  to: 'Pledged to',
  area: 'Area',
  what: 'What is pledged',
  level: 'Level',
  target_date: 'Target date',
  status: 'Status',
  value: 'Value',
  unit: 'Unit',
  currency: 'Currency',
  qualifier: 'Qualifier',
  speaker: 'Speaker',
  speaker_title: "Speaker's title",
  quote: 'Quote',
  unit_or_currency: 'Unit or currency',
  period_or_as_of: 'Period or as of',
  publisher: 'Publisher',
  published: 'Published on',
  url: 'Web address',
};

/** A party as people say it: `LUX` → Luxembourg, `KAZ+LUX` → Kazakhstan and Luxembourg. */
export const partyWords = (code: unknown) =>
  typeof code === 'string' && code ? code.split('+').map((c) => countryName(c.trim())).join(' and ') : 'not stated';

/** One editable leaf of an item: its path in the value, its label in words, its text in the form. */
export interface Leaf {
  path: (string | number)[];
  label: string;
  text: string;
  long: boolean;
}

function leafLabel(path: (string | number)[]): string {
  const words = path.map((p, i) => {
    if (typeof p === 'number') return `${path[i - 1] === 'participants' ? 'Participant' : 'Item'} ${p + 1}:`;
    if (p === 'participants') return '';
    if (p === 'head') return 'Head of delegation:';
    if (p === 'place') return 'Place:';
    if (p === 'quantity') return 'Quantity:';
    if (p === 'amount') return 'Amount:';
    return LABELS[p] ?? p.replace(/_/g, ' ');
  });
  return words.filter(Boolean).join(' ');
}

const textOf = (key: string, value: unknown): string => {
  if (value === null || value === undefined || value === 'not stated') return '';
  if (PARTY_KEYS.has(key)) return partyWords(value);
  if (DATE_KEYS.has(key)) return formatDay(String(value));
  return String(value);
};

/** The leaves of a value a person can edit: texts, numbers, dates and parties, in order. */
export function leavesOf(value: Value, prefix: (string | number)[] = []): Leaf[] {
  // A figure's `what` is what it measures; a pledge's, what is pledged.
  const figure = prefix.length === 0 && 'unit_or_currency' in value;
  return Object.entries(value).flatMap(([key, v]): Leaf[] => {
    const path = [...prefix, key];
    if (figure && key === 'what') return [{ path, label: 'What is measured', text: textOf(key, v), long: true }];
    if (key === 'topics' && Array.isArray(v)) return [{ path, label: leafLabel(path), text: v.map((t) => codeLabel(String(t))).join(', '), long: false }];
    if (Array.isArray(v)) return v.flatMap((x, i) => leavesOf(x as Value, [...path, i]));
    if (v && typeof v === 'object') return leavesOf(v as Value, path);
    if (v === null && (key === 'quantity' || key === 'amount')) return [];
    return [{ path, label: leafLabel(path), text: textOf(key, v), long: key === 'quote' || key === 'what' }];
  });
}

/** A country typed by name or code back to its code; anything else (an organisation) as typed. */
function partyOf(text: string): string {
  return text
    .split(/\s+and\s+|\+/)
    .map((t) => t.trim())
    .map((t) => (/^[A-Z]{2,3}$/.test(t) ? t : (countries.getAlpha3Code(t, 'en') ?? t)))
    .join('+');
}

/** The value a leaf's text stands for, or an error saying what to type. */
export function leafValue(leaf: Leaf, original: unknown): { value: unknown } | { error: string } {
  const key = String(leaf.path.filter((p) => typeof p === 'string').at(-1));
  const text = leaf.text.trim();
  if (key === 'topics') return { value: text ? text.split(',').map((t) => t.trim()).filter(Boolean) : [] };
  if (!text) return { value: NOT_STATED_KEYS.has(key) ? 'not stated' : REQUIRED_KEYS.has(key) ? '' : null };
  if (typeof original === 'number') {
    const n = Number(text.replace(/[, ]/g, ''));
    return Number.isFinite(n) ? { value: n } : { error: `${leaf.label}: enter a number` };
  }
  if (DATE_KEYS.has(key)) {
    const date = parsePartialDate(text);
    return date ? { value: date } : { error: `${leaf.label}: enter a date like 14 October 2024, October 2024 or 2024` };
  }
  if (PARTY_KEYS.has(key)) return { value: partyOf(text) };
  return { value: text };
}

/** The value with each leaf's text put back in place. */
export function valueWith(value: Value, leaves: Leaf[]): { value: Value } | { errors: string[] } {
  // Through JSON, so no two leaves share an object (structuredClone keeps shared references).
  const copy = JSON.parse(JSON.stringify(value)) as Value;
  const errors: string[] = [];
  for (const leaf of leaves) {
    let parent: Record<string | number, unknown> = copy;
    for (const step of leaf.path.slice(0, -1)) parent = parent[step] as Record<string | number, unknown>;
    const last = leaf.path.at(-1)!;
    const read = leafValue(leaf, parent[last]);
    if ('error' in read) errors.push(read.error);
    else parent[last] = read.value;
  }
  return errors.length ? { errors } : { value: copy };
}

const KIND_WORDS: Record<DraftItem['kind'], string> = {
  source: 'Source',
  visits: 'Visit',
  meetings: 'Meeting',
  pledges: 'Pledge',
  statements: 'Quote',
  indicators: 'Figure',
};

/** An item's heading in words: "Meeting of 14 October 2024: Murat Nurtleu and Luc Frieden". */
export function itemHeading(item: DraftItem, index: number): string {
  const v = item.value;
  const day = (d: unknown) => (d ? formatDay(String(d)) : 'date not stated');
  switch (item.kind) {
    case 'source':
      return `Source: ${String(v.publisher || 'publisher not stated')}`;
    case 'visits':
      return `Visit ${index}: ${partyWords(v.delegation_of)} to ${partyWords(v.host_country)}, ${day(v.start)}`;
    case 'meetings': {
      const who = (v.participants as Value[]).map((p) => String(p.name ?? p.title ?? p.organisation_or_country ?? 'someone'));
      return `Meeting ${index} of ${day(v.date)}: ${who.join(', ')}`;
    }
    case 'pledges':
      return `Pledge ${index} by ${partyWords(v.by)}${v.to ? ` to ${partyWords(v.to)}` : ''}`;
    case 'statements':
      return `Quote ${index} by ${String(v.speaker ?? 'a speaker not named')}`;
    case 'indicators':
      return `Figure ${index}: ${String(v.what).slice(0, 80)}`;
  }
  return KIND_WORDS[item.kind];
}

export const DECISION_WORDS: Record<DraftItem['decision'], string> = {
  undecided: 'Not reviewed yet: committed as proposed unless rejected',
  accepted: 'Accepted',
  edited: 'Edited',
  rejected: 'Rejected: left out of the commit',
};

/** The record page of a committed record: `meetings` → `/records/meeting/<id>`. */
export const recordLink = (kind: string, id: string) => `/records/${kind.replace(/s$/, '')}/${id}`;
