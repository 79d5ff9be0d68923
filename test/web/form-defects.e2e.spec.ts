import { rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Browser, BrowserContext, Page, Request } from 'playwright-core';
import { createTestApp, type TestApp } from '../support/test-app';
import { buildWebApp, describeInBrowser, launchChromium } from './support/browser';
import { seedParties } from './support/seed-parties';

/**
 * The defects of issue #17 that cost staff data, each as a desk officer meets it in the browser:
 * a visit without its sending party, Enter in a search field, a pledge saved in two steps, focus
 * lost, developer text in errors, dates in the browser's mm/dd/yyyy, the session lost in a new tab.
 */
describeInBrowser('staff web app: forms that keep staff data', () => {
  let t: TestApp;
  let webDir: string;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let base: string;
  let token: string;
  const writes: { method: string; url: string; body: Record<string, unknown> | null }[] = [];
  const shots = process.env.WEB_SHOTS_DIR;

  beforeAll(async () => {
    webDir = buildWebApp();
    process.env.WEB_DIR = webDir;
    t = await createTestApp();
    await t.app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
    token = await t.tokenFor(['recorder', 'analyst', 'auditor'], { name: 'desk-officer' });
    await seedParties(t, token);
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    context.setDefaultTimeout(10_000);
    context.on('request', (r: Request) => {
      if (r.method() !== 'GET')
        writes.push({
          method: r.method(),
          url: new URL(r.url()).pathname,
          body: r.postDataJSON() as Record<string, unknown> | null,
        });
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

  const posted = (path: string) => writes.filter((w) => w.method === 'POST' && w.url === path);
  const focused = () =>
    page.evaluate<{ text: string; field: string; tag: string }>(
      "({ text: document.activeElement?.textContent ?? '', tag: document.activeElement?.tagName ?? '', field: document.activeElement?.closest('.field')?.textContent ?? '' })",
    );
  const pick = async (combobox: string, text: string, option: RegExp) => {
    await page.getByRole('combobox', { name: combobox }).fill(text);
    await page.getByRole('option', { name: option }).click();
  };
  const errorBeside = async (label: string) => {
    const control = page.getByLabel(label, { exact: true });
    const describedBy = (await control.getAttribute('aria-describedby')) ?? '';
    const texts = await Promise.all(
      describedBy
        .split(' ')
        .filter(Boolean)
        .map((id) => page.locator(`[id="${id}"]`).textContent()),
    );
    return texts.join(' ');
  };

  it('flags an empty "Delegation sent by" beside the field and sends nothing', async () => {
    await page.goto(`${base}/log/visit`);
    await pick('Head of delegation', 'Nurtleu', /Murat Nurtleu/);
    await pick('Host country', 'Luxem', /Luxembourg/);
    await page.getByLabel('City').fill('Luxembourg');
    await page.getByLabel('First day').fill('14 October 2024');
    await page.getByLabel('Last day').fill('2024-10-15');
    await page.getByLabel('Purpose').fill('Official visit of the Foreign Minister');
    await pick('Sources', 'Kazinform', /Nurtleu visits Luxembourg/);
    await page.getByRole('button', { name: 'Log the visit' }).click();

    const summary = page.getByRole('alert').filter({ hasText: 'There is a problem' });
    await summary.getByRole('link', { name: 'Choose who sent the delegation' }).waitFor();
    expect(await errorBeside('Delegation sent by')).toContain('Choose who sent the delegation');
    expect(posted('/visits')).toHaveLength(0);
    // GOV.UK: the summary takes focus, and its link takes the officer to the field.
    expect((await focused()).text).toContain('There is a problem');
    if (shots) await page.screenshot({ path: `${shots}/visit-error-summary.png`, fullPage: true });
    await summary.getByRole('link', { name: 'Choose who sent the delegation' }).click();
    expect((await focused()).field).toContain('Delegation sent by');

    await pick('Delegation sent by', 'Kazakh', /Kazakhstan/);
    await page.getByRole('button', { name: 'Log the visit' }).click();
    await page.getByRole('heading', { name: 'Visit logged' }).waitFor();
    expect(posted('/visits')).toHaveLength(1);
  });

  it('never submits the form on Enter in a search field, and keeps focus in the field after choosing with Enter', async () => {
    await page.goto(`${base}/log/pledge`);
    const sources = page.getByRole('combobox', { name: 'Sources' });
    await sources.fill('no such source anywhere');
    await page.getByText('Nothing on record matches').waitFor();
    await sources.press('Enter');
    expect(posted('/pledges')).toHaveLength(0);
    // The same keystroke on a matching option picks it: the form is still there, nothing was sent.
    const pledger = page.getByRole('combobox', { name: 'Who pledges' });
    await pledger.fill('SES');
    await page.getByRole('option', { name: /SES Broadband/ }).waitFor();
    await pledger.press('Enter');
    await page.getByRole('button', { name: /Remove SES Broadband/ }).waitFor();
    expect((await focused()).field).toContain('Who pledges');
    expect(posted('/pledges')).toHaveLength(0);
    expect(await page.getByRole('heading', { name: 'Record a pledge' }).count()).toBe(1);
  });

  const fillPledge = async (commitment: string) => {
    await page.goto(`${base}/log/pledge`);
    await pick('Who pledges', 'SES', /SES Broadband/);
    await pick('To whom, or for whose benefit', 'Kazakh', /Kazakhstan/);
    await page.getByLabel('Satellite communications').check();
    await page.getByLabel('What is promised').fill(commitment);
    await page.getByLabel('Pledged on').fill('14 October 2024');
    await pick('Sources', 'Kazinform', /Nurtleu visits Luxembourg/);
    await page.getByRole('button', { name: 'Add a follow-up' }).click();
    await page.getByLabel('Follow-up 1: action').fill('Ask SES for the connection schedule');
  };

  it('checks the follow-up before writing the pledge, then writes the pair once', async () => {
    await fillPledge('Ground stations for 12 regional hospitals');
    await page.getByRole('button', { name: 'Record the pledge' }).click();
    await page
      .getByRole('alert')
      .getByRole('link', { name: 'Enter the date follow-up 1 is due' })
      .waitFor();
    expect(await errorBeside('Follow-up 1: due')).toContain('Enter the date follow-up 1 is due');
    expect((await focused()).text).toContain('There is a problem');
    expect(posted('/pledges')).toHaveLength(0);
    expect(posted('/follow-ups')).toHaveLength(0);

    await page.getByLabel('Follow-up 1: due').fill('15 November 2024');
    await page.getByRole('button', { name: 'Record the pledge' }).dblclick();
    await page.getByRole('heading', { name: 'Pledge recorded' }).waitFor();
    await page.getByText('with 1 follow-up assigned').waitFor();
    // Every attempt named the same pledge: a second press cannot make a second one.
    expect(new Set(posted('/pledges').map((w) => w.body?.pledgeId))).toEqual(
      new Set([expect.any(String)]),
    );
    const follow = posted('/follow-ups')[0].body!;
    expect(follow).toMatchObject({
      dueDate: '2024-11-15',
      pledgeId: posted('/pledges')[0].body!.pledgeId,
    });
  });

  it('warns of an apparent duplicate before recording the same pledge again', async () => {
    await fillPledge('Ground stations for 12 regional hospitals');
    await page.getByLabel('Follow-up 1: due').fill('2024-11-15');
    await page.getByRole('button', { name: 'Record the pledge' }).click();
    await page.getByText('A pledge like this is already on record').waitFor();
    expect(posted('/pledges')).toHaveLength(0);
    if (shots) await page.screenshot({ path: `${shots}/pledge-duplicate.png`, fullPage: true });
    await page.getByRole('button', { name: 'Record it anyway' }).click();
    await page.getByRole('heading', { name: 'Pledge recorded' }).waitFor();
    expect(posted('/pledges')).toHaveLength(1);
  });

  it('survives a lost answer: pressing again records the follow-up once, without a second pledge', async () => {
    await fillPledge('Satellite terminals for 40 rural schools');
    await page.getByLabel('Follow-up 1: due').fill('15 November 2024');
    // The follow-up is written, but its answer never reaches the browser.
    let lost = false;
    await page.route('**/follow-ups', async (route) => {
      if (lost || route.request().method() !== 'POST') return route.continue();
      lost = true;
      await route.fetch();
      await route.abort('connectionreset');
    });
    await page.getByRole('button', { name: 'Record the pledge' }).click();
    await page
      .getByRole('alert')
      .getByText('the server could not be reached while assigning follow-up 1', { exact: false })
      .waitFor();
    await page.getByRole('button', { name: 'Assign the follow-ups' }).click();
    await page.getByRole('heading', { name: 'Pledge recorded' }).waitFor();
    await page.unroute('**/follow-ups');

    expect(posted('/pledges')).toHaveLength(1);
    const followUpIds = new Set(posted('/follow-ups').map((w) => w.body?.followUpId));
    expect(posted('/follow-ups')).toHaveLength(2);
    expect(followUpIds.size).toBe(1);
    const [followUpId] = [...followUpIds] as string[];
    const written = await t.app.inject({
      url: `/follow-ups/${followUpId}`,
      headers: { authorization: `Bearer ${token}` },
    });
    expect(written.json()).toMatchObject({ revision: 0 });
  });

  it('takes dates as people write them and shows them that way', async () => {
    await page.goto(`${base}/log/meeting`);
    expect(await page.locator('input[type="date"]').count()).toBe(0);
    const date = page.getByLabel('Date', { exact: true });
    await date.fill('2024-10-14');
    await date.blur();
    expect(await date.inputValue()).toBe('14 October 2024');
    await date.fill('31 February 2024');
    await page.getByRole('button', { name: 'Log the meeting' }).click();
    expect(await errorBeside('Date')).toContain('Enter a real date as precise as the source, like 14 October 2024');
    expect(await errorBeside('Summary')).toContain('Enter a summary of the meeting');
    expect(await page.locator('.field-error').allTextContents()).not.toContainEqual(
      expect.stringMatching(/should not|must be|elements/),
    );
    expect(posted('/meetings')).toHaveLength(0);
  });

  it('asks for no date the browser’s way on any page', async () => {
    for (const path of ['/log/visit', '/log/meeting', '/log/pledge', '/history/country/LUX']) {
      await page.goto(`${base}${path}`);
      await page.locator('form').first().waitFor();
      expect(await page.locator('input[type="date"], input[type="datetime-local"]').count()).toBe(
        0,
      );
    }
  });

  it('names kinds of engagement in words, without codes', async () => {
    await page.goto(`${base}/log/meeting`);
    const kinds = await page.getByLabel('Kind of engagement').locator('option').allTextContents();
    expect(kinds).toContain('Visit');
    expect(kinds.join(' ')).not.toMatch(/CAMEO|\d{3}/);
  });

  it('ships a favicon', async () => {
    const res = await fetch(`${base}/favicon.ico`);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/image/);
  });

  it('keeps the session in a new tab, and signs every tab out together', async () => {
    const second = await context.newPage();
    await second.goto(`${base}/board`);
    await second.getByText('desk-officer (recorder, analyst, auditor)').waitFor();
    expect(await second.getByRole('heading', { name: 'Sign in' }).count()).toBe(0);
    await second.getByRole('button', { name: 'Sign out' }).click();
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await second.close();
  });
});
