import { rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { eventually } from '../support/eventually';
import { createTestApp, type TestApp } from '../support/test-app';
import { buildWebApp, describeInBrowser, launchChromium } from './support/browser';
import { seedParties, type SeedParties } from './support/seed-parties';

/**
 * Issue #17: the pages speak the staff's words, never the codes the API stores: topics and pledge
 * levels by their labels, untitled meetings and dates as people write them, parties and records by
 * name, and a record's history as named changes rather than JSON with ids.
 */
describeInBrowser('staff web app: pages in plain words', () => {
  let t: TestApp;
  let webDir: string;
  let browser: Browser;
  let page: Page;
  let base: string;
  let token: string;
  let seed: SeedParties;
  let position = 0;

  beforeAll(async () => {
    webDir = buildWebApp();
    process.env.WEB_DIR = webDir;
    t = await createTestApp();
    await t.app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
    token = await t.tokenFor(['recorder', 'analyst', 'auditor'], { name: 'desk-officer' });
    seed = await seedParties(t, token);
    const post = async (url: string, payload: object) => {
      const res = await t.app.inject({
        method: 'POST',
        url,
        payload,
        headers: { authorization: `Bearer ${token}` },
      });
      if (res.statusCode !== 201) throw new Error(`${url}: ${res.statusCode} ${res.body}`);
      position = Math.max(position, res.json().position);
      return res.json() as { id: string };
    };
    const meeting = await post('/meetings', {
      title: null,
      date: '2024-10-14',
      place: { city: 'Luxembourg', country: 'LUX' },
      format: 'bilateral',
      engagementKind: 'visit',
      participants: [
        { party: { kind: 'person', id: seed.nurtleu }, side: { kind: 'country', id: 'KAZ' } },
        { party: { kind: 'person', id: seed.frieden }, side: { kind: 'country', id: 'LUX' } },
      ],
      topics: ['fintech'],
      summary: 'Talks on financial technology.',
      sourceIds: [seed.source],
      classification: 'public',
    });
    await post('/pledges', {
      pledger: { kind: 'country', id: 'LUX' },
      beneficiary: { kind: 'country', id: 'KAZ' },
      area: 'fintech',
      commitment: 'Open a fintech hub for Kazakh start-ups',
      level: 'firm-commitment',
      meetingId: meeting.id,
      pledgedOn: '2024-10-14',
      sourceIds: [seed.source],
      classification: 'public',
    });
    // The read models apply the log asynchronously: wait until they hold everything written.
    const ready = await t.app.inject({
      url: `/partnerships/KAZ/LUX?minPosition=${position}`,
      headers: { authorization: `Bearer ${token}` },
    });
    expect(ready.statusCode).toBe(200);
    await t.app.inject({
      url: `/pledges/register?minPosition=${position}`,
      headers: { authorization: `Bearer ${token}` },
    });
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    page.setDefaultTimeout(10_000);
    await page.goto(`${base}/sign-in`);
    await page.getByLabel('API token').fill(token);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('desk-officer (recorder, analyst, auditor)').waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
    delete process.env.WEB_DIR;
    if (webDir) rmSync(webDir, { recursive: true, force: true });
  });

  const mainText = () => page.locator('main').innerText();
  const shots = process.env.WEB_SHOTS_DIR;

  it('names topics, pledge levels, untitled meetings and dates in words on a partnership page', async () => {
    await page.goto(`${base}/partners/KAZ/LUX`);
    await page.getByRole('heading', { name: 'Kazakhstan – Luxembourg' }).waitFor();
    await page.getByText('Open a fintech hub for Kazakh start-ups').waitFor();
    const codes = /\bfintech\b(?! hub)|firm-commitment|\d{4}-\d{2}-\d{2}|meeting of/;
    const words = ['Financial technology', 'Firm commitment', '14 October 2024'];
    // Labels arrive with the topic vocabulary, which may answer after the page's own data.
    const text = await settledText(mainText, words, codes);
    if (shots) await page.screenshot({ path: `${shots}/partnership-words.png`, fullPage: true });
    for (const word of words) expect(text).toContain(word);
    expect(text).not.toMatch(codes);
    await page.getByRole('link', { name: 'Meeting in Luxembourg on 14 October 2024' }).waitFor();
  });

  it('tells meetings apart in a picker by place and participants, with dates in words', async () => {
    await page.goto(`${base}/log/pledge`);
    await page.getByRole('combobox', { name: 'Made at the meeting (optional)' }).fill('Meeting');
    const option = page.getByRole('option', { name: /Meeting in Luxembourg on 14 October 2024/ });
    await option.waitFor();
    expect(await option.textContent()).toContain('with Murat Nurtleu and Luc Frieden');
    await page.getByRole('combobox', { name: 'Sources' }).fill('Kazinform');
    expect(
      await page.getByRole('option', { name: /Nurtleu visits Luxembourg/ }).textContent(),
    ).toContain('Kazinform, 15 October 2024');
  });

  it('lists a party’s partnerships by name, with dates in words', async () => {
    await page.goto(`${base}/partners`);
    const party = page.getByRole('combobox', { name: 'Party' });
    await party.fill('Kazakh');
    await page.getByRole('option', { name: /Kazakhstan/ }).click();
    const row = page.getByRole('row', { name: /Luxembourg/ });
    await row.waitFor();
    expect(await row.textContent()).toContain('14 October 2024');
  });

  it('names both parties in the heading, even where nothing is recorded between them', async () => {
    await page.goto(`${base}/partners/LUX/BEL`);
    await page.getByRole('heading', { name: 'Luxembourg – Belgium' }).waitFor();
    expect(await mainText()).not.toMatch(/\bLUX\b|\bBEL\b/);
  });

  it('tells a record’s history by name, event and change in words, without JSON or ids', async () => {
    await page.goto(`${base}/history/person/${seed.frieden}`);
    await page.getByRole('heading', { name: 'History of Luc Frieden' }).waitFor();
    const history = page.locator('ol.history');
    await history.getByText('Person registered').waitFor();
    await history.getByText('Person appointed').waitFor();
    const codes = /PersonRegistered|\{"|[0-9a-f]{8}-[0-9a-f]{4}-/;
    const words = ['Nurtleu visits Luxembourg', 'Prime Minister at Luxembourg', '1 January 2023'];
    // Names of the records a change refers to are looked up after the history itself arrives.
    const text = await settledText(() => history.innerText(), words, codes);
    if (shots) await page.screenshot({ path: `${shots}/history-words.png`, fullPage: true });
    for (const word of words) expect(text).toContain(word);
    expect(text).not.toMatch(codes);
  });
});

/**
 * The text once every word is there and no code is left, or, if it never settles, the text as it
 * stands, for the expectations to say what is wrong.
 */
async function settledText(read: () => Promise<string>, words: string[], codes: RegExp) {
  const settled = async () => {
    const text = await read();
    return words.every((word) => text.includes(word)) && !codes.test(text) && text;
  };
  return eventually(settled).catch(read);
}
