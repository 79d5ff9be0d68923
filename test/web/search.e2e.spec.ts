import type { Page } from 'playwright-core';
import { loadSeedVisit } from '../../examples/seed-visit/load';
import { injectClient } from '../e2e/record/inject-client';
import type { TestApp } from '../support/test-app';
import { expectAccessible } from './support/axe';
import { describeInBrowser } from './support/browser';
import { startWebApp, type WebApp } from './support/web-app';

/**
 * Search from the header, as a desk officer uses it: words in, records out kind by kind, each
 * opening its page; and a record above the reader's clearance neither shown nor counted.
 */
describeInBrowser('search from the header in headless Chromium', () => {
  let web: WebApp;
  let t: TestApp;
  let officer: string;
  let internal: string;
  const shots = process.env.WEB_SHOTS_DIR;

  const signedIn = (token: string, who: RegExp): Promise<Page> => web.signIn(token, who);
  const search = async (page: Page, words: string) => {
    const box = page.getByRole('search').getByLabel('Search the record');
    await box.fill(words);
    await box.press('Enter');
    await page.getByRole('heading', { name: `Search: “${words}”` }).waitFor();
  };

  beforeAll(async () => {
    web = await startWebApp();
    t = web.t;
    officer = await t.tokenFor(['recorder', 'analyst'], {
      name: 'desk-officer',
      clearance: 'confidential',
    });
    internal = await t.tokenFor('analyst', { name: 'analyst', clearance: 'internal' });
    const send = injectClient(t.app, officer);
    await loadSeedVisit(send);
    const informant = await send('POST', '/people', {
      name: 'Gaston Luxemburger',
      nationality: 'LUX',
      classification: 'confidential',
    });
    expect(informant.status).toBe(201);
  });

  afterAll(() => web?.close());

  it('finds records kind by kind from the header, narrows to one kind and opens a dossier', async () => {
    const page = await signedIn(officer, /desk-officer \(recorder, analyst\)/);
    await search(page, 'luxemb');
    const status = page.getByRole('status').filter({ hasText: /records match/ });
    const all = Number((await status.textContent())!.match(/(\d+) records match/)![1]);
    expect(all).toBeGreaterThan(10);
    const results = page.locator('ol.search-results > li');
    // Places and people first: the country, then the people, in the order of their names.
    expect(await results.nth(0).innerText()).toMatch(/^COUNTRY\s+Luxembourg/i);
    await page.getByRole('link', { name: 'Gaston Luxemburger' }).waitFor();
    await expectAccessible(page, 'search results');
    if (shots) await page.screenshot({ path: `${shots}/search.png`, fullPage: true });

    // Every state the page passes through on the way, not only the last: the count must never
    // stand over the results of an earlier question.
    await page.evaluate(`(() => {
      window.__shown = [];
      const note = () => {
        const status = document.querySelector('p.summary[role=status]')?.textContent ?? '';
        const kinds = [...document.querySelectorAll('ol.search-results .search-kind')].map((k) => k.textContent);
        if (status.includes('showing the')) window.__shown.push(kinds.map((k) => k.toLowerCase()).join(','));
      };
      new MutationObserver(note).observe(document.querySelector('main'), { childList: true, subtree: true, characterData: true });
    })()`);
    await page
      .getByRole('group', { name: 'Show only' })
      .getByRole('button', { name: /^People \(\d+\)$/ })
      .click();
    await page.getByText(/showing the \d+ people/).waitFor();
    const kinds = await page.locator('ol.search-results .search-kind').allInnerTexts();
    expect(new Set(kinds.map((k) => k.toLowerCase()))).toEqual(new Set(['person']));
    const shown = (await page.evaluate('window.__shown')) as string[];
    expect(shown.filter((kindsShown) => kindsShown.split(',').some((k) => k !== 'person'))).toEqual(
      [],
    );
    await page.getByRole('link', { name: 'Luc Frieden' }).click();
    await page.getByRole('heading', { name: /Luc Frieden/ }).waitFor();
    expect(new URL(page.url()).pathname).toMatch(/^\/dossier\/person\//);
    // The box keeps what was asked while the results are open, and says nothing when they are not.
    await page.goBack();
    await page.goBack();
    expect(await page.getByRole('search').getByLabel('Search the record').inputValue()).toBe(
      'luxemb',
    );
    // Written in ink on the white box, not in the header's white.
    expect(
      await page.evaluate("getComputedStyle(document.getElementById('header-search')).color"),
    ).toBe('rgb(29, 36, 51)');
  });

  it('says plainly when nothing matches', async () => {
    const page = await signedIn(officer, /desk-officer \(recorder, analyst\)/);
    await search(page, 'zanzibar');
    await page.getByText('Nothing on record matches “zanzibar”.', { exact: false }).waitFor();
  });

  it('shows and counts nothing above the reader’s clearance', async () => {
    const confidential = await signedIn(officer, /desk-officer \(recorder, analyst\)/);
    await search(confidential, 'luxemb');
    const count = async (page: Page) =>
      Number(
        (await page
          .getByRole('status')
          .filter({ hasText: /records? match/ })
          .textContent())!.match(/(\d+) records? match/)![1],
      );
    const seenByOfficer = await count(confidential);

    const reader = await signedIn(internal, /analyst \(analyst\)/);
    await search(reader, 'luxemb');
    expect(await count(reader)).toBe(seenByOfficer - 1);
    expect(await reader.getByText('Gaston Luxemburger').count()).toBe(0);
    await search(reader, 'gaston');
    await reader.getByText('Nothing on record matches “gaston”.', { exact: false }).waitFor();
  });
});
