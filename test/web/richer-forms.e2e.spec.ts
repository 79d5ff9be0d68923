import { rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Browser, Page, Request } from 'playwright-core';
import { createTestApp, type TestApp } from '../support/test-app';
import { buildWebApp, describeInBrowser, launchChromium } from './support/browser';
import { seedParties, type SeedParties } from './support/seed-parties';

/**
 * Issue #15 in the browser: the forms take what real sources say — dates to the month, quarter or
 * year, "approximately"/"before", a place known only as a country, unnamed officials with a title,
 * video calls, named multilateral formats with their members, several parties and targets on a
 * pledge — and what the forms send reads back from the API as typed, shown in words.
 */
describeInBrowser('staff web app: forms for the richer record', () => {
  let t: TestApp;
  let webDir: string;
  let browser: Browser;
  let page: Page;
  let base: string;
  let token: string;
  let seed: SeedParties;
  const writes: { url: string; body: Record<string, unknown> | null }[] = [];
  const shots = process.env.WEB_SHOTS_DIR;

  const get = async (url: string) => (await t.app.inject({ url, headers: { authorization: `Bearer ${token}` } })).json();
  const pick = async (combobox: string, text: string, option: RegExp) => {
    await page.getByRole('combobox', { name: combobox }).fill(text);
    await page.getByRole('option', { name: option }).click();
  };
  const posted = (path: string) => writes.filter((w) => w.url === path);
  const idFromPage = () => /\/records\/\w+\/([0-9a-f-]{36})/.exec(page.url())?.[1] ?? '';

  beforeAll(async () => {
    webDir = buildWebApp();
    process.env.WEB_DIR = webDir;
    t = await createTestApp();
    await t.app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
    token = await t.tokenFor(['recorder', 'analyst', 'auditor'], { name: 'desk-officer' });
    seed = await seedParties(t, token);
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    context.setDefaultTimeout(10_000);
    context.on('request', (r: Request) => {
      if (r.method() === 'POST') writes.push({ url: new URL(r.url()).pathname, body: r.postDataJSON() as Record<string, unknown> | null });
    });
    page = await context.newPage();
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

  beforeEach(() => {
    writes.length = 0;
  });

  it('logs a visit the source dates to the month, led by an unnamed Foreign Minister, with no city stated', async () => {
    await page.goto(`${base}/log/visit`);
    await pick('Delegation sent by', 'Kazakh', /Kazakhstan/);
    await page.getByLabel("Head's title (if not named, or as the source gives it)").fill('Foreign Minister');
    await pick('Host country', 'Luxem', /Luxembourg/);
    const first = page.getByLabel('First day');
    await first.fill('oct 2024');
    await first.blur();
    expect(await first.inputValue()).toBe('October 2024');
    await page.getByLabel('Last day').fill('before 2025');
    await pick('Sources', 'Kazinform', /Nurtleu visits Luxembourg/);
    await page.getByRole('button', { name: 'Log the visit' }).click();
    await page.getByRole('heading', { name: 'Visit logged' }).waitFor();

    expect(posted('/visits')[0].body).toMatchObject({
      kind: null,
      delegation: { sentBy: { kind: 'country', id: 'KAZ' }, headId: null, headTitle: 'Foreign Minister' },
      city: null,
      startDate: '2024-10',
      endDate: 'before 2025',
      purpose: null,
    });
    await page.getByRole('link', { name: 'See the visit' }).click();
    await page.locator('dl.record-facts').getByText('led by an unnamed Foreign Minister').waitFor();
    const visit = await get(`/visits/${idFromPage()}`);
    expect(visit).toMatchObject({ startDate: '2024-10', endDate: 'before 2025', city: null, kind: null });
    const facts = await page.locator('dl.record-facts').textContent();
    expect(facts).toContain('October 2024');
    expect(facts).toContain('before 2025');
    expect(facts).toContain('not stated');
    expect(facts).toContain('Sent by Kazakhstan');
    if (shots) await page.screenshot({ path: `${shots}/record-visit.png`, fullPage: true });
  });

  it('logs a video call dated to a quarter, in a country only, with an unnamed Prime Minister', async () => {
    await page.goto(`${base}/log/meeting`);
    const date = page.getByLabel('Date', { exact: true });
    await date.fill('approximately Q4 2024');
    await date.blur();
    expect(await date.inputValue()).toBe('approximately Q4 2024');
    await pick('Country (optional)', 'Luxem', /Luxembourg/);
    await page.getByLabel('Format').selectOption({ label: 'Video call' });
    await page.getByLabel('Kind of engagement').selectOption({ label: 'Video call' });
    await pick('Add a participant', 'Nurtleu', /Murat Nurtleu/);
    await page.getByLabel('Or add someone the source names only by title').fill('Prime Minister');
    await page.getByRole('button', { name: 'Add the unnamed participant' }).click();
    await pick('Side the unnamed Prime Minister represented', 'Luxem', /Luxembourg/);
    await page.getByLabel('Summary').fill('Discussed the satellite programme by video link.');
    await pick('Sources', 'Kazinform', /Nurtleu visits Luxembourg/);
    if (shots) await page.screenshot({ path: `${shots}/log-meeting-richer.png`, fullPage: true });
    await page.getByRole('button', { name: 'Log the meeting' }).click();
    await page.getByRole('heading', { name: 'Meeting logged' }).waitFor();

    expect(posted('/meetings')[0].body).toMatchObject({
      date: 'approximately 2024-Q4',
      place: { city: null, country: 'LUX' },
      format: 'video-call',
      engagementKind: 'video-call',
      participants: [
        { party: { kind: 'person', id: seed.nurtleu }, title: null, side: { kind: 'country', id: 'KAZ' } },
        { party: null, title: 'Prime Minister', side: { kind: 'country', id: 'LUX' } },
      ],
    });
    await page.getByRole('link', { name: 'See the meeting' }).click();
    await page.getByRole('heading', { name: 'Meeting in Luxembourg, approximately Q4 2024' }).waitFor();
    // Names come from the directory as the page loads: wait for them, never for a time.
    await page.locator('dl.record-facts').getByText('Murat Nurtleu, for Kazakhstan').waitFor();
    await page.locator('dl.record-facts').getByText('Nurtleu visits Luxembourg').waitFor();
    const facts = await page.locator('dl.record-facts').textContent();
    expect(facts).toContain('an unnamed Prime Minister, for Luxembourg');
    expect(facts).toContain('Murat Nurtleu');
    expect(facts).toContain('Video call');
    expect(facts).not.toMatch(/041|CONSULT|video-call/);
    if (shots) await page.screenshot({ path: `${shots}/record-meeting.png`, fullPage: true });
  });

  it('logs a named multilateral session with its member parties', async () => {
    await page.goto(`${base}/log/meeting`);
    await page.getByLabel('Title (optional)').fill('Ministerial of the satellite partners');
    await page.getByLabel('Date', { exact: true }).fill('2025');
    await page.getByLabel('Format').selectOption({ label: 'Multilateral' });
    await page.getByLabel('Name of the format (optional)').fill('C5+1 ministerial');
    await pick('Member parties (optional)', 'Kazakh', /Kazakhstan/);
    await pick('Member parties (optional)', 'Luxem', /Luxembourg/);
    await page.getByLabel('Kind of engagement').selectOption({ label: 'Forum' });
    await pick('Add a participant', 'Nurtleu', /Murat Nurtleu/);
    await pick('Add a participant', 'Bettel', /Xavier Bettel/);
    await page.getByLabel('Summary').fill('Agreed the next steps of the programme.');
    await pick('Sources', 'Kazinform', /Nurtleu visits Luxembourg/);
    await page.getByRole('button', { name: 'Log the meeting' }).click();
    await page.getByRole('heading', { name: 'Meeting logged' }).waitFor();
    expect(posted('/meetings')[0].body).toMatchObject({
      date: '2025',
      format: 'multilateral',
      formatName: 'C5+1 ministerial',
      members: [
        { kind: 'country', id: 'KAZ' },
        { kind: 'country', id: 'LUX' },
      ],
      engagementKind: 'forum',
    });
  });
});
