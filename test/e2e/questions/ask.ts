import type { Send } from '../../../apps/cli/src/import/importer';
import { eventually } from '../../support/eventually';

/* eslint-disable @typescript-eslint/no-explicit-any -- JSON answers of the read models */
export type Json = any;

/**
 * How an analyst asks the record, over HTTP: read models with read-your-writes (`minPosition` of
 * the last write the import made), people found by name in the directory, records opened from the
 * lists that name them. Nothing here knows an id the API did not hand out.
 */
export class Analyst {
  constructor(
    private readonly send: Send,
    private readonly lastWrite: () => number,
  ) {}

  /** A read model (`/timeline`, `/partnerships`, `/pledges/register`, `/dossiers`), caught up. */
  async read(path: string): Promise<Json> {
    const glue = path.includes('?') ? '&' : '?';
    const reply = await this.send('GET', `${path}${glue}minPosition=${this.lastWrite()}`);
    if (reply.status !== 200)
      throw new Error(`GET ${path} answered ${reply.status}: ${JSON.stringify(reply.body)}`);
    return reply.body;
  }

  /** A record as it stands (`/meetings/:id`, `/visits/:id`, `/sources/:id`…). */
  async open(path: string): Promise<Json> {
    const reply = await this.send('GET', path);
    if (reply.status !== 200)
      throw new Error(`GET ${path} answered ${reply.status}: ${JSON.stringify(reply.body)}`);
    return reply.body;
  }

  /** The one person on record under exactly this name (the directory has no read-your-writes). */
  person(name: string): Promise<string> {
    return eventually(async () => {
      const q = encodeURIComponent(name);
      const reply = await this.send('GET', `/directory?q=${q}&kinds=person&limit=100`);
      const found = (reply.body?.items ?? []).filter((e: Json) => e.name === name);
      return found.length === 1 ? (found[0].id as string) : null;
    }, 20_000);
  }

  /** A person's dossier, its lists (meetings, statements…) as plain arrays. */
  async dossier(name: string): Promise<Json> {
    const id = await this.person(name);
    return unpaged(await this.read(`/dossiers/people/${id}?limit=500`));
  }

  /** A partnership page: each of its lists (engagements, pledges, indicators…) a page with `items`. */
  partnership(party: string, counterpart: string): Promise<Json> {
    return this.read(`/partnerships/${party}/${counterpart}?limit=500`);
  }

  /** The records of a kind whose words match, each opened (`/search`, then the record). */
  async search(words: string, kind: string): Promise<Json[]> {
    const q = encodeURIComponent(words);
    const found = await this.read(`/search?q=${q}&kind=${kind}&limit=100`);
    return Promise.all(found.items.map((hit: Json) => this.open(`/${kind}s/${hit.id}`)));
  }

  /** The meetings both attended, newest first (an undated one last), each opened. */
  async meetingsOfBoth(a: string, b: string): Promise<Json[]> {
    const [first, second] = [await this.dossier(a), await this.dossier(b)];
    const theirs = new Set(second.meetings.map((m: Json) => m.meetingId));
    const shared = first.meetings
      .filter((m: Json) => theirs.has(m.meetingId))
      .sort((x: Json, y: Json) => String(y.date ?? '').localeCompare(String(x.date ?? '')));
    return Promise.all(shared.map((m: Json) => this.open(`/meetings/${m.meetingId}`)));
  }

  async lastMeetingOf(a: string, b: string): Promise<Json> {
    const [last] = await this.meetingsOfBoth(a, b);
    if (!last) throw new Error(`no meeting on record between ${a} and ${b}`);
    return last;
  }

  /** Every pledge of the register matching the query (one page of at most 500 is plenty here). */
  async pledges(query: string): Promise<Json[]> {
    return (await this.read(`/pledges/register?${query ? `${query}&` : ''}limit=500`)).items;
  }

  /** The visits on a party's timeline, each opened. */
  async visitsOf(party: string): Promise<Json[]> {
    const page = await this.read(`/timeline/${party}?kind=visit&limit=500`);
    return Promise.all(page.items.map((i: Json) => this.open(`/visits/${i.recordId}`)));
  }

  /** The words of a record's topics, as the vocabulary labels them. */
  async topicWords(slugs: string[]): Promise<string[]> {
    const topics: Json[] = await this.open('/topics');
    const label = new Map(topics.map((t) => [t.slug, t.label]));
    return slugs.map((s) => label.get(s) ?? s);
  }

  /** Names of the people among a meeting's participants (an unnamed one is null). */
  async participantNames(meeting: Json): Promise<(string | null)[]> {
    return Promise.all(
      meeting.participants.map(async (p: Json) =>
        p.party?.kind === 'person' ? (await this.open(`/people/${p.party.id}`)).name : null,
      ),
    );
  }

  /** The publication day of the record's first source. */
  async publishedOn(record: Json): Promise<string | null> {
    return (await this.open(`/sources/${record.sourceIds[0]}`)).publishedOn;
  }
}

function unpaged(answer: Json): Json {
  const flat: Json = { ...answer };
  for (const [key, value] of Object.entries(answer))
    if (
      value &&
      typeof value === 'object' &&
      Array.isArray((value as Json).items) &&
      'total' in (value as Json)
    )
      flat[key] = (value as Json).items;
  return flat;
}

export const money = (amount: number, currency: string, qualifier: string | null = null) =>
  expectTarget({ amount, currency, qualifier });
export const quantity = (value: number, unit: string) =>
  expectTarget({ quantity: value, unit, qualifier: null });

function expectTarget(target: Record<string, unknown>) {
  return expect.objectContaining(target);
}

export const hasMoney = (pledge: Json) =>
  (pledge.targets ?? []).some((t: Json) => typeof t.amount === 'number');

export const commitmentOf = (pledges: Json[], words: string): Json => {
  const found = pledges.filter((p) => String(p.commitment).includes(words));
  if (found.length !== 1)
    throw new Error(`${found.length} pledges say "${words}": ${JSON.stringify(pledges)}`);
  return found[0];
};
