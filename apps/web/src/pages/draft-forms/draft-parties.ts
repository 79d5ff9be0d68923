import type { PartyKind } from '../../api/types';
import { searchDirectory, type Picked } from '../../ui/directory';
import { countryName } from '../../ui/words';

/**
 * A party a draft names, as the ordinary forms' pickers hold it: by name, never by id. `words`
 * keeps what the release said ("SES", "Sarens"), written back as it was unless picked anew; a
 * party not on record has no id and says so in its detail.
 */
export type DraftPicked = Picked & { words?: string };

const isCountryCode = (words: string) => /^[A-Z]{3}$/.test(words) && countryName(words) !== words;
const fold = (text: string) => text.trim().replace(/\s+/g, ' ').toLowerCase();

/** The entry on record the words name exactly (by name, or an organisation by acronym), if any. */
async function onRecord(words: string, kinds: PartyKind[]): Promise<Picked | null> {
  const found = await searchDirectory(words, kinds).catch(() => [] as Picked[]);
  const wanted = fold(words);
  return (
    found.find(
      (e) =>
        fold(e.name) === wanted ||
        (e.kind === 'organisation' && e.detail !== null && fold(e.detail) === wanted),
    ) ?? null
  );
}

/**
 * A party of the draft ("LUX", "SES", "Murat Nurtleu") as a picker's choice: a country by its
 * name, a party on record as the directory has it, else the release's words with `missing` as
 * detail ("not on record yet: recorded with the draft").
 */
export async function pickedFor(
  words: string,
  kinds: PartyKind[],
  missing: string,
): Promise<DraftPicked> {
  if (kinds.includes('country') && isCountryCode(words))
    return {
      kind: 'country',
      id: words,
      name: countryName(words),
      detail: null,
      classification: 'public',
      words,
    };
  const found = await onRecord(words, kinds);
  if (found) return { ...found, words };
  return {
    kind: kinds.includes('person') ? 'person' : 'organisation',
    id: '',
    name: words,
    detail: missing,
    classification: 'internal',
    words,
  };
}

/** As `pickedFor`, or null when the words are none the directory or the country list knows. */
export async function knownParty(words: string, kinds: PartyKind[]): Promise<DraftPicked | null> {
  if (kinds.includes('country') && isCountryCode(words)) return pickedFor(words, kinds, '');
  const found = await onRecord(words, kinds);
  return found && { ...found, words };
}

/** The party as the draft writes it: the release's words if kept, a country's code, else its name. */
export function partyWords(p: Picked): string {
  const kept = (p as DraftPicked).words;
  if (kept) return kept;
  return p.kind === 'country' ? p.id : p.name;
}

/** "KAZ+LUX" → ["KAZ", "LUX"]; null or "not stated" → []. */
export const partsOf = (party: unknown): string[] =>
  typeof party === 'string' && party && party !== 'not stated'
    ? party
        .split('+')
        .map((p) => p.trim())
        .filter(Boolean)
    : [];

/** A date of the draft's shape: a day, a month or a year. */
export const isDraftDate = (value: string | null) =>
  value === null || /^\d{4}(-\d{2}(-\d{2})?)?$/.test(value);
export const DRAFT_DATE =
  'A draft holds a day, a month or a year: enter a date like 14 October 2024, October 2024 or 2024, or leave it empty';
