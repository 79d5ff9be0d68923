import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import type { Browser, Page } from 'playwright-core';
import * as seed from '../../examples/seed-visit/fixture';
import { loadSeedVisit, type Send } from '../../examples/seed-visit/load';
import { injectClient, notingPositions } from '../e2e/record/inject-client';
import { eventually } from '../support/eventually';
import { createTestApp, type TestApp } from '../support/test-app';
import { expectAccessible } from './support/axe';
import { buildWebApp, describeInBrowser, launchChromium } from './support/browser';

/**
 * Issue #17, part 2: an analyst's and an auditor's pages in a real browser, over the seed visit of
 * 14 October 2024 and a few records of 2023-2025 around it: dossiers, the timeline, the pledge
 * register with its charts and CSV, the world map, a briefing pack printed to A4, and the
 * auditor's trail. Every page is read as a desk officer would: names and dates, never ids.
 */
describeInBrowser('analysts’ and auditors’ pages in headless Chromium', () => {
  let t: TestApp;
  let webDir: string;
  let browser: Browser;
  let page: Page;
  let base: string;
  let send: Send;
  let position = 0;
  const shots = process.env.WEB_SHOTS_DIR;
  const LUX_MEETING = seed.seedId('meeting:frieden');
  const NURTLEU = seed.seedId('person:nurtleu');
  const SES = seed.seedId('organisation:ses');
  const CALLS = 22;

  const created = async (path: string, body: object) => {
    const reply = await send('POST', path, body);
    if (reply.status !== 201) throw new Error(`POST ${path}: ${reply.status} ${JSON.stringify(reply.body)}`);
    return reply.body as { id: string; revision: number };
  };
  const changed = async (path: string, body: object, revision: number) => {
    const reply = await send('POST', path, body, { 'If-Match': `"${revision}"` });
    if (reply.status !== 200) throw new Error(`POST ${path}: ${reply.status} ${JSON.stringify(reply.body)}`);
  };

  beforeAll(async () => {
    webDir = buildWebApp();
    process.env.WEB_DIR = webDir;
    t = await createTestApp();
    await t.app.listen(0, '127.0.0.1');
    base = `http://127.0.0.1:${(t.app.getHttpServer().address() as AddressInfo).port}`;
    const token = await t.tokenFor(['recorder', 'analyst', 'auditor'], { name: 'desk-officer' });
    send = notingPositions(injectClient(t.app, token), (p) => (position = Math.max(position, p)));
    await loadSeedVisit(send);
    const luxPledge = seed.pledges.find((p) => p.key === 'luxembourg-modernisation-support')!.body;
    // A protocol signed in 2023 and kept in 2025, and a trade office promised for 2025 and still open.
    const protocol = await created('/pledges', {
      ...luxPledge,
      commitment: 'Sign the protocol on avoiding double taxation',
      level: 'signed-agreement',
      targetDate: '2025-06-30',
      pledgedOn: '2023-05-10',
      meetingId: null,
    });
    await changed(`/pledges/${protocol.id}/fulfilment`, { fulfilledOn: '2025-03-01', note: 'Protocol in force', sourceIds: luxPledge.sourceIds }, protocol.revision);
    await created('/pledges', {
      ...luxPledge,
      commitment: 'Open a Luxembourg trade office in Astana',
      level: 'firm-commitment',
      targetDate: '2025-12-31',
      pledgedOn: '2024-02-01',
      meetingId: null,
    });
    const scholarships = await created('/pledges', {
      ...luxPledge,
      commitment: 'Fund twenty scholarships for Kazakh engineers',
      level: 'pledge',
      targetDate: '2024-06-30',
      pledgedOn: '2023-09-01',
      meetingId: null,
    });
    await changed(`/pledges/${scholarships.id}/lapse`, { lapsedOn: '2024-07-01', reason: 'No call for applications was issued' }, scholarships.revision);
    // Enough engagements for the timeline to need a second page: calls through 2023.
    const call = seed.meetings.find((m) => m.key === 'frieden')!.body;
    for (let i = 1; i <= CALLS; i++) {
      await created('/meetings', {
        ...call,
        visitId: null,
        title: `Call with the Luxembourg Prime Minister’s office, no. ${i}`,
        date: `2023-${String(1 + (i % 12)).padStart(2, '0')}-${String(1 + i).padStart(2, '0')}`,
        format: 'call',
        engagementKind: 'call',
        place: null,
      });
    }
    const meeting = (await send('GET', `/meetings/${LUX_MEETING}`)).body as { revision: number };
    await changed(`/meetings/${LUX_MEETING}/corrections`, { changes: { title: 'Talks with the Prime Minister of Luxembourg' }, reason: 'The ministry’s release names the talks' }, meeting.revision);
    for (const path of ['/timeline/KAZ', '/pledges/register', '/dossiers/countries/LUX', '/partnerships?party=KAZ', `/dossiers/people/${NURTLEU}`]) {
      const ready = await t.app.inject({ url: `${path}${path.includes('?') ? '&' : '?'}minPosition=${position}`, headers: { authorization: `Bearer ${token}` } });
      expect([path, ready.statusCode, ready.statusCode === 200 ? '' : ready.body]).toEqual([path, 200, '']);
    }
    browser = await launchChromium();
    page = await browser.newPage({ viewport: { width: 1366, height: 900 }, acceptDownloads: true });
    page.setDefaultTimeout(15_000);
    page.on('pageerror', (error) => pageErrors.push(error.message));
    await page.goto(`${base}/`);
    await page.getByLabel('API token').fill(token);
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByText('desk-officer').first().waitFor();
  });

  afterAll(async () => {
    await browser?.close();
    await t?.close();
    delete process.env.WEB_DIR;
    if (webDir) rmSync(webDir, { recursive: true, force: true });
  });

  // A page that throws in the browser has failed, whatever it still shows.
  const pageErrors: string[] = [];
  afterEach(() => {
    expect(pageErrors.splice(0)).toEqual([]);
  });

  const menu = (name: string) => page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name, exact: true });
  const shot = async (name: string) => {
    if (shots) await page.screenshot({ path: `${shots}/${name}.png`, fullPage: true });
  };
  /** No record id, no ISO day, no stored code where people read; and nothing axe finds serious. */
  const expectPlainWords = async () => {
    await expectAccessible(page, page.url().replace(base, ''));
    const text = await page.locator('main').innerText();
    expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}/);
    expect(text).not.toMatch(/\b\d{4}-\d{2}-\d{2}\b/);
    expect(text).not.toMatch(/expressed-intent|firm-commitment|signed-agreement|CooperationPledged|MeetingCorrected/);
  };

  it('opens a country’s dossier: its people with titles over time, engagements, pledges, quotes and figures', async () => {
    await menu('Dossiers').click();
    await page.getByRole('combobox', { name: 'Country, organisation or person' }).fill('Luxem');
    await page.getByRole('option', { name: /^Luxembourg/ }).first().click();
    await page.getByRole('button', { name: 'Open the dossier' }).click();
    await page.getByRole('heading', { name: 'Luxembourg', level: 1 }).waitFor();
    const people = page.locator('section[aria-labelledby="people-h"]');
    await people.getByRole('link', { name: 'Luc Frieden' }).waitFor();
    expect(await people.getByRole('link', { name: 'Luc Frieden' }).count()).toBe(1);
    await people.getByText('Prime Minister', { exact: false }).first().waitFor();
    await page.getByText('Talks with the Prime Minister of Luxembourg').first().waitFor();
    await page.getByText('Sign the protocol on avoiding double taxation').waitFor();
    await page.locator('blockquote').first().waitFor();
    await page.getByRole('heading', { name: 'Indicators' }).waitFor();
    const figures = page.locator('section[aria-labelledby="indicators-h"]');
    await figures.getByText('US$2.9 billion').waitFor();
    expect(await figures.innerText()).not.toContain('::');
    await expectPlainWords();
    await shot('dossier-country');
    // From the dossier to the register, filtered by Luxembourg as its picker shows.
    await page.getByRole('link', { name: 'Their pledges in the register, with compliance' }).click();
    await page.getByRole('button', { name: 'Clear Who pledged: Luxembourg' }).waitFor();
    await page.getByText('Sign the protocol on avoiding double taxation').waitFor();
  });

  it('opens an organisation’s and a person’s dossier, and says so plainly when nothing is on record', async () => {
    await page.goto(`${base}/dossier/organisation/${SES}`);
    await page.getByRole('heading', { name: 'SES', exact: false, level: 1 }).waitFor();
    await page.getByText('Provide 328 settlements in Kazakhstan', { exact: false }).first().waitFor();
    await expectPlainWords();
    // Its people are those who hold a post there, not the Kazakh minister who met them.
    expect(await page.locator('section[aria-labelledby="people-h"]').innerText()).not.toContain('Murat Nurtleu');
    await shot('dossier-organisation');
    await page.goto(`${base}/dossier/person/${NURTLEU}`);
    await page.getByRole('heading', { name: 'Murat Nurtleu', level: 1 }).waitFor();
    const titles = page.locator('section[aria-labelledby="titles-h"]');
    await titles.getByText('Minister of Foreign Affairs', { exact: false }).first().waitFor();
    await page.locator('blockquote').first().waitFor();
    // He pledges nothing himself; SES promised the 328 settlements at his meeting with them.
    const pledges = page.locator('section[aria-labelledby="pledges-h"]');
    await pledges.getByRole('heading', { name: 'Pledges made at their meetings' }).waitFor();
    await pledges.getByText('Provide 328 settlements in Kazakhstan', { exact: false }).waitFor();
    await expectPlainWords();
    await shot('dossier-person');
    await page.goto(`${base}/dossier/country/ESP`);
    await page.getByRole('heading', { name: 'Spain', level: 1 }).waitFor();
    await page.getByText('No one is on record with a title here.').waitFor();
  });

  it('pages through a party’s timeline and filters it by kind, topic and dates', async () => {
    await page.goto(`${base}/engagement-timeline?party=KAZ`);
    await page.getByRole('heading', { name: 'Timeline of Kazakhstan' }).waitFor();
    const status = page.getByRole('status').filter({ hasText: 'engagement' });
    const all = Number((await status.innerText()).match(/^(\d+) engagements/)![1]);
    expect(all).toBeGreaterThan(CALLS);
    await page.getByText(`Page 1 of ${Math.ceil(all / 20)}`).waitFor();
    await page.getByRole('button', { name: 'Older' }).click();
    await page.getByText(`Page 2 of ${Math.ceil(all / 20)}`).waitFor();
    await page.getByText('Call with the Luxembourg Prime Minister’s office', { exact: false }).first().waitFor();
    await expectPlainWords();

    await page.getByLabel('Kind', { exact: true }).selectOption('pledge');
    await page.getByRole('button', { name: 'Show' }).click();
    await page.getByText('Page 1 of').or(page.getByText(/^\d+ engagements?\.$/)).first().waitFor();
    const pledges = await page.locator('ol.engagements > li').allInnerTexts();
    expect(pledges.length).toBeGreaterThan(0);
    for (const item of pledges) expect(item).toContain('Pledge');

    await page.getByLabel('Kind', { exact: true }).selectOption('');
    await page.getByLabel('Topic', { exact: true }).selectOption({ label: 'Financial technology' });
    await page.getByRole('textbox', { name: 'From' }).fill('1 October 2024');
    await page.getByRole('textbox', { name: 'To' }).fill('31 October 2024');
    await page.getByRole('button', { name: 'Show' }).click();
    await page.getByText('1 engagement.').waitFor();
    await page.getByText('Talks with the Prime Minister of Luxembourg').waitFor();
    await shot('timeline');

    await page.getByRole('textbox', { name: 'From' }).fill('1 January 1990');
    await page.getByRole('textbox', { name: 'To' }).fill('31 December 1990');
    await page.getByRole('button', { name: 'Show' }).click();
    await page.getByText('No engagement matches these filters.').waitFor();
    await page.getByRole('textbox', { name: 'To' }).fill('1 January 1980');
    await page.getByRole('button', { name: 'Show' }).click();
    await page.getByText('The end comes before the start').waitFor();
  });

  it('shows the pledge register with charts by level and status and compliance over time, and downloads it as CSV', async () => {
    await menu('Pledge register').click();
    await page.getByRole('heading', { name: 'Pledge register' }).waitFor();
    const byLevel = page.getByRole('img', { name: /^Pledges by level and status/ });
    await byLevel.locator('svg').first().waitFor();
    const levelSummary = (await byLevel.getAttribute('aria-label'))!;
    expect(levelSummary).toContain('Expressed intent, open: 6');
    expect(levelSummary).toContain('Signed agreement, fulfilled: 1');
    expect(levelSummary).toContain('Firm commitment, open: 1');
    expect(levelSummary).toContain('Pledge, lapsed: 1');
    // Axes and legend are drawn: the level names along x, the statuses in the legend.
    expect(await byLevel.textContent()).toContain('Expressed intent');
    expect(await byLevel.textContent()).toContain('Level of commitment');
    expect(await page.locator('figure', { has: byLevel }).textContent()).toContain('Fulfilled');
    const compliance = page.getByRole('img', { name: /^Compliance per counterpart over time/ });
    await compliance.locator('svg').first().waitFor();
    const complianceSummary = (await compliance.getAttribute('aria-label'))!;
    expect(complianceSummary).toContain('Luxembourg in 2024: 0 of 1 fulfilled (0%)');
    expect(complianceSummary).toContain('Luxembourg in 2025: 1 of 2 fulfilled (50%)');
    expect(await compliance.textContent()).toContain('Year the pledges fell due');
    await expectPlainWords();
    await shot('register');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download the register (CSV)' }).click()]);
    expect(download.suggestedFilename()).toBe('pledge-register.csv');
    const csv = readFileSync((await download.path())!, 'utf8');
    expect(csv.split('\n')[0]).toContain('commitment');
    expect(csv).toContain('Sign the protocol on avoiding double taxation');
    expect(csv.trim().split('\n')).toHaveLength(1 + 9);

    await page.getByLabel('Status', { exact: true }).selectOption('withdrawn');
    await page.getByRole('button', { name: 'Show' }).click();
    await page.getByText('No pledge matches: nothing to count by level and status.').waitFor();
  });

  it('shades a world map of engagements per country, and says when a period has none', async () => {
    await menu('Map').click();
    await page.getByRole('heading', { name: 'Map of engagements' }).waitFor();
    await page.getByRole('textbox', { name: 'From' }).fill('1 October 2024');
    await page.getByRole('textbox', { name: 'To' }).fill('31 October 2024');
    await page.getByRole('button', { name: 'Show the map' }).click();
    const map = page.getByRole('img', { name: /^Engagements per country, 1 October 2024 to 31 October 2024/ });
    await map.locator('svg title', { hasText: 'Kazakhstan' }).first().waitFor({ state: 'attached' });
    const label = (await map.getAttribute('aria-label'))!;
    expect(label).toMatch(/Kazakhstan \d+/);
    expect(label).toMatch(/Luxembourg \d+/);
    // Kazakhstan (398) and Luxembourg (442) are shaded with a tooltip in words.
    // Each is also marked and named on the map, so that a small country shows.
    expect(await map.locator('svg text').allTextContents()).toEqual(expect.arrayContaining(['Kazakhstan', 'Luxembourg']));
    expect(await map.locator('svg title').allTextContents()).toEqual(expect.arrayContaining([expect.stringMatching(/^Kazakhstan: \d+ engagements?$/), expect.stringMatching(/^Luxembourg: \d+ engagements?$/)]));
    await expectPlainWords();
    await shot('map');

    await page.getByRole('textbox', { name: 'From' }).fill('1 January 1990');
    await page.getByRole('textbox', { name: 'To' }).fill('31 December 1990');
    await page.getByRole('button', { name: 'Show the map' }).click();
    await page.getByText('No meeting, visit or pledge is on record 1 January 1990 to 31 December 1990. Choose a wider period.').waitFor();
  });

  it('prepares a briefing pack on Luxembourg that prints to one clean A4 page', async () => {
    await page.goto(`${base}/briefing/country/LUX`);
    await page.getByRole('heading', { name: 'Briefing pack: Luxembourg' }).waitFor();
    await page.getByRole('heading', { name: 'Open pledges' }).waitFor();
    await page.getByText('Open a Luxembourg trade office in Astana').waitFor();
    await page.getByText('Luc Frieden').first().waitFor();
    await page.locator('blockquote').first().waitFor();
    await expectPlainWords();
    await shot('briefing');
    await page.emulateMedia({ media: 'print' });
    expect(await page.getByRole('navigation', { name: 'Main' }).isVisible()).toBe(false);
    expect(await page.getByRole('button', { name: 'Print or save as PDF' }).isVisible()).toBe(false);
    const pdf = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
    await page.emulateMedia({ media: null });
    if (shots) writeFileSync(`${shots}/briefing.pdf`, pdf);
    const raw = pdf.toString('latin1');
    expect(raw.startsWith('%PDF-')).toBe(true);
    // One page, of A4's 595 × 842 points.
    expect(raw.match(/\/Type\s*\/Page\b/g)).toHaveLength(1);
    const [width, height] = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(raw)!.slice(1).map(Number);
    expect(Math.abs(width - 595.3)).toBeLessThan(1);
    expect(Math.abs(height - 841.9)).toBeLessThan(1);

    // A person's pack and an organisation's print on one page too.
    for (const [path, heading] of [[`/briefing/person/${NURTLEU}`, 'Briefing pack: Murat Nurtleu'], [`/briefing/organisation/${SES}`, /^Briefing pack: SES/]] as const) {
      await page.goto(`${base}${path}`);
      await page.getByRole('heading', { name: heading }).waitFor();
      await page.getByRole('heading', { name: 'Last engagements' }).waitFor();
      await page.locator('.state.loading').waitFor({ state: 'detached' });
      await expectPlainWords();
      const printed = await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true });
      if (shots) writeFileSync(`${shots}/briefing-${path.split('/')[2]}.pdf`, printed);
      const pack = printed.toString('latin1');
      expect([path, pack.match(/\/Type\s*\/Page\b/g)?.length]).toEqual([path, 1]);
    }
  });

  it('shows the audit feed with filters, and a record’s changes in words beside the record as known then', async () => {
    await menu('Record history').click();
    await page.getByRole('heading', { name: 'Audit feed' }).waitFor();
    // It opens on the last 30 days, and says so.
    await page.getByText(/^Changes recorded since \d{1,2} [A-Z][a-z]+ \d{4}, oldest first\.$/).waitFor();
    await page.getByLabel('Kind of change').selectOption('corrected');
    await page.getByRole('button', { name: 'Filter' }).click();
    const feed = page.locator('table.audit-feed');
    await feed.getByText('Meeting corrected').waitFor();
    await feed.getByText('The ministry’s release names the talks').waitFor();
    expect(await feed.locator('tbody tr').count()).toBe(1);
    await expectPlainWords();
    await shot('audit-feed');

    await feed.getByRole('link', { name: 'Talks with the Prime Minister of Luxembourg' }).click();
    await page.getByRole('heading', { name: 'History of Talks with the Prime Minister of Luxembourg' }).waitFor();
    const correction = page.locator('ol.history > li', { hasText: 'Meeting corrected' });
    await correction.getByText('Why: The ministry’s release names the talks').waitFor();
    await correction.getByText('by desk-officer').waitFor();
    const row = correction.locator('tbody > tr', { has: page.getByRole('rowheader', { name: 'Title', exact: true }) });
    expect(await row.locator('td').allInnerTexts()).toEqual(['none', 'Talks with the Prime Minister of Luxembourg']);
    const recorded = page.locator('ol.history > li', { hasText: 'Meeting recorded' });
    await recorded.getByRole('button', { name: 'See the record as known right after this change' }).click();
    const known = page.getByRole('region', { name: 'The record as known then' });
    await known.getByText('As recorded by then: its first change', { exact: false }).waitFor();
    expect(await known.innerText()).not.toContain('Talks with the Prime Minister of Luxembourg');
    await correction.getByRole('button', { name: 'See the record as known right after this change' }).click();
    await eventually(async () => (await known.innerText()).includes('Talks with the Prime Minister of Luxembourg'));
    await expectPlainWords();
    await shot('history');
  });
});
