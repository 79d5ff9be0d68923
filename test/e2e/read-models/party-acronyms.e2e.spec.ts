import { CLOCK, FixedClock } from '@chancery/common';
import { createTestApp, TestApp } from '../../support/test-app';
import * as seed from '../../../examples/seed-visit/fixture';
import { loadSeedVisit, type Send } from '../../../examples/seed-visit/load';
import { injectClient, notingPositions } from '../record/inject-client';

/**
 * Wherever a read-model query names a party, an organisation's acronym (`EU`, `SES`, any case)
 * answers as its id does, as `/partnerships?party=` always has; an acronym of an organisation
 * above the caller's clearance names nothing.
 */
describe('read-model queries name an organisation by its acronym', () => {
  let t: TestApp;
  let send: Send;
  let last = 0;
  const eu = seed.seedId('organisation:eu');
  const ses = seed.seedId('organisation:ses');

  const body = async (url: string, as: Send = send) => {
    const sep = url.includes('?') ? '&' : '?';
    const reply = await as('GET', `${url}${sep}minPosition=${last}`);
    expect(reply.status).toBe(200);
    return reply.body;
  };

  beforeAll(async () => {
    t = await createTestApp((b) =>
      b.overrideProvider(CLOCK).useValue(new FixedClock(new Date('2026-01-01T09:00:00Z'))),
    );
    const http = injectClient(t.app, await t.tokenFor(['recorder', 'analyst']));
    send = notingPositions(http, (position) => (last = Math.max(last, position)));
    expect((await loadSeedVisit(send)).skipped).toEqual([]);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('the timeline of EU is the timeline of its id', async () => {
    const byId = await body(`/timeline/${eu}`);
    expect(byId.items).toHaveLength(1);
    for (const given of ['EU', 'eu']) {
      const byAcronym = await body(`/timeline/${given}`);
      expect(byAcronym).toEqual(byId);
    }
  });

  it('the pledge register of SES is that of its id', async () => {
    const byId = await body(`/pledges/register?pledger=${ses}`);
    expect(byId.items).toEqual([expect.objectContaining({ pledger: ses })]);
    expect(await body('/pledges/register?pledger=SES')).toEqual(byId);
    expect(await body('/pledges/register?pledger=ses&beneficiary=kaz')).toEqual(byId);
  });

  it('the compliance of SES is that of its id', async () => {
    const fulfilled = await send(
      'POST',
      `/pledges/${seed.seedId('pledge:ses-328-settlements')}/fulfilment`,
      {
        fulfilledOn: '2025-06-30',
        sourceIds: [seed.seedId(`source:${seed.sources[0].key}`)],
      },
      { 'If-Match': '"0"' },
    );
    expect(fulfilled.status).toBe(200);
    const compliance = await body(`/pledges/compliance?pledger=${ses}`);
    expect(compliance.items).toEqual([
      expect.objectContaining({ pledger: ses, due: 1, fulfilled: 1, compliance: 1 }),
    ]);
    expect(await body('/pledges/compliance?pledger=SES')).toEqual(compliance);
  });

  it("the EU's dossier is found by its acronym", async () => {
    const byId = await body(`/dossiers/organisations/${eu}`);
    expect(byId).toMatchObject({ organisationId: eu, acronym: 'EU' });
    expect(await body('/dossiers/organisations/EU')).toEqual(byId);
  });
});
