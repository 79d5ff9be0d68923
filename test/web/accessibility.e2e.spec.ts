import { readFileSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { loadSeedVisit, type LoadReport } from '../../examples/seed-visit/load';
import { injectClient } from '../e2e/record/inject-client';
import { eventually } from '../support/eventually';
import { createTestApp, type TestApp } from '../support/test-app';
import { describeFindings, seriousViolations } from './support/axe';
import { buildWebApp, describeInBrowser, launchChromium } from './support/browser';
import { keyboardOnly } from './support/keyboard';

/** Every client route the app declares, read from its router, so a page added later is swept too. */
const ROUTES = [
  ...readFileSync(join(__dirname, '../../apps/web/src/app.tsx'), 'utf8').matchAll(
    /<Route path="([^"]+)"/g,
  ),
].map((m) => m[1]);

/**
 * axe-core on every page of the app, filled with the seed visit of 14 October 2024: no serious or
 * critical violation anywhere. Then a desk officer who uses only the keyboard logs a meeting and
 * records a pledge with a follow-up.
 */
describeInBrowser('accessibility: every page under axe-core, and the keyboard alone', () => {
  let t: TestApp;
  let webDir: string;
  let browser: Browser;
  let context: BrowserContext;
  let page: Page;
  let base: string;
  let token: string;
  let seed: LoadReport['recorded'];
  const shots = process.env.WEB_SHOTS_DIR;
  /** Uncaught errors in the page: a page that crashed has nothing for axe to judge. */
  const pageErrors: string[] = [];

  beforeAll(async () => {
    webDir = buildWebApp();
    process.env.WEB_DIR = webDir;
    t = await createTestApp();
    await t.app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
    token = await t.tokenFor(['recorder', 'analyst', 'auditor'], {
      name: 'desk-officer',
      clearance: 'confidential',
    });
    const admin = injectClient(t.app, await t.tokenFor('admin', { name: 'registrar' }));
    await admin('POST', '/users/desk-officer/desks', { desk: 'Central Asia' });
    seed = (await loadSeedVisit(injectClient(t.app, token))).recorded;
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1366, height: 900 } });
    context.setDefaultTimeout(15_000);
    page = await context.newPage();
    page.on('pageerror', (error) => pageErrors.push(`${page.url()}: ${error.message}`));
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
    delete process.env.WEB_DIR;
    if (webDir) rmSync(webDir, { recursive: true, force: true });
  });

  /** Each route with the records of the seed visit in its parameters; a route missing here fails the sweep. */
  const examples = (): Record<string, string[]> => ({
    '/partners/:party/:counterpart': ['/partners/KAZ/LUX'],
    '/dossier/:kind/:id': [
      '/dossier/country/KAZ',
      `/dossier/person/${seed.people[0]}`,
      `/dossier/organisation/${seed.organisations[0]}`,
    ],
    '/briefing/:kind/:id': ['/briefing/country/LUX', `/briefing/person/${seed.people[0]}`],
    '/records/:kind/:id': [
      ['meeting', seed.meetings],
      ['visit', seed.visits],
      ['pledge', seed.pledges],
      ['statement', seed.statements],
      ['indicator', seed.indicators],
      ['source', seed.sources],
      ['person', seed.people],
      ['organisation', seed.organisations],
    ].map(([kind, ids]) => `/records/${kind}/${(ids as string[])[0]}`),
    '/history/:kind/:id': [
      `/history/meeting/${seed.meetings[0]}`,
      `/history/pledge/${seed.pledges[0]}`,
    ],
    '/find': [
      '/find?q=luxembourg',
      '/find?q=luxembourg&kind=person',
      '/find?q=nothing-matches-this',
    ],
    '/board': ['/board', '/board?scope=team'],
    '*': ['/there-is-no-such-page'],
  });

  /** A page is ready when its heading is up and nothing says "Loading…" any more. */
  const open = async (path: string) => {
    await page.goto(`${base}${path}`);
    await page
      .locator('h1')
      .first()
      .waitFor()
      .catch((error: Error) => {
        throw new Error(`${path}: no heading (${pageErrors.join('; ') || error.message})`);
      });
    await page.waitForLoadState('networkidle');
    await eventually(async () => (await page.locator('.state.loading').count()) === 0);
  };

  it('finds the sign-in page free of serious and critical violations', async () => {
    await open('/sign-in');
    expect(describeFindings('/sign-in', await seriousViolations(page))).toEqual([]);
    await page.getByLabel('API token').fill(token);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('desk-officer (recorder, analyst, auditor)').waitFor();
  });

  it('finds every other page of the app free of serious and critical violations', async () => {
    // The read models have applied the whole seed visit, so every page shows real content.
    await eventually(async () => {
      const health = (await (await fetch(`${base}/health`)).json()) as {
        details?: { projections?: Record<string, { eventsBehind: number }> };
      };
      return health.details?.projections?.search?.eventsBehind === 0;
    });
    const cases = examples();
    const unswept = ROUTES.filter((r) => r.includes(':') && !cases[r]);
    expect(unswept).toEqual([]);
    const paths = ROUTES.filter((r) => r !== '/sign-in').flatMap((r) => cases[r] ?? [r]);
    expect(paths.length).toBeGreaterThan(20);
    const findings: string[] = [];
    for (const path of paths) {
      await open(path);
      findings.push(...describeFindings(path, await seriousViolations(page)));
      if (shots)
        await page.screenshot({
          path: `${shots}/axe${path.replace(/[/?=&]+/g, '_')}.png`,
          fullPage: true,
        });
    }
    expect(findings).toEqual([]);
    expect(pageErrors).toEqual([]);
  }, 600_000);

  it('lets a desk officer log a meeting and record its pledge with a follow-up, by keyboard alone', async () => {
    const keys = keyboardOnly(page);
    await open('/');
    await keys.tabTo('Log a meeting');
    await keys.press('Enter');
    await page.getByRole('heading', { name: 'Log a meeting' }).waitFor();
    await keys.tabTo('Title (optional)');
    await keys.type('Talks on satellite internet, by keyboard');
    await keys.tabTo('Date');
    await keys.type('2024-10-15');
    await keys.pick('Add a participant', 'Nurtleu', /Murat Nurtleu/);
    await keys.pick('Add a participant', 'Frieden', /Luc Frieden/);
    await keys.tabTo('Satellite communications');
    await keys.press('Space');
    await keys.tabTo('Summary');
    await keys.type('Internet for remote villages through European satellites.');
    await keys.pick('Sources', 'Kazinform', /Nurtleu/);
    await keys.tabTo('Log the meeting');
    await keys.press('Enter');
    await page.getByRole('heading', { name: 'Meeting logged' }).waitFor();
    expect(describeFindings('meeting logged', await seriousViolations(page))).toEqual([]);

    await keys.tabTo('Record a pledge made at this meeting');
    await keys.press('Enter');
    await page.getByRole('heading', { name: 'Record a pledge' }).waitFor();
    await page.getByText('Talks on satellite internet, by keyboard').first().waitFor();
    await keys.pick('Who pledges', 'SES', /SES/);
    await keys.pick('To whom, or for whose benefit', 'Kazakh', /Kazakhstan/);
    await keys.tabTo('Satellite communications');
    await keys.press('Space');
    await keys.tabTo('What is promised');
    await keys.type('Connect 50 more settlements by satellite');
    await keys.tabTo('Add a follow-up');
    await keys.press('Enter');
    await keys.tabTo('Follow-up 1: action');
    await keys.type('Ask SES for the connection schedule');
    await keys.tabTo('Follow-up 1: assigned to');
    // A closed select takes its option from the letters typed: the Central Asia desk.
    await keys.type('Central');
    expect(await page.getByLabel('Follow-up 1: assigned to').inputValue()).toBe(
      'desk:Central Asia',
    );
    await keys.tabTo('Follow-up 1: due');
    await keys.type('2024-11-15');
    await keys.tabTo('Record the pledge');
    await keys.press('Enter');
    await page.getByRole('heading', { name: 'Pledge recorded' }).waitFor();
    await page.getByText('with 1 follow-up assigned').waitFor();
    if (shots)
      await page.screenshot({ path: `${shots}/keyboard-pledge-recorded.png`, fullPage: true });

    // The desk's follow-up is on the team's board, named as a desk, not as a code.
    await open('/board?scope=team');
    const card = page.locator('li.card', { hasText: 'Ask SES for the connection schedule' });
    await card.getByText('Assigned to Central Asia desk').waitFor();
  }, 300_000);
});
