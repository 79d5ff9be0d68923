import { readdirSync, readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { createTestApp, type TestApp } from '../support/test-app';
import { describeFindings, seriousViolations } from './support/axe';
import { buildWebApp, describeInBrowser, launchChromium } from './support/browser';
import { keyboardOnly } from './support/keyboard';

const SEED_DIR = join(__dirname, '../../../shared/seed');
const seedText = readFileSync(join(SEED_DIR, readdirSync(SEED_DIR)[0]), 'utf8');

/**
 * Issue #16 in the browser: the seed release pasted into "From a press release", its proposed
 * records reviewed with the keyboard only (the text beside them, their words marked), one edited,
 * one rejected, one accepted, then committed: the records read back from the API as reviewed.
 */
describeInBrowser('staff web app: drafting records from a press release', () => {
  let t: TestApp;
  let webDir: string;
  let browser: Browser;
  let page: Page;
  let base: string;
  let token: string;

  const get = async (url: string) =>
    (await t.app.inject({ url, headers: { authorization: `Bearer ${token}` } })).json();
  const noSeriousFindings = async (where: string) =>
    expect(describeFindings(where, await seriousViolations(page))).toEqual([]);

  beforeAll(async () => {
    webDir = buildWebApp();
    process.env.WEB_DIR = webDir;
    t = await createTestApp();
    await t.app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
    token = await t.tokenFor(['recorder', 'analyst', 'auditor'], { name: 'desk-officer' });
    browser = await launchChromium();
    const context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    context.setDefaultTimeout(15_000);
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

  it('pastes, reviews and commits the seed release with the keyboard alone', async () => {
    const keys = keyboardOnly(page);
    await page.getByRole('link', { name: 'From a press release' }).click();
    await page.getByRole('heading', { name: 'From a press release' }).waitFor();
    await noSeriousFindings('the paste form');

    await keys.tabTo('Text of the press release');
    await page.keyboard.insertText(seedText); // a paste
    await keys.tabTo('Publisher');
    await keys.type('Ministry of Foreign Affairs of the Republic of Kazakhstan (press service)');
    await keys.tabTo('Title');
    await keys.type('Kazakh Foreign Minister Murat Nurtleu pays official visit to Luxembourg');
    await keys.tabTo('Published on');
    await keys.type('15 October 2024');
    await keys.tabTo('Draft the records');
    await keys.press('Enter');

    await page.getByRole('heading', { name: 'Proposed records' }).waitFor();
    const visit = 'Visit 1: Kazakhstan to Luxembourg, 14 October 2024';
    await page.getByRole('heading', { name: visit }).waitFor();
    expect(
      await page.getByRole('heading', { name: /^Meeting \d of 14 October 2024/ }).count(),
    ).toBe(5);
    expect(await page.locator('.release-text mark').count()).toBeGreaterThan(10);
    await noSeriousFindings('the review');

    // Show the words of the quote: only its own are marked.
    await keys.tabTo('Show the words of Quote 1 by Luc Frieden');
    await keys.press('Enter');
    const marked = await page.locator('.release-text mark').allTextContents();
    expect(marked.join(' ')).toContain('Luxembourg views Kazakhstan as a reliable partner');

    // Edit the figure's period in words the importer reads as dates.
    await keys.tabTo(/^Edit Figure 1/);
    await keys.press('Enter');
    await keys.tabTo('Period or as of');
    await page.keyboard.press('Control+A');
    await keys.type('since 2005, as of 2024-10-14');
    await keys.tabTo('Save the edit');
    await keys.press('Enter');
    await page.getByText('Edited', { exact: true }).waitFor();

    // Reject the pledge the seed does not hold; accept the visit.
    await keys.tabTo('Reject Pledge 3 by Kazakhstan and Luxembourg');
    await keys.press('Enter');
    await page.getByText('Rejected: left out of the commit').waitFor();
    await keys.tabTo(`Accept ${visit}`);
    await keys.press('Enter');
    await page.getByText('Accepted', { exact: true }).waitFor();

    // Add a meeting the draft missed, in words.
    await keys.tabTo('Kind of record');
    await keys.tabTo('Add it');
    await keys.press('Enter');
    await keys.tabTo('Date');
    await keys.type('14 October 2024');
    await keys.tabTo('Participant 1: Name');
    await keys.type('Murat Nurtleu');
    await keys.tabTo('Participant 1: On the side of');
    await keys.type('Kazakhstan');
    await keys.tabTo('Participant 2: Name');
    await keys.type('Xavier Bettel');
    await keys.tabTo('Participant 2: On the side of');
    await keys.type('Luxembourg');
    await keys.tabTo('Add the record');
    await keys.press('Enter');
    await page
      .getByRole('heading', { name: 'Meeting 6 of 14 October 2024: Murat Nurtleu, Xavier Bettel' })
      .waitFor();

    await keys.tabTo(/^Commit \d+ records$/);
    await keys.press('Enter');
    await page.getByRole('heading', { name: 'Draft committed' }).waitFor();
    await noSeriousFindings('the committed draft');
    // The draft's address resumes it: a reload shows the same committed draft.
    expect(page.url()).toMatch(/\/from-press-release\?draft=[0-9a-f-]{36}$/);
    await page.reload();
    await page.getByRole('heading', { name: 'Draft committed' }).waitFor();
    await page.getByText('What Chancery proposed').first().waitFor();

    const links = await page
      .locator('.state.success a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    const visitLink = links.find((h) => h?.startsWith('/records/visit/'));
    const visitRecord = await get(visitLink!.replace('/records/visit/', '/visits/'));
    expect(visitRecord).toMatchObject({
      hostCountry: 'LUX',
      startDate: '2024-10-14',
      kind: 'official',
    });
    const indicator = links.find((h) => h?.startsWith('/records/indicator/'));
    expect(await get(indicator!.replace('/records/indicator/', '/indicators/'))).toMatchObject({
      figure: { amount: 2_900_000_000, currency: 'USD' },
      period: { from: '2005', to: '2024-10-14' },
    });
    expect(links.filter((h) => h?.startsWith('/records/meeting/')).length).toBeGreaterThanOrEqual(
      5,
    );
  });
});
