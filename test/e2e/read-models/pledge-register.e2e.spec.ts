import { CLOCK, FixedClock } from '@chancery/common';
import { createTestApp, type TestApp } from '../../support/test-app';
import type { Send } from '../../../examples/seed-visit/load';
import { injectClient, notingPositions } from '../record/inject-client';

/**
 * The pledge register and compliance on pledges as sources state them: a pledge with no target
 * date has no deadline and is never late; a deadline stated as a year passes only after
 * 31 December; pledges of one project reported again (same-as) count once; organisations'
 * pledges count for the country they are based in and the organisation they are part of.
 */
describe('pledge register, compliance and partnerships on the richer record', () => {
  let t: TestApp;
  let send: Send;
  let last = 0;
  let sourceId: string;
  const clock = new FixedClock(new Date('2026-12-31T12:00:00Z'));
  const ids: Record<string, string> = {};
  const country = (id: string) => ({ kind: 'country', id });
  const org = (key: string) => ({ kind: 'organisation', id: ids[key] });

  const body = async (url: string) => {
    const sep = url.includes('?') ? '&' : '?';
    const reply = await send('GET', `${url}${sep}minPosition=${last}`);
    expect([url, reply.status]).toEqual([url, 200]);
    return reply.body;
  };
  const organisation = async (key: string, name: string, homeCountry: string, partOf?: string) => {
    const reply = await send('POST', '/organisations', {
      name,
      acronym: key.toUpperCase(),
      kind: 'company',
      homeCountry,
      ...(partOf ? { partOfId: ids[partOf] } : {}),
    });
    expect([reply.status, reply.body.errors]).toEqual([201, undefined]);
    ids[key] = reply.body.id;
  };
  const pledge = async (key: string, facts: object) => {
    const reply = await send('POST', '/pledges', {
      pledgers: [country('LUX')],
      beneficiaries: [country('KAZ')],
      areas: ['energy'],
      commitment: key,
      level: 'pledge',
      pledgedOn: '2024-10',
      sourceIds: [sourceId],
      ...facts,
    });
    expect([reply.status, reply.body.errors]).toEqual([201, undefined]);
    ids[key] = reply.body.id;
  };
  const ofKeys = (items: Array<{ pledgeId: string }>) =>
    items.map((p) => Object.keys(ids).find((k) => ids[k] === p.pledgeId)).sort();

  beforeAll(async () => {
    t = await createTestApp((b) => b.overrideProvider(CLOCK).useValue(clock));
    const http = injectClient(t.app, await t.tokenFor(['recorder', 'analyst']));
    send = notingPositions(http, (position) => (last = Math.max(last, position)));
    for (const code of ['KAZ', 'LUX', 'MEX', 'USA', 'KGZ'])
      await send('PUT', `/countries/${code}`, {});
    sourceId = (
      await send('POST', '/sources', {
        type: 'news-agency',
        publisher: 'Kazinform',
        title: 'Pledges',
        publishedOn: '2024-10',
      })
    ).body.id;
    await organisation('ses', 'SES', 'LUX');
    await organisation('pemex', 'Petróleos Mexicanos', 'MEX');
    await organisation('pmi', 'PMI Comercio Internacional', 'USA', 'pemex');
    await pledge('by2026', { targetDate: '2026' });
    await pledge('noDeadline', { targetDate: null });
    await pledge('pastDay', { targetDate: '2025-06-30' });
    await pledge('fulfilled', { targetDate: null });
    await pledge('sesFirst', { pledgers: [org('ses')], targetDate: '2025' });
    await pledge('sesAgain', { pledgers: [org('ses')], targetDate: '2025', pledgedOn: '2025' });
    await pledge('pmiPipeline', { pledgers: [org('pmi')], beneficiaries: [country('KGZ')] });
    expect(
      (
        await send(
          'POST',
          `/pledges/${ids.fulfilled}/fulfilment`,
          { fulfilledOn: '2025', sourceIds: [sourceId] },
          { 'If-Match': '"0"' },
        )
      ).status,
    ).toBe(200);
    const linked = await send(
      'POST',
      `/pledges/${ids.sesAgain}/links`,
      { relation: 'same-as', otherPledgeId: ids.sesFirst },
      { 'If-Match': '"0"' },
    );
    expect(linked.status).toBe(200);
  });
  afterAll(() => t.close());

  it('lists the pledges of Luxembourg and of the organisations based in it; same-as once', async () => {
    const lux = await body('/pledges/register?pledger=LUX');
    expect(ofKeys(lux.items)).toEqual(
      ['by2026', 'fulfilled', 'noDeadline', 'pastDay', 'sesAgain', 'sesFirst'].sort(),
    );
    expect([lux.total, lux.projects]).toEqual([6, 5]);
    const item = (key: string) =>
      lux.items.find((p: { pledgeId: string }) => p.pledgeId === ids[key]);
    expect(item('by2026')).toMatchObject({
      targetDate: '2026',
      deadline: '2026-12-31',
      late: false,
    });
    expect(item('noDeadline')).toMatchObject({ targetDate: null, deadline: null, late: false });
    expect(item('pastDay')).toMatchObject({ deadline: '2025-06-30', late: true });
    expect(item('sesAgain').sameAsGroup).toBe(item('sesFirst').sameAsGroup);
    expect(item('sesAgain').links).toEqual([
      { relation: 'same-as', otherPledgeId: ids.sesFirst, certainty: 'tentative' },
    ]);
    const ses = await body('/pledges/register?pledger=SES');
    expect(ofKeys(ses.items)).toEqual(['sesAgain', 'sesFirst']);
  });

  it('rolls a subsidiary up to its parent and to the parent’s country', async () => {
    for (const party of ['PMI', 'PEMEX', 'MEX', 'USA'])
      expect(ofKeys((await body(`/pledges/register?pledger=${party}`)).items)).toEqual([
        'pmiPipeline',
      ]);
    expect((await body('/pledges/register?pledger=KGZ')).items).toEqual([]);
  });

  it('filters by a range of pledge dates by overlap: "2024-10" is in October 2024', async () => {
    const october = await body('/pledges/register?from=2024-10-15&to=2024-10-15');
    expect(ofKeys(october.items)).not.toContain('sesAgain');
    expect(ofKeys(october.items)).toContain('sesFirst');
  });

  it('counts a "by 2026" pledge due only from 1 January 2027, one with no deadline never', async () => {
    const row = async () =>
      (await body('/pledges/compliance?pledger=LUX')).items.find(
        (r: { pledger: string }) => r.pledger === 'LUX',
      );
    // Due: the past day, the fulfilled one, the SES project (twice reported, once counted).
    expect(await row()).toMatchObject({ area: 'energy', due: 3, fulfilled: 1, compliance: 0.333 });
    clock.set('2027-01-01T00:00:00Z');
    try {
      expect(await row()).toMatchObject({ due: 4, fulfilled: 1, compliance: 0.25 });
    } finally {
      clock.set('2026-12-31T12:00:00Z');
    }
    const ses = (await body('/pledges/compliance?pledger=SES')).items;
    expect(ses).toEqual([
      { pledger: ids.ses, area: 'energy', due: 1, fulfilled: 0, compliance: 0 },
    ]);
  });

  it('shows organisations’ pledges in their country’s partnerships, same-as once', async () => {
    const pair = await body('/partnerships/KAZ/LUX');
    expect(ofKeys(pair.pledges.items)).toEqual(
      ['by2026', 'fulfilled', 'noDeadline', 'pastDay', 'sesAgain', 'sesFirst'].sort(),
    );
    expect(pair.pledges.projects).toBe(5);
    expect(pair.pledges.byStatus).toEqual({ open: 4, fulfilled: 1 });
    const kaz = await body('/partnerships?party=KAZ');
    const count = (counterpart: string) =>
      kaz.items.find((i: { counterpart: string }) => i.counterpart === counterpart)?.pledges;
    expect([count('LUX'), count(ids.ses)]).toEqual([5, 1]);
    const kgz = await body('/partnerships?party=KGZ');
    expect(
      kgz.items
        .map((i: { counterpart: string; pledges: number }) => [i.counterpart, i.pledges])
        .sort(),
    ).toEqual(
      [
        [ids.pemex, 1],
        [ids.pmi, 1],
        ['MEX', 1],
        ['USA', 1],
      ].sort(),
    );
    expect(ofKeys((await body('/partnerships/KGZ/MEX')).pledges.items)).toEqual(['pmiPipeline']);
  });
});
