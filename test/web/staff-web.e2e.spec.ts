import { rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import { createTestApp, type TestApp } from '../support/test-app';
import { buildWebApp, describeInBrowser, launchChromium } from './support/browser';
import { seedParties, type SeedParties } from './support/seed-parties';

/**
 * A desk officer at work in a real browser, against the real API serving the built web app: sign
 * in, log the meeting with Luxembourg's prime minister (after a field error), record the
 * satellite-internet pledge with a follow-up, and find both on the Kazakhstan–Luxembourg page.
 */
describeInBrowser('staff web app in headless Chromium', () => {
  let t: TestApp;
  let webDir: string;
  let browser: Browser;
  let page: Page;
  let base: string;
  let token: string;
  let seed: SeedParties;
  const shots = process.env.WEB_SHOTS_DIR;

  beforeAll(async () => {
    webDir = buildWebApp();
    process.env.WEB_DIR = webDir;
    t = await createTestApp();
    await t.app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
    token = await t.tokenFor(['recorder', 'analyst', 'auditor'], { name: 'desk-officer' });
    seed = await seedParties(t, token);
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1366, height: 900 } });
    page.setDefaultTimeout(10_000);
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
    delete process.env.WEB_DIR;
    if (webDir) rmSync(webDir, { recursive: true, force: true });
  });

  const pick = async (combobox: string, text: string, option: RegExp) => {
    await page.getByRole('combobox', { name: combobox }).fill(text);
    await page.getByRole('option', { name: option }).click();
  };

  it('serves the app at / and keeps the API answering JSON beside it', async () => {
    const api = await fetch(`${base}/auth/me`, { headers: { authorization: `Bearer ${token}` } });
    expect(await api.json()).toMatchObject({ id: 'desk-officer' });
    const deepLink = await fetch(`${base}/partners/KAZ/LUX`, { headers: { accept: 'text/html' } });
    expect(deepLink.headers.get('content-type')).toContain('text/html');
    expect(await deepLink.text()).toContain('<div id="root">');
    const unknownApi = await fetch(`${base}/no-such-route`, {
      headers: { accept: 'application/json' },
    });
    expect(unknownApi.status).toBe(404);
  });

  it('signs in with a token', async () => {
    await page.goto(`${base}/`);
    await page.getByRole('heading', { name: 'Sign in' }).waitFor();
    await page.getByLabel('API token').fill('not-a-token');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('This token is not valid').waitFor();
    await page.getByLabel('API token').fill(token);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('desk-officer (recorder, analyst, auditor)').waitFor();
    // The page's sessionStorage, read in the browser (the test file itself has no DOM types).
    expect(await page.evaluate("sessionStorage.getItem('chancery.token')")).toBe(token);
  });

  it('logs the meeting with the prime minister, after showing the field error for an empty summary', async () => {
    await page.getByRole('link', { name: 'Log a meeting' }).first().click();
    await page.getByLabel('Title (optional)').fill('Talks with the Prime Minister of Luxembourg');
    await page.getByLabel('Date').fill('2024-10-14');
    await pick('Add a participant', 'Nurtleu', /Murat Nurtleu/);
    await pick('Add a participant', 'Frieden', /Luc Frieden/);
    // The people's current posts set their sides: Kazakhstan and Luxembourg.
    await page.getByText('Kazakhstan', { exact: false }).first().waitFor();
    for (const topic of [
      'Financial technology',
      'Green energy',
      'Pharmaceuticals',
      'Transport infrastructure',
    ]) {
      await page.getByLabel(topic).check();
    }
    await pick('Sources', 'Kazinform', /Nurtleu visits Luxembourg/);
    await page.getByRole('button', { name: 'Log the meeting' }).click();

    const summary = page.getByLabel('Summary');
    await page
      .getByRole('alert')
      .getByRole('link', { name: 'Enter a summary of the meeting' })
      .waitFor();
    expect(await summary.getAttribute('aria-invalid')).toBe('true');
    const describedBy = (await summary.getAttribute('aria-describedby'))!;
    expect(await page.locator(`[id="${describedBy}"]`).textContent()).toContain(
      'Enter a summary of the meeting',
    );
    if (shots) await page.screenshot({ path: `${shots}/field-error.png`, fullPage: true });

    await summary.fill(
      'Key and promising areas of cooperation: fintech, green energy, pharmaceuticals, transport infrastructure.',
    );
    await page.getByRole('button', { name: 'Log the meeting' }).click();
    await page.getByRole('heading', { name: 'Meeting logged' }).waitFor();
  });

  it('records the satellite-internet pledge from that meeting, with a follow-up', async () => {
    await page.getByRole('link', { name: 'Record a pledge made at this meeting' }).click();
    await page.getByText('Talks with the Prime Minister of Luxembourg').waitFor();
    await pick('Who pledges', 'SES', /SES Broadband/);
    await pick('To whom, or for whose benefit', 'Kazakh', /Kazakhstan/);
    await page.getByLabel('Satellite communications').check();
    await page
      .getByLabel('What is promised')
      .fill('Stable internet via European satellites for 328 remote settlements in Kazakhstan');
    await page.getByRole('button', { name: 'Add a target' }).click();
    await page.getByLabel('Target 1: figure').fill('328');
    await page.getByLabel('Target 1: unit').fill('settlements');
    expect(await page.getByLabel('Pledged on').inputValue()).toBe('14 October 2024');
    await page.getByRole('button', { name: 'Add a follow-up' }).click();
    await page
      .getByLabel('Follow-up 1: action')
      .fill('Ask SES for the list of the 328 settlements');
    expect(await page.getByLabel('Follow-up 1: assigned to').inputValue()).toBe('desk-officer');
    await page.getByLabel('Follow-up 1: due').fill('2024-11-15');
    await page.getByRole('button', { name: 'Record the pledge' }).click();
    await page.getByRole('heading', { name: 'Pledge recorded' }).waitFor();
    await page.getByText('with 1 follow-up assigned').waitFor();
  });

  it('shows the meeting, the pledge with its progress and the follow-up on the Kazakhstan–Luxembourg page', async () => {
    // A page opened afresh in the tab that wrote asks for its own writes (minPosition).
    await page.goto(`${base}/partners/KAZ/LUX`);
    await page.getByRole('heading', { name: 'Kazakhstan – Luxembourg' }).waitFor();
    await page.getByRole('link', { name: 'Talks with the Prime Minister of Luxembourg' }).waitFor();
    await page
      .getByText('Stable internet via European satellites for 328 remote settlements')
      .waitFor();
    await page.getByText('0 of 328 settlements').waitFor();
    await page.getByText('Ask SES for the list of the 328 settlements').waitFor();
    expect(
      await page
        .getByRole('img', { name: /engagements per quarter|per calendar quarter/i })
        .getAttribute('aria-label'),
    ).toContain('2024 Q4 1');
    if (shots) await page.screenshot({ path: `${shots}/partnership.png`, fullPage: true });
  });

  it('reschedules the follow-up in place on my board, overdue first', async () => {
    await page.getByRole('link', { name: 'Follow-ups' }).click();
    const card = page.locator('li.card', {
      hasText: 'Ask SES for the list of the 328 settlements',
    });
    await card.getByText('Overdue').waitFor();
    await card.getByRole('button', { name: 'Reschedule…' }).click();
    await card.getByLabel('New due date').fill('2099-01-31');
    await card.getByLabel('Reason').fill('SES asked for more time');
    await card.getByRole('button', { name: 'Reschedule', exact: true }).click();
    await card.getByText('due 31 January 2099').waitFor();
    expect(await card.getByText('Overdue').count()).toBe(0);
    if (shots) await page.screenshot({ path: `${shots}/board.png`, fullPage: true });
  });

  it('shows a record’s history and the record as known before it was recorded', async () => {
    await page.goto(`${base}/history/person/${seed.frieden}`);
    await page.getByRole('heading', { name: 'History of Luc Frieden' }).waitFor();
    await page.getByText('Person registered').waitFor();
    await page.getByText('Person appointed').waitFor();
    await page.getByLabel('Known at (your local time)').fill('2001-01-01T00:00');
    await page.getByRole('button', { name: 'Show the record then' }).click();
    await page.getByText('Nothing about this record was known then.').waitFor();
    await page.getByLabel('Known at (your local time)').fill('2099-01-01T00:00');
    await page.getByRole('button', { name: 'Show the record then' }).click();
    await page
      .getByRole('region', { name: 'The record as known then' })
      .getByText('Luc Frieden')
      .waitFor();
  });
});
