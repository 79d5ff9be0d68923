import { createTestApp, type TestApp } from '../../support/test-app';
import * as seed from '../../../examples/seed-visit/fixture';
import { loadSeedVisit, type Send } from '../../../examples/seed-visit/load';
import { injectClient } from './inject-client';

/** The pledges and intentions of the seed visit, and the desk's follow-ups, read back through the API. */
describe('the seed visit: pledges, intentions and follow-ups', () => {
  let t: TestApp;
  let send: Send;
  let loader: string;

  beforeAll(async () => {
    t = await createTestApp();
    send = injectClient(t.app, await t.tokenFor('recorder'));
    loader = (await send('GET', '/auth/me')).body.id;
    await loadSeedVisit(send);
  });
  afterAll(() => t.close());

  const pledge = async (key: string) => {
    const reply = await send('GET', `/pledges/${seed.seedId(`pledge:${key}`)}`);
    expect(reply.status).toBe(200);
    return reply.body;
  };
  const org = (key: string) => ({ kind: 'organisation', id: seed.seedId(`organisation:${key}`) });
  const meeting = (key: string) => seed.seedId(`meeting:${key}`);
  const KAZ = { kind: 'country', id: 'KAZ' };

  it('records SES’s intention to connect 328 settlements, quantified, from the SES meeting', async () => {
    expect(await pledge('ses-328-settlements')).toMatchObject({
      pledgers: [org('ses')],
      beneficiaries: [KAZ],
      areas: ['satellite-communications'],
      level: 'expressed-intent',
      targets: [{ quantity: 328, unit: 'settlements', qualifier: null, ofTotal: null }],
      meetingId: meeting('ses'),
      pledgedOn: '2024-10-14',
      sourceIds: [seed.seedId('source:kazinform')],
      standing: 'open',
      status: 'recorded',
    });
  });

  it('records Luxembourg’s readiness: Frieden on modernisation, Bettel on security and sustainable development', async () => {
    const frieden = await pledge('luxembourg-modernisation-support');
    expect(frieden).toMatchObject({
      pledgers: [{ kind: 'country', id: 'LUX' }],
      beneficiaries: [KAZ],
      level: 'expressed-intent',
      targets: [],
      meetingId: meeting('frieden'),
    });
    expect(frieden.commitment).toMatch(/modernising key sectors/);
    const bettel = await pledge('luxembourg-security-sustainable-development');
    expect(bettel).toMatchObject({
      pledgers: [{ kind: 'country', id: 'LUX' }],
      meetingId: meeting('bettel'),
    });
    expect(bettel.commitment).toMatch(/international security and sustainable development/);
  });

  it('records the companies’ and the EIB’s intentions at the weakest level, each from its meeting', async () => {
    for (const [key, by, area] of [
      ['cargolux-flights', 'cargolux', 'aviation'],
      ['sarens-infrastructure-projects', 'sarens', 'transport-infrastructure'],
      ['eib-investment-technology-projects', 'eib', 'investment'],
    ]) {
      expect(await pledge(key)).toMatchObject({
        pledgers: [org(by)],
        beneficiaries: [KAZ],
        areas: [area],
        level: 'expressed-intent',
        targets: [],
        meetingId: meeting(by),
      });
    }
  });

  it('assigns the follow-ups to the member of staff who loaded the visit, with due dates', async () => {
    const ses = await send('GET', `/follow-ups/${seed.seedId('follow-up:ses-settlement-list')}`);
    expect(ses.status).toBe(200);
    expect(ses.body).toMatchObject({
      assignee: loader,
      dueDate: '2024-11-15',
      pledgeId: seed.seedId('pledge:ses-328-settlements'),
      meetingId: meeting('ses'),
      standing: 'open',
    });
    const eib = await send('GET', `/follow-ups/${seed.seedId('follow-up:eib-project-shortlist')}`);
    expect(eib.body).toMatchObject({
      assignee: loader,
      dueDate: '2024-12-16',
      pledgeId: seed.seedId('pledge:eib-investment-technology-projects'),
    });
  });

  it('records each pledge and follow-up once when the visit is loaded again', async () => {
    const again = await loadSeedVisit(send);
    expect(again.recorded.pledges).toHaveLength(seed.pledges.length);
    expect(again.recorded.followUps).toHaveLength(seed.followUps.length);
    expect((await pledge('ses-328-settlements')).revision).toBe(0);
  });
});
