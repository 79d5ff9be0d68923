import { createTestApp, type TestApp } from '../../support/test-app';
import * as seed from '../../../examples/seed-visit/fixture';
import { loadSeedVisit, type Send } from '../../../examples/seed-visit/load';
import { injectClient } from './inject-client';

describe('the seed visit of 14 October 2024, recorded through the API', () => {
  let t: TestApp;
  let send: Send;
  let report: Awaited<ReturnType<typeof loadSeedVisit>>;

  beforeAll(async () => {
    t = await createTestApp();
    send = injectClient(t.app, await t.tokenFor('recorder'));
    report = await loadSeedVisit(send);
  });
  afterAll(() => t.close());

  const get = async (path: string) => {
    const reply = await send('GET', path);
    expect(reply.status).toBe(200);
    return reply.body;
  };

  it('records every party, source, meeting, statement and indicator of the release', () => {
    expect(report.recorded.countries).toEqual(['KAZ', 'LUX', 'BEL', 'ESP']);
    expect(report.recorded.people).toHaveLength(5);
    expect(report.recorded.organisations).toHaveLength(5);
    expect(report.recorded.meetings).toHaveLength(7);
    expect(report.recorded.statements).toHaveLength(4);
    expect(report.recorded.indicators).toHaveLength(1);
  });

  it('reads the visit back with its delegation, host, dates and CAMEO code', async () => {
    const visit = await get(`/visits/${seed.seedId('visit:nurtleu-luxembourg')}`);
    expect(visit).toMatchObject({
      kind: 'official',
      delegation: { sentBy: { kind: 'country', id: 'KAZ' }, headId: seed.seedId('person:nurtleu') },
      hostCountry: 'LUX',
      city: 'Luxembourg',
      startDate: '2024-10-14',
      endDate: '2024-10-14',
      engagement: { cameo: '042' },
      status: 'recorded',
      revision: 0,
    });
  });

  it('reads the Cooperation Council session and the meeting with the prime minister back', async () => {
    const council = await get(`/meetings/${seed.seedId('meeting:cooperation-council')}`);
    expect(council).toMatchObject({
      title: '21st meeting of the European Union–Kazakhstan Cooperation Council',
      format: 'council-or-summit-session',
      visitId: seed.seedId('visit:nurtleu-luxembourg'),
    });
    const frieden = await get(`/meetings/${seed.seedId('meeting:frieden')}`);
    expect(frieden.participants.map((p: { party: { id: string } }) => p.party.id)).toEqual([
      seed.seedId('person:nurtleu'),
      seed.seedId('person:frieden'),
    ]);
    expect(frieden.topics).toEqual(
      expect.arrayContaining([
        'fintech',
        'green-energy',
        'pharmaceuticals',
        'transport-infrastructure',
      ]),
    );
  });

  it("shows each person's title as it was on the day", async () => {
    const bettel = await get(`/people/${seed.seedId('person:bettel')}?on=2024-10-14`);
    expect(bettel.name).toBe('Xavier Bettel');
    expect(bettel.positionsOn.map((p: { title: string }) => p.title)).toEqual([
      'Deputy Prime Minister and Minister for Foreign Affairs and Foreign Trade',
    ]);
  });

  it('reads the quote, the investment figure and the sources back', async () => {
    const quote = await get(`/statements/${seed.seedId('statement:frieden-reliable-partner')}`);
    expect(quote).toMatchObject({
      speaker: { kind: 'person', id: seed.seedId('person:frieden') },
      speakerTitle: null,
      form: 'direct',
      meetingId: seed.seedId('meeting:frieden'),
    });
    expect(quote.text).toContain('reliable partner in Central Asia');
    const fdi = await get(`/indicators/${seed.seedId('indicator:lux-kaz-fdi-since-2005')}`);
    expect(fdi).toMatchObject({
      figure: { amount: 2_900_000_000, currency: 'USD' },
      period: { from: '2005-01-01' },
    });
    const kazinform = await get(`/sources/${seed.seedId('source:kazinform')}`);
    expect(kazinform).toMatchObject({ type: 'news-agency', publisher: 'Kazinform' });
  });

  it("reads the pledges and intentions back: SES's 328 settlements, Cargolux's flights", async () => {
    expect(report.skipped).toEqual([]);
    expect(report.recorded.pledges).toHaveLength(seed.pledges.length);
    const ses = await get(`/pledges/${seed.seedId('pledge:ses-328-settlements')}`);
    expect(ses).toMatchObject({
      pledgers: [{ kind: 'organisation', id: seed.seedId('organisation:ses') }],
      beneficiaries: [{ kind: 'country', id: 'KAZ' }],
      areas: ['satellite-communications'],
      level: 'expressed-intent',
      targets: [{ quantity: 328, unit: 'settlements', qualifier: null, ofTotal: null }],
      meetingId: seed.seedId('meeting:ses'),
    });
    const cargolux = await get(`/pledges/${seed.seedId('pledge:cargolux-flights')}`);
    expect(cargolux).toMatchObject({
      pledgers: [{ id: seed.seedId('organisation:cargolux') }],
      areas: ['aviation'],
      targets: [],
    });
  });

  it('loads a second time without recording anything twice', async () => {
    const again = await loadSeedVisit(send);
    expect(again.recorded.meetings).toEqual(report.recorded.meetings);
    const person = await get(`/people/${seed.seedId('person:nurtleu')}`);
    expect(person.positions).toHaveLength(1);
    expect(person.revision).toBe(1);
  });
});
