import { eventually } from '../../support/eventually';
import type { TestApp } from '../../support/test-app';

export interface SeedParties {
  source: string;
  nurtleu: string;
  frieden: string;
  bettel: string;
  ses: string;
  position: number;
}

/**
 * The parties of the 14 October 2024 visit and its source, through the write API as a client
 * would record them: what the forms' pickers then find by name.
 */
export async function seedParties(t: TestApp, token: string): Promise<SeedParties> {
  let position = 0;
  const send = async (method: 'POST' | 'PUT', url: string, payload: object, ifMatch?: number) => {
    const res = await t.app.inject({
      method,
      url,
      payload,
      headers: { authorization: `Bearer ${token}`, ...(ifMatch === undefined ? {} : { 'if-match': `"${ifMatch}"` }) },
    });
    if (res.statusCode >= 300) throw new Error(`${method} ${url}: ${res.statusCode} ${res.body}`);
    position = Math.max(position, res.json().position);
    return res.json() as { id: string; revision: number };
  };
  const source = await send('POST', '/sources', {
    type: 'news-agency',
    publisher: 'Kazinform',
    title: 'Nurtleu visits Luxembourg',
    publishedOn: '2024-10-15',
    classification: 'public',
  });
  await send('PUT', '/countries/KAZ', { classification: 'public' });
  await send('PUT', '/countries/LUX', { classification: 'public' });
  const person = async (name: string, nationality: string, title: string) => {
    const p = await send('POST', '/people', { name, nationality, sourceIds: [source.id], classification: 'public' });
    await send('POST', `/people/${p.id}/positions`, { title, at: { kind: 'country', id: nationality }, from: '2023-01-01', sourceIds: [source.id] }, p.revision);
    return p.id;
  };
  const nurtleu = await person('Murat Nurtleu', 'KAZ', 'Deputy Prime Minister and Minister of Foreign Affairs');
  const frieden = await person('Luc Frieden', 'LUX', 'Prime Minister');
  const bettel = await person('Xavier Bettel', 'LUX', 'Deputy Prime Minister and Minister for Foreign Affairs and Foreign Trade');
  const ses = await send('POST', '/organisations', {
    name: 'SES Broadband',
    acronym: 'SES',
    kind: 'company',
    homeCountry: 'LUX',
    sector: 'satellite communications',
    sourceIds: [source.id],
    classification: 'public',
  });
  await directoryKnows(t, token, ses.id);
  return { source: source.id, nurtleu, frieden, bettel, ses: ses.id, position };
}

/**
 * The directory follows the log with no read-your-writes: pickers find nothing it has not applied
 * yet. It applies in log order, so once it knows the last record seeded it knows them all.
 */
async function directoryKnows(t: TestApp, token: string, id: string): Promise<void> {
  await eventually(async () => {
    const res = await t.app.inject({
      url: `/directory?q=${encodeURIComponent(id)}&limit=5`,
      headers: { authorization: `Bearer ${token}` },
    });
    return res.statusCode === 200 && res.json().items.some((e: { id: string }) => e.id === id);
  });
}
