import type { Page } from 'playwright-core';
import type { TestApp } from '../support/test-app';
import { describeFindings, seriousViolations } from './support/axe';
import { describeInBrowser } from './support/browser';
import { seedParties, type SeedParties } from './support/seed-parties';
import { startWebApp, type WebApp } from './support/web-app';

/**
 * Issue #17: a page per record, in words, where a recorder corrects a fact (a date as precise as
 * the source) and retracts with a reason, and a stale revision says who changed what meanwhile.
 */
describeInBrowser('staff web app: a page per record, corrected and retracted', () => {
  let web: WebApp;
  let t: TestApp;
  let page: Page;
  let base: string;
  let token: string;
  let seed: SeedParties;
  const shots = process.env.WEB_SHOTS_DIR;

  const inject = async (url: string, payload: object, ifMatch: number) => {
    const res = await t.app.inject({ method: 'POST', url, payload, headers: { authorization: `Bearer ${token}`, 'if-match': `"${ifMatch}"` } });
    if (res.statusCode >= 300) throw new Error(`${url}: ${res.statusCode} ${res.body}`);
    return res.json() as { revision: number };
  };
  const revisionOf = async (url: string) => (await t.app.inject({ url, headers: { authorization: `Bearer ${token}` } })).json().revision as number;
  const fact = (label: string) => page.locator('dl.record-facts > div').filter({ has: page.locator('dt', { hasText: new RegExp(`^${label}$`) }) }).locator('dd');

  beforeAll(async () => {
    web = await startWebApp();
    ({ t, base } = web);
    token = await t.tokenFor(['recorder', 'analyst', 'auditor'], { name: 'desk-officer' });
    seed = await seedParties(t, token);
    page = await web.signIn(token, 'desk-officer (recorder, analyst, auditor)', { timeout: 10_000 });
  });

  afterAll(() => web?.close());

  it('shows a source in words and corrects its date to the month the source gives, with the reason', async () => {
    await page.goto(`${base}/records/source/${seed.source}`);
    await page.getByRole('heading', { name: 'Nurtleu visits Luxembourg' }).waitFor();
    expect(await fact('Publisher').textContent()).toBe('Kazinform');
    expect(await fact('Published on').textContent()).toBe('15 October 2024');
    expect(await page.locator('main').textContent()).not.toContain(seed.source);
    if (shots) await page.screenshot({ path: `${shots}/record-source.png`, fullPage: true });

    await page.getByRole('button', { name: 'Correct a fact' }).click();
    await page.getByLabel('Fact to correct').selectOption({ label: 'Published on' });
    const corrected = page.getByLabel('Corrected published on');
    expect(await corrected.inputValue()).toBe('15 October 2024');
    // An impossible date is said beside the field; nothing is sent.
    await corrected.fill('31 February 2024');
    await page.getByLabel('Reason for the correction').fill('The agency dates it by month only');
    await page.getByRole('button', { name: 'Correct the source' }).click();
    await page.locator('.field-error', { hasText: 'Enter a real date as precise as the source' }).waitFor();
    expect(await revisionOf(`/sources/${seed.source}`)).toBe(0);

    await corrected.fill('oct 2024');
    await corrected.blur();
    expect(await corrected.inputValue()).toBe('October 2024');
    await page.getByRole('button', { name: 'Correct the source' }).click();
    await page.getByRole('status').filter({ hasText: 'The source is corrected.' }).waitFor();
    await page.getByText('corrected. Reason given: The agency dates it by month only').waitFor();
    expect(await fact('Published on').textContent()).toBe('October 2024');
    const stored = await t.app.inject({ url: `/sources/${seed.source}`, headers: { authorization: `Bearer ${token}` } });
    expect(stored.json().publishedOn).toBe('2024-10');
  });

  it('says the organisation was changed by someone else since it was opened, with their change, and then saves on the record as it is', async () => {
    await page.goto(`${base}/records/organisation/${seed.ses}`);
    await page.getByRole('heading', { name: 'SES Broadband' }).waitFor();
    await page.getByRole('button', { name: 'Correct a fact' }).click();
    await page.getByLabel('Fact to correct').selectOption({ label: 'Acronym' });
    await page.getByLabel('Corrected acronym').fill('SES S.A.');
    await page.getByLabel('Reason for the correction').fill('The registry gives the full acronym');

    // Meanwhile a colleague corrects the sector.
    await inject(`/organisations/${seed.ses}/corrections`, { changes: { sector: 'satellite broadband' }, reason: 'Per the annual report' }, await revisionOf(`/organisations/${seed.ses}`));

    await page.getByRole('button', { name: 'Correct the organisation' }).click();
    await page.getByRole('alert').filter({ hasText: 'changed by someone else since you opened it' }).waitFor();
    const notice = page.locator('.stale');
    expect(await notice.textContent()).toContain('Sector: satellite communications → satellite broadband');
    expect(await notice.textContent()).toContain('Per the annual report');
    if (shots) await page.screenshot({ path: `${shots}/record-stale.png`, fullPage: true });

    await notice.getByRole('button', { name: 'Use the record as it is now and keep what I typed' }).click();
    expect(await page.getByLabel('Corrected acronym').inputValue()).toBe('SES S.A.');
    await page.getByRole('button', { name: 'Correct the organisation' }).click();
    await page.getByRole('status').filter({ hasText: 'The organisation is corrected.' }).waitFor();
    await fact('Acronym').getByText('SES S.A.').waitFor();
    expect(await fact('Sector').textContent()).toBe('satellite broadband');
  });

  it('retracts a person only with a reason, and shows the person as retracted', async () => {
    await page.goto(`${base}/records/person/${seed.bettel}`);
    await page.getByRole('heading', { name: 'Xavier Bettel' }).waitFor();
    await page.getByRole('button', { name: 'Retract the person' }).click();
    await page.getByRole('button', { name: 'Retract the person' }).last().click();
    await page.locator('.field-error', { hasText: 'Say why it is retracted' }).waitFor();
    expect(await revisionOf(`/people/${seed.bettel}`)).toBeGreaterThan(0);
    const before = await revisionOf(`/people/${seed.bettel}`);
    await page.getByLabel('Reason for the retraction').fill('Recorded twice; the other record stands');
    await page.getByRole('button', { name: 'Retract the person' }).last().click();
    await page.getByText('Retracted. Reason given: Recorded twice; the other record stands').waitFor();
    expect(await revisionOf(`/people/${seed.bettel}`)).toBe(before + 1);
    // A retracted record can be read, no longer changed.
    expect(await page.getByRole('button', { name: 'Correct a fact' }).count()).toBe(0);
    if (shots) await page.screenshot({ path: `${shots}/record-retracted.png`, fullPage: true });
  });

  const create = async (url: string, payload: object) => {
    const res = await t.app.inject({ method: 'POST', url, payload, headers: { authorization: `Bearer ${token}` } });
    if (res.statusCode >= 300) throw new Error(`${url}: ${res.statusCode} ${res.body}`);
    return res.json() as { id: string };
  };

  it('reads a statement by a press service and an indicator with a qualified figure in words', async () => {
    const statement = await create('/statements', {
      speaker: { kind: 'organisation', id: seed.ses },
      speakerTitle: 'Press service',
      text: 'The first 40 settlements are connected.',
      form: 'direct',
      saidOn: '2024-Q4',
      sourceIds: [seed.source],
      classification: 'public',
    });
    await page.goto(`${base}/records/statement/${statement.id}`);
    await page.getByRole('heading', { name: '“The first 40 settlements are connected.”' }).waitFor();
    await page.locator('dl.record-facts').getByText('SES Broadband').waitFor();
    expect(await fact('Speaking as').textContent()).toBe('Press service');
    expect(await fact('Said on').textContent()).toBe('Q4 2024');
    expect(await fact('Form').textContent()).toBe('Quoted directly');
    expect(await fact('At the meeting').textContent()).toBe('not stated');

    const indicator = await create('/indicators', {
      measures: 'Bilateral trade turnover',
      figure: { amount: 600000000, currency: 'USD', qualifier: 'more than' },
      period: { asOf: '2024' },
      from: { kind: 'country', id: 'KAZ' },
      to: { kind: 'country', id: 'LUX' },
      sourceIds: [seed.source],
      classification: 'public',
    });
    await page.goto(`${base}/records/indicator/${indicator.id}`);
    await page.getByRole('heading', { name: 'Bilateral trade turnover' }).waitFor();
    expect(await fact('Figure').textContent()).toBe('more than 600,000,000 USD');
    expect(await fact('Period').textContent()).toBe('as of 2024');
    expect(await fact('From').textContent()).toBe('Kazakhstan');
    if (shots) await page.screenshot({ path: `${shots}/record-indicator.png`, fullPage: true });
  });

  it('corrects who pledges: a party added from the directory, the list sent whole', async () => {
    const pledge = await create('/pledges', {
      pledgers: [{ kind: 'organisation', id: seed.ses }],
      beneficiaries: [{ kind: 'country', id: 'KAZ' }],
      areas: ['satellite-communications'],
      commitment: 'Internet for 328 settlements',
      level: 'pledge',
      pledgedOn: '2024-10-14',
      sourceIds: [seed.source],
      classification: 'internal',
    });
    await page.goto(`${base}/records/pledge/${pledge.id}`);
    await page.getByRole('heading', { name: 'Internet for 328 settlements' }).waitFor();
    await page.getByRole('button', { name: 'Correct a fact' }).click();
    await page.getByLabel('Fact to correct').selectOption({ label: 'Who pledges' });
    await page.getByRole('button', { name: 'Remove SES Broadband' }).waitFor();
    await page.getByRole('combobox', { name: 'Corrected who pledges' }).fill('Luxem');
    await page.getByRole('option', { name: /Luxembourg/ }).click();
    await page.getByLabel('Reason for the correction').fill('The release names the government as co-pledger');
    await page.getByRole('button', { name: 'Correct the pledge' }).click();
    await page.getByRole('status').filter({ hasText: 'The pledge is corrected.' }).waitFor();
    const stored = await t.app.inject({ url: `/pledges/${pledge.id}`, headers: { authorization: `Bearer ${token}` } });
    expect(stored.json().pledgers).toEqual([
      { kind: 'organisation', id: seed.ses },
      { kind: 'country', id: 'LUX' },
    ]);
    await fact('Who pledges').getByText('Luxembourg', { exact: true }).waitFor();
  });

  it('reports progress with several figures, then the fulfilment, on the pledge page', async () => {
    const pledge = await create('/pledges', {
      pledgers: [{ kind: 'organisation', id: seed.ses }],
      beneficiaries: [{ kind: 'country', id: 'KAZ' }],
      commitment: 'Connect 328 settlements and train 50 engineers',
      level: 'firm-commitment',
      targets: [
        { quantity: 328, unit: 'settlements' },
        { quantity: 50, unit: 'engineers', qualifier: 'at least' },
      ],
      pledgedOn: '2024-10-14',
      sourceIds: [seed.source],
      classification: 'internal',
    });
    await page.goto(`${base}/records/pledge/${pledge.id}`);
    await page.getByRole('heading', { name: 'Connect 328 settlements and train 50 engineers' }).waitFor();
    expect(await fact('Targets').textContent()).toBe('328 settlements; at least 50 engineers');
    await page.getByRole('button', { name: 'Report progress' }).click();
    await page.getByLabel('Reported on').fill('June 2025');
    await page.getByLabel('What progress was made').fill('SES reports the first settlements connected');
    await page.getByRole('button', { name: 'Add a result' }).click();
    await page.getByLabel('Result 1: figure').fill('40');
    await page.getByLabel('Result 1: unit').fill('settlements');
    await page.getByRole('button', { name: 'Add a result' }).click();
    await page.getByLabel('Result 2: as stated').selectOption('some');
    await page.getByLabel('Result 2: figure').fill('12');
    await page.getByLabel('Result 2: unit').fill('engineers');
    await page.getByRole('combobox', { name: 'Sources' }).fill('Kazinform');
    await page.getByRole('option', { name: /Nurtleu visits Luxembourg/ }).click();
    await page.getByRole('button', { name: 'Report the progress' }).click();
    await page.getByRole('status').filter({ hasText: 'The progress is on record.' }).waitFor();
    await fact('Progress reported').getByText('June 2025: SES reports the first settlements connected (40 settlements; some 12 engineers)').waitFor();

    await page.getByRole('button', { name: 'Record that it was fulfilled' }).click();
    await page.getByLabel('Fulfilled on').fill('2026');
    await page.getByRole('combobox', { name: 'Sources' }).fill('Kazinform');
    await page.getByRole('option', { name: /Nurtleu visits Luxembourg/ }).click();
    await page.getByRole('button', { name: 'Record the fulfilment' }).click();
    await page.getByRole('status').filter({ hasText: 'The pledge is recorded as fulfilled.' }).waitFor();
    await fact('Status').getByText('Fulfilled').waitFor();
    expect(await fact('Fulfilled').textContent()).toContain('2026');
    // A fulfilled pledge takes no more progress.
    expect(await page.getByRole('button', { name: 'Report progress' }).count()).toBe(0);
    if (shots) await page.screenshot({ path: `${shots}/record-pledge-fulfilled.png`, fullPage: true });
  });

  it('sets what an organisation is part of, picked by name', async () => {
    const parent = await create('/organisations', { name: 'SES Group', kind: 'company', homeCountry: 'LUX', sourceIds: [seed.source], classification: 'public' });
    await page.goto(`${base}/records/organisation/${seed.ses}`);
    await page.getByRole('heading', { name: 'SES Broadband' }).waitFor();
    await page.getByRole('button', { name: 'Correct a fact' }).click();
    await page.getByLabel('Fact to correct').selectOption({ label: 'Part of' });
    await page.getByRole('combobox', { name: 'Corrected part of' }).fill('SES Group');
    await page.getByRole('option', { name: /SES Group/ }).click();
    await page.getByLabel('Reason for the correction').fill('SES Broadband is a subsidiary of SES Group');
    await page.getByRole('button', { name: 'Correct the organisation' }).click();
    await page.getByRole('status').filter({ hasText: 'The organisation is corrected.' }).waitFor();
    await fact('Part of').getByText('SES Group').waitFor();
    const stored = await t.app.inject({ url: `/organisations/${seed.ses}`, headers: { authorization: `Bearer ${token}` } });
    expect(stored.json().partOfId).toBe(parent.id);
  });

  it('links a pledge on record to another from its page, and refuses a circle beside the field', async () => {
    const pledge = (commitment: string) =>
      t.app.inject({
        method: 'POST',
        url: '/pledges',
        payload: { pledgers: [{ kind: 'organisation', id: seed.ses }], commitment, level: 'pledge', pledgedOn: '2025', sourceIds: [seed.source] },
        headers: { authorization: `Bearer ${token}` },
      });
    const envelope = (await pledge('Envelope of 1 billion euros for digital links')).json();
    const stations = (await pledge('Ground stations in the north')).json();
    await pledge('Regional fibre network');
    // The envelope is already part of the stations' project: linking the stations into it closes a circle.
    const linked = await t.app.inject({
      method: 'POST',
      url: `/pledges/${envelope.id}/links`,
      payload: { relation: 'part-of', otherPledgeId: stations.id },
      headers: { authorization: `Bearer ${token}`, 'if-match': `"${envelope.revision}"` },
    });
    expect(linked.statusCode).toBe(200);
    await t.app.inject({ url: `/pledges/register?minPosition=${linked.json().position}`, headers: { authorization: `Bearer ${token}` } });

    await page.goto(`${base}/records/pledge/${stations.id}`);
    await page.getByRole('heading', { name: 'Ground stations in the north' }).waitFor();
    await page.getByRole('button', { name: 'Link to another pledge' }).click();
    await page.getByRole('combobox', { name: 'Link 1: the other pledge' }).fill('fibre');
    await page.getByRole('option', { name: /Regional fibre network/ }).click();
    await page.getByLabel('Link 1 is confirmed (not tentative)').check();
    await page.getByRole('button', { name: 'Link the pledges' }).click();
    await page.getByRole('status').filter({ hasText: 'The link is on record.' }).waitFor();
    await fact('Links to other pledges').getByText('“Regional fibre network”').waitFor();
    expect(await fact('Links to other pledges').textContent()).toBe('Part of “Regional fibre network” (confirmed)');

    await page.getByRole('button', { name: 'Link to another pledge' }).click();
    await page.getByRole('combobox', { name: 'Link 1: the other pledge' }).fill('envelope');
    await page.getByRole('option', { name: /Envelope of 1 billion euros/ }).click();
    await page.getByRole('button', { name: 'Link the pledges' }).click();
    await page.locator('.field-error', { hasText: 'That link would make a circle' }).waitFor();
    const stored = await t.app.inject({ url: `/pledges/${stations.id}`, headers: { authorization: `Bearer ${token}` } });
    expect(stored.json().links).toHaveLength(1);
  });

  it('has no serious or critical accessibility violations on record pages and the richer forms, opened out', async () => {
    const found: string[] = [];
    const sweep = async (where: string) => {
      found.push(...describeFindings(where, await seriousViolations(page)));
      if (shots) await page.screenshot({ path: `${shots}/sweep-${where.replace(/[^a-z]+/gi, '-')}.png`, fullPage: true });
    };
    await page.goto(`${base}/records/organisation/${seed.ses}`);
    await page.getByRole('heading', { name: 'SES Broadband' }).waitFor();
    await page.getByRole('button', { name: 'Correct a fact' }).click();
    await page.getByLabel('Fact to correct').waitFor();
    await sweep('organisation page, correcting');
    await page.getByRole('button', { name: 'Retract the organisation' }).click();
    await page.getByLabel('Reason for the retraction').waitFor();
    await sweep('organisation page, retracting');
    await page.goto(`${base}/log/pledge`);
    await page.getByRole('button', { name: 'Add a target' }).click();
    await page.getByRole('button', { name: 'Add a link' }).click();
    await page.getByLabel('Target 1: figure').waitFor();
    await sweep('record a pledge, with a target and a link');
    await page.goto(`${base}/log/meeting`);
    await page.getByLabel('Format').selectOption('multilateral');
    await page.getByLabel('Or add someone the source names only by title').fill('Prime Minister');
    await page.getByRole('button', { name: 'Add the unnamed participant' }).click();
    await page.getByLabel('Title of unnamed participant 1').waitFor();
    await sweep('log a meeting, multilateral, with an unnamed participant');
    await page.goto(`${base}/log/visit`);
    await page.getByLabel('First day').waitFor();
    await sweep('log a visit');
    await page.goto(`${base}/log/document`);
    await page.getByRole('button', { name: 'Add a signatory' }).click();
    await page.getByLabel('Signatory 1: title').waitFor();
    await sweep('record a signed document, with a signatory');
    expect(found).toEqual([]);
  });
});
