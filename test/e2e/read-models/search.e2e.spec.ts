import { createTestApp, type TestApp } from '../../support/test-app';
import type { Send } from '../../../examples/seed-visit/load';
import { injectClient } from '../record/inject-client';

/**
 * The header's search: every record kind found by the beginnings of its words, corrections and
 * retractions followed, and nothing above the reader's clearance shown, nor counted.
 */
describe('search across the record, over HTTP', () => {
  let t: TestApp;
  let officer: Send;
  let internalReader: Send;
  let seen = 0;
  let frieden: string;

  const write = async (method: 'POST' | 'PUT', path: string, body: object, ifMatch?: number) => {
    const headers: Record<string, string> =
      ifMatch === undefined ? {} : { 'If-Match': `"${ifMatch}"` };
    const reply = await officer(method, path, body, headers);
    expect(reply.status).toBeLessThan(300);
    seen = Math.max(seen, reply.body.position);
    return reply.body as { id: string; revision: number };
  };
  const find = async (who: Send, q: string, extra = '') => {
    const reply = await who(
      'GET',
      `/search?q=${encodeURIComponent(q)}&minPosition=${seen}${extra}`,
    );
    expect(reply.status).toBe(200);
    return reply.body as {
      items: Array<{ kind: string; id: string; title: string; detail: string | null }>;
      total: number;
      byKind: Record<string, number>;
    };
  };
  const titles = async (who: Send, q: string, extra = '') =>
    (await find(who, q, extra)).items.map((i) => `${i.kind}: ${i.title}`);

  beforeAll(async () => {
    t = await createTestApp();
    officer = injectClient(
      t.app,
      await t.tokenFor(['recorder', 'analyst'], { clearance: 'confidential', name: 'officer' }),
    );
    internalReader = injectClient(
      t.app,
      await t.tokenFor('analyst', { clearance: 'internal', name: 'reader' }),
    );
    await write('PUT', '/countries/KAZ', { classification: 'public' });
    await write('PUT', '/countries/LUX', { classification: 'public' });
    const source = await write('POST', '/sources', {
      type: 'news-agency',
      publisher: 'Kazinform',
      title: 'Nurtleu visits Luxembourg',
      publishedOn: '2024-10-15',
    });
    frieden = (await write('POST', '/people', { name: 'Luc Frieden', nationality: 'LUX' })).id;
    const nurtleu = (await write('POST', '/people', { name: 'Murat Nurtleu', nationality: 'KAZ' }))
      .id;
    await write('POST', '/people', {
      name: 'Gaston Informant',
      nationality: 'LUX',
      classification: 'confidential',
    });
    await write('POST', '/organisations', {
      name: 'SES Broadband',
      kind: 'company',
      homeCountry: 'LUX',
    });
    await write('POST', '/meetings', {
      title: 'Talks with the Prime Minister of Luxembourg',
      date: '2024-10-14',
      format: 'bilateral',
      participants: [
        { party: { kind: 'person', id: nurtleu }, side: { kind: 'country', id: 'KAZ' } },
        { party: { kind: 'person', id: frieden }, side: { kind: 'country', id: 'LUX' } },
      ],
      topics: ['satellite-communications'],
      summary: 'Satellite internet for remote villages; Gaston confidential channel.',
      engagementKind: 'visit',
      sourceIds: [source.id],
      classification: 'confidential',
    });
  });
  afterAll(() => t.close());

  it('finds every kind by the beginning of its words, case and accents aside', async () => {
    // Kind by kind, places and people first, by title within a kind; people by nationality too.
    expect(await titles(officer, 'LUX')).toEqual([
      'country: Luxembourg',
      'person: Gaston Informant',
      'person: Luc Frieden',
      'organisation: SES Broadband',
      'meeting: Talks with the Prime Minister of Luxembourg',
      'source: Nurtleu visits Luxembourg',
    ]);
    expect(await titles(officer, 'kazinf')).toEqual(['source: Nurtleu visits Luxembourg']);
    expect(await titles(officer, 'Kazakhstán')).toEqual([
      'country: Kazakhstan',
      'person: Murat Nurtleu',
    ]);
  });

  it('needs every word to match, and narrows to one kind with its count per kind', async () => {
    expect(await titles(officer, 'luc fried')).toEqual(['person: Luc Frieden']);
    const people = await find(officer, 'lux', '&kind=person');
    expect(people.items.map((i) => i.title)).toEqual(['Gaston Informant', 'Luc Frieden']);
    expect(people.total).toBe(2);
    expect(people.byKind).toMatchObject({
      country: 1,
      person: 2,
      source: 1,
      organisation: 1,
      meeting: 1,
    });
  });

  it('shows and counts nothing above the reader’s clearance', async () => {
    const gaston = await find(internalReader, 'gaston');
    expect(gaston).toMatchObject({ items: [], total: 0, byKind: {} });
    const lux = await find(internalReader, 'lux');
    expect(lux.total).toBe(4);
    expect(lux.byKind).toEqual({ country: 1, person: 1, source: 1, organisation: 1 });
    expect(JSON.stringify(lux)).not.toMatch(/Gaston|Prime Minister/);
    expect((await find(officer, 'gaston')).total).toBe(2);
  });

  it('pages through that order, across kinds', async () => {
    const page = async (offset: number) =>
      (await find(officer, 'lux', `&limit=2&offset=${offset}`)).items.map((i) => i.title);
    expect(await page(0)).toEqual(['Luxembourg', 'Gaston Informant']);
    expect(await page(2)).toEqual(['Luc Frieden', 'SES Broadband']);
    expect(await page(4)).toEqual([
      'Talks with the Prime Minister of Luxembourg',
      'Nurtleu visits Luxembourg',
    ]);
    expect(await page(6)).toEqual([]);
  });

  it('follows corrections and retractions', async () => {
    await write(
      'POST',
      `/people/${frieden}/corrections`,
      {
        changes: { name: 'Luc Friedén' },
        reason: 'Spelling as on the government site',
      },
      0,
    );
    expect(await titles(officer, 'frieden')).toEqual(['person: Luc Friedén']);
    await write(
      'POST',
      `/people/${frieden}/corrections`,
      {
        changes: { name: 'Lucien Frieden' },
        reason: 'Full first name',
      },
      1,
    );
    expect(await titles(officer, 'luc')).toEqual(['person: Lucien Frieden']);
    await write('POST', `/people/${frieden}/retraction`, { reason: 'Recorded twice' }, 2);
    expect(await titles(officer, 'frieden')).toEqual([]);
  });

  it('answers 400 naming the field for no words and an unknown kind', async () => {
    const empty = await officer('GET', '/search?q=');
    expect(empty.status).toBe(400);
    expect(JSON.stringify(empty.body)).toContain('q');
    const kind = await officer('GET', '/search?q=lux&kind=spaceship');
    expect(kind.status).toBe(400);
    expect(JSON.stringify(kind.body)).toContain('kind');
  });
});
