import { v5 as uuidV5 } from 'uuid';
import { topicSlug } from '@chancery/diplomacy';
import {
  indicatorFact,
  meetingFact,
  pledgeFact,
  sourceFact,
  statementFact,
  visitFact,
  type Context,
  type Fact,
  type PartyRef,
  type PersonNeed,
} from './mapping';
import { checkShape, type PressRelease } from './press-release';

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- JSON answers of every record kind
export type Reply = { status: number; headers: Record<string, string | undefined>; body: any };
/** One HTTP exchange, so the importer runs over the network or in-process (as the seed loader does). */
export type Send = (
  method: 'GET' | 'POST' | 'PUT',
  path: string,
  body?: unknown,
  headers?: Record<string, string>,
) => Promise<Reply>;

export type NamedFile = { name: string; text: string };
export type Unfaithful = { path: string; kind: Fact['kind']; reasons: string[] };
export type FileCheck = { name: string; faithful: number; facts: number; unfaithful: Unfaithful[] };

const NAMESPACE = '6f3c1a52-0d4e-4b8f-9a61-2c7e5d9b3f10';
const EU = { name: 'European Union', acronym: 'EU' };

/** Parses and checks every file; throws naming the file, the JSON path and the reason. */
export function readFiles(files: NamedFile[]): { name: string; release: PressRelease }[] {
  return files.map(({ name, text }) => {
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      throw new Error(`${name}: $: not JSON (${(error as Error).message})`);
    }
    const problems = checkShape(value);
    if (problems.length)
      throw new Error(problems.map((p) => `${name}: ${p.path}: ${p.reason}`).join('\n'));
    return { name, release: value as PressRelease };
  });
}

/** The facts of one file as the API can hold them, with its parties resolved (reads only). */
export async function planFile(send: Send, release: PressRelease): Promise<Fact[]> {
  const { url, publisher, title, published } = release.source;
  const fileNs = uuidV5(url ?? `${publisher}\n${title}\n${published}`, NAMESPACE);
  const vocabulary = await topicVocabulary(send);
  const eu = await organisationId(send, EU.acronym);
  const people = await personIds(send, namedPeople(release));
  const organisations = await organisationsOnRecord(send, namedOrganisations(release));
  const base: Context = {
    id: (path) => uuidV5(path, fileNs),
    personId: (name) => people.get(name)!,
    party: (party): PartyRef | string => {
      if (party === null) return 'not stated: the API needs one party';
      if (party.includes('+')) return `"${party}" is several parties: the API takes one`;
      if (/^[A-Z]{3}$/.test(party)) return { kind: 'country', id: party };
      if (party === EU.acronym) return { kind: 'organisation', id: eu };
      const organisation = organisations.get(party);
      if (organisation) return { kind: 'organisation', id: organisation };
      return `"${party}" is no country code nor an organisation on record, and its kind is not stated`;
    },
    topic: (words) => vocabulary.get(labelKey(words)) ?? vocabulary.get(topicSlug(words)) ?? null,
    sourceId: null,
  };
  const source = sourceFact(release, base);
  const ctx = { ...base, sourceId: source.body ? source.id : null };
  const each = <T>(items: T[], key: string, map: (item: T, path: string, c: Context) => Fact) =>
    items.map((item, i) => map(item, `$.${key}[${i}]`, ctx));
  return [
    source,
    ...each(release.visits, 'visits', visitFact),
    ...each(release.meetings, 'meetings', meetingFact),
    ...each(release.pledges, 'pledges', pledgeFact),
    ...each(release.statements, 'statements', statementFact),
    ...each(release.indicators, 'indicators', indicatorFact),
  ];
}

export type Imported = { facts: Fact[]; refused: Unfaithful[] };

/**
 * Records what the API can hold: parties and people first, then the facts. Re-running writes
 * nothing. A fact the API refuses (4xx: nothing of it written) is reported, and the rest go on.
 */
export async function importFile(send: Send, release: PressRelease): Promise<Imported> {
  const facts = await planFile(send, release);
  const recordable = facts.filter((f) => f.body !== null);
  const source = facts[0];
  if (recordable.length === 0) return { facts, refused: [] };
  if (source.body) await create(send, '/sources', source.body);
  const sourceIds = [source.id];
  const eu = await organisationId(send, EU.acronym);
  const euNeeded = recordable.some((f) => JSON.stringify(f.body).includes(eu));
  if (euNeeded && (await send('GET', `/organisations/${eu}`)).status === 404)
    await create(send, '/organisations', {
      organisationId: eu,
      ...EU,
      kind: 'intergovernmental-body',
      homeCountry: null,
      sector: null,
      sourceIds,
      classification: 'public',
    });
  for (const code of new Set(recordable.flatMap((f) => f.countries)))
    await expectOk(send('PUT', `/countries/${code}`, { classification: 'public' }), code);
  for (const person of recordable.flatMap((f) => f.people))
    await ensurePerson(send, person, sourceIds);
  const refused: Unfaithful[] = [];
  for (const f of recordable) {
    if (f === source) continue;
    const reply = await send('POST', `/${f.kind}`, f.body!);
    if (reply.status >= 400 && reply.status < 500) {
      const reason = `the API refused it (${reply.status}): ${JSON.stringify(reply.body)}`;
      refused.push({ path: f.path, kind: f.kind, reasons: [reason] });
    } else await expectOk(Promise.resolve(reply), `POST /${f.kind}`);
  }
  return { facts, refused };
}

/** Reads every fact back and compares it with what the file states. */
export async function checkFile(
  send: Send,
  name: string,
  release: PressRelease,
): Promise<FileCheck> {
  const facts = await planFile(send, release);
  const unfaithful: Unfaithful[] = [];
  for (const f of facts) {
    const reasons = [...f.reasons];
    if (f.body) reasons.push(...(await readBackReasons(send, f)));
    if (reasons.length) unfaithful.push({ path: f.path, kind: f.kind, reasons });
  }
  return { name, faithful: facts.length - unfaithful.length, facts: facts.length, unfaithful };
}

async function readBackReasons(send: Send, f: Fact): Promise<string[]> {
  const reply = await send('GET', `/${f.kind}/${f.id}`);
  if (reply.status === 404) return ['not recorded'];
  if (reply.status !== 200) return [`read back answered ${reply.status}`];
  return Object.entries(f.stated)
    .filter(([field, value]) => !sameValue(reply.body?.[field], value))
    .map(([field, value]) => {
      const read = JSON.stringify(reply.body?.[field]);
      return `${field} reads back ${read}, the file states ${JSON.stringify(value)}`;
    });
}

/** Equal as JSON, ignoring fields the read adds beyond what the file states (ids, names…). */
function sameValue(read: unknown, stated: unknown): boolean {
  if (stated === null || typeof stated !== 'object') return read === stated;
  if (typeof read !== 'object' || read === null) return false;
  if (Array.isArray(stated))
    return (
      Array.isArray(read) &&
      read.length === stated.length &&
      stated.every((s, i) => sameValue(read[i], s))
    );
  return Object.entries(stated).every(([k, v]) =>
    sameValue((read as Record<string, unknown>)[k], v),
  );
}

async function topicVocabulary(send: Send): Promise<Map<string, string>> {
  const reply = await expectOk(send('GET', '/topics'), 'GET /topics');
  const topics = reply.body as { slug: string; label: string }[];
  return new Map(
    topics.flatMap((t) => [
      [t.slug, t.slug],
      [labelKey(t.label), t.slug],
    ]),
  );
}

/** A label as the vocabulary keeps it (trimmed, spaces collapsed), compared without case. */
const labelKey = (label: string) => `label:${label.trim().replace(/\s+/g, ' ').toLowerCase()}`;

type Entry = { id: string; name: string; detail: string | null };

/** Parties on record of one kind whose name (or, for organisations, acronym) is exactly `name`. */
async function onRecord(send: Send, kind: 'organisation' | 'person', name: string) {
  const q = encodeURIComponent(name);
  const reply = await expectOk(
    send('GET', `/directory?q=${q}&kinds=${kind}&limit=100`),
    'GET /directory',
  );
  const wanted = name.toLowerCase();
  return (reply.body.items as Entry[]).filter((e) =>
    [e.name, kind === 'organisation' ? e.detail : null].some((n) => n?.toLowerCase() === wanted),
  );
}

/** An organisation on record by acronym or name, else the id the import gives it. */
async function organisationId(send: Send, nameOrAcronym: string): Promise<string> {
  const [found] = await onRecord(send, 'organisation', nameOrAcronym);
  return found?.id ?? uuidV5(`organisation:${nameOrAcronym}`, NAMESPACE);
}

/**
 * Each person by exact name: the one on record (the import's own id first, when several share the
 * name), else the id the import gives them, derived from the name so every file agrees.
 */
async function personIds(send: Send, names: string[]): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const name of new Set(names)) {
    const own = uuidV5(`person:${name}`, NAMESPACE);
    const found = await onRecord(send, 'person', name);
    ids.set(name, found.some((e) => e.id === own) ? own : (found[0]?.id ?? own));
  }
  return ids;
}

/** Organisations named in the file that are on record (by name or acronym). */
async function organisationsOnRecord(send: Send, names: string[]): Promise<Map<string, string>> {
  const ids = new Map<string, string>();
  for (const name of new Set(names)) {
    const [found] = await onRecord(send, 'organisation', name);
    if (found) ids.set(name, found.id);
  }
  return ids;
}

function namedOrganisations(release: PressRelease): string[] {
  const parties = [
    ...release.visits.flatMap((v) => [v.delegation_of, v.host_country]),
    ...release.meetings.flatMap((m) => m.participants.map((p) => p.side)),
    ...release.pledges.flatMap((p) => [p.by, p.to]),
  ];
  return parties.filter(
    (p): p is string => p !== null && p !== EU.acronym && !p.includes('+') && !/^[A-Z]{3}$/.test(p),
  );
}

function namedPeople(release: PressRelease): string[] {
  const names = [
    ...release.visits.map((v) => v.head.name),
    ...release.meetings.flatMap((m) => m.participants.map((p) => p.name)),
    ...release.statements.map((s) => s.speaker),
  ];
  return names.filter((n): n is string => n !== null);
}

/** The person once, and each title they hold once. */
async function ensurePerson(send: Send, person: PersonNeed, sourceIds: string[]): Promise<void> {
  const path = `/people/${person.id}`;
  let held = await send('GET', path);
  if (held.status === 404) {
    const body = { personId: person.id, name: person.name, sourceIds, classification: 'public' };
    await create(send, '/people', body);
    held = await send('GET', path);
  }
  await expectOk(Promise.resolve(held), `GET ${path}`);
  const positions = held.body.positions as { title: string; at: PartyRef }[];
  if (positions.some((p) => p.title === person.title && p.at.id === person.at.id)) return;
  const position = { title: person.title, at: person.at, from: null, to: null, sourceIds };
  await expectOk(
    send('POST', `/people/${person.id}/positions`, position, {
      'If-Match': held.headers.etag ?? '',
    }),
    `POST /people/${person.id}/positions`,
  );
}

async function create(send: Send, path: string, body: Record<string, unknown>): Promise<void> {
  await expectOk(send('POST', path, body), `POST ${path}`);
}

async function expectOk(pending: Promise<Reply>, what: string): Promise<Reply> {
  const reply = await pending;
  if (reply.status >= 300)
    throw new Error(`${what} answered ${reply.status}: ${JSON.stringify(reply.body)}`);
  return reply;
}
