import type { Party } from './press-release';

/**
 * What a fact of a press-release file becomes for the API, and the helpers every kind's mapping
 * shares (the mappings: `mapping.ts`, `pledge-mapping.ts`, `figure-mapping.ts`).
 */
export type PartyRef = { kind: 'country' | 'organisation' | 'person'; id: string };
/** A person to have on record; with the title they hold at a party, when the file says where. */
export type PersonNeed = { id: string; name: string; title: string | null; at: PartyRef | null };
/** Said of a pledge after it is recorded: its status, as a progress report. */
export type Report = { note: string; reportedOn: string | null };

export type Fact = {
  kind: 'sources' | 'visits' | 'meetings' | 'pledges' | 'statements' | 'indicators';
  path: string;
  id: string;
  reasons: string[];
  body: Record<string, unknown> | null;
  /** The fields the file states, as they must read back. */
  stated: Record<string, unknown>;
  people: PersonNeed[];
  countries: string[];
  report: Report | null;
};

export type Context = {
  id: (path: string) => string;
  personId: (name: string) => string;
  /** One party as the API names it, or why it cannot be one. */
  party: (party: string) => PartyRef | string;
  /** A topic's slug in the vocabulary, or null when it is not there. */
  topic: (words: string) => string | null;
  sourceId: string | null;
  /** The source's publication date as the API holds it (null: not stated). */
  publishedOn: string | null;
};

export const CLASSIFICATION = 'public'; // a published press release
const NOT_STATED = 'not stated';
/** The file's "not stated" is the API's null: nothing invented, nothing lost. */
export const orNull = (value: string): string | null => (value === NOT_STATED ? null : value);

export function fact(
  kind: Fact['kind'],
  path: string,
  ctx: Context,
  reasons: string[],
  body: Record<string, unknown> | null,
  stated: Record<string, unknown>,
): Fact {
  const cited = kind === 'sources' ? {} : { sourceIds: [ctx.sourceId] };
  const full = body && { ...body, ...cited, classification: CLASSIFICATION };
  const id = ctx.id(path);
  return { kind, path, id, reasons, body: full, stated, people: [], countries: [], report: null };
}

export function sourceReasons(ctx: Context): string[] {
  return ctx.sourceId === null ? ['its source could not be recorded, and the API needs one'] : [];
}

/** One party (a side, a delegation): its reference, or undefined with the reason in `fatal`. */
export function single(
  field: string,
  party: Party,
  ctx: Context,
  fatal: string[],
): PartyRef | undefined {
  const ref = party.includes('+')
    ? `"${party}" is several parties: the API takes one`
    : ctx.party(party);
  if (typeof ref !== 'string') return ref;
  fatal.push(`${field}: ${ref}`);
  return undefined;
}

/** "A+B+…": the parties on record, and the words of those that are none (a group, "neighbours"). */
export function parties(party: Party | null, ctx: Context): { refs: PartyRef[]; words: string[] } {
  const refs: PartyRef[] = [];
  const words: string[] = [];
  for (const part of party === null ? [] : party.split('+').map((p) => p.trim())) {
    const ref = ctx.party(part);
    if (typeof ref === 'string') words.push(part);
    else refs.push(ref);
  }
  return { refs, words };
}

export function countryCodes(refs: (PartyRef | null | undefined)[]): string[] {
  return [...new Set(refs.filter((s) => s?.kind === 'country').map((s) => s!.id))];
}
