import { v5 as uuidV5 } from 'uuid';
import { isCountryCode, topicSlug } from '@chancery/diplomacy';
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
  type Report,
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
      if (party === EU.acronym) return { kind: 'organisation', id: eu };
      const organisation = organisations.get(party); // SES is an organisation, not a country code
      if (organisation) return { kind: 'organisation', id: organisation };
      if (isCountryCode(party)) return { kind: 'country', id: party };
      return `"${party}" is no country code nor an organisation on record, and its kind is not stated`;
    },
    topic: (words) => vocabulary.get(labelKey(words)) ?? vocabulary.get(topicSlug(words)) ?? null,
    sourceId: null,
    publishedOn: null,
  };
  const source = sourceFact(release, base);
  const publishedOn = source.stated.publishedOn as string | null;
  const ctx = { ...base, sourceId: source.body ? source.id : null, publishedOn };
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
      continue;
    }
    await expectOk(Promise.resolve(reply), `POST /${f.kind}`);
    if (f.report) {
      const reason = await reportOnce(send, f.id, f.report, sourceIds);
      if (reason) refused.push({ path: f.path, kind: f.kind, reasons: [reason] });
    }
  }
  return { facts, refused };
}

/** A pledge's status as stated, as a progress report: once, however often the import runs. */
async function reportOnce(
  send: Send,
  pledgeId: string,
  report: Report,
  sourceIds: string[],
): Promise<string | null> {
  const path = `/pledges/${pledgeId}`;
  const held = await expectOk(send('GET', path), `GET ${path}`);
  if ((held.body.progress as Report[]).some((p) => p.note === report.note)) return null;
  const body = { ...report, figures: [], sourceIds };
  const reply = await send('POST', `${path}/progress-reports`, body, {
    'If-Match': held.headers.etag ?? '',
  });
  if (reply.status < 300) return null;
  if (reply.status >= 500) await expectOk(Promise.resolve(reply), `POST ${path}/progress-reports`);
  return `its status as a progress report: the API refused it (${reply.status}): ${JSON.stringify(reply.body)}`;
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
    whenAvailable(() => send('GET', `/directory?q=${q}&kinds=${kind}&limit=100`)),
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
  return parties
    .flatMap((p) => (p === null ? [] : p.split('+').map((part) => part.trim())))
    .filter((p) => p !== EU.acronym);
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
  const { title, at } = person;
  if (title === null || at === null) return; // no post to record: the file says not where
  const positions = held.body.positions as { title: string; at: PartyRef }[];
  if (positions.some((p) => p.title === title && p.at.id === at.id)) return;
  const position = { title, at, from: null, to: null, sourceIds };
  await expectOk(
    send('POST', `/people/${person.id}/positions`, position, {
      'If-Match': held.headers.etag ?? '',
    }),
    `POST /people/${person.id}/positions`,
  );
}

/**
 * Asks again while the API answers 503 "retry in a moment" (the directory loading after a start),
 * for at most a minute; then the last answer stands.
 */
async function whenAvailable(ask: () => Promise<Reply>): Promise<Reply> {
  const deadline = Date.now() + 60_000;
  let wait = 50;
  for (;;) {
    const reply = await ask();
    if (reply.status !== 503 || Date.now() > deadline) return reply;
    await new Promise((resolve) => setTimeout(resolve, wait));
    wait = Math.min(wait * 2, 1_000);
  }
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
