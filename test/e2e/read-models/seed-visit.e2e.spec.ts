import { CLOCK, FixedClock } from '@chancery/common';
import { createTestApp, TestApp } from '../../support/test-app';
import * as seed from '../../../examples/seed-visit/fixture';
import { loadSeedVisit, type Send } from '../../../examples/seed-visit/load';
import { injectClient, notingPositions } from '../record/inject-client';
import { eventually } from '../../support/eventually';
import { withReadWait } from '../../support/test-app';

/**
 * The seed visit (Nurtleu in Luxembourg, 14 October 2024), recorded through the HTTP write API
 * by the example loader and read back through the query API. Reads ask for the position of the
 * last write (read-your-writes) instead of sleeping; the clock is fixed on 20 November 2024.
 */
describe('read models through the API: the seed visit', () => {
  let t: TestApp;
  let token: string;
  let send: Send;
  const clock = new FixedClock(new Date('2024-11-20T09:00:00Z'));
  let last = 0;
  const id = seed.seedId;
  const ses = id('organisation:ses');

  const get = (url: string, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${token}`, ...headers } });

  beforeAll(async () => {
    t = await createTestApp((b) => b.overrideProvider(CLOCK).useValue(clock));
    token = await t.tokenFor(['recorder', 'analyst', 'admin']);
    const http = injectClient(t.app, token);
    send = notingPositions(http, (position) => (last = Math.max(last, position)));
    const loaded = await loadSeedVisit(send);
    expect(loaded.skipped).toEqual([]);
    expect(last).toBeGreaterThan(0);
  });
  afterAll(() => t?.close());

  it('Kazakhstan–Luxembourg shows its meetings, its areas of cooperation and the intentions expressed', async () => {
    const res = await get(`/partnerships/KAZ/LUX?minPosition=${last}`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.parties.map((p: { name: string }) => p.name)).toEqual(['Kazakhstan', 'Luxembourg']);
    expect(body.engagements).toMatchObject({
      count: 3,
      firstContact: '2024-10-14',
      lastContact: '2024-10-14',
    });
    expect(
      body.engagements.items.map((e: { kind: string; recordId: string }) => [e.kind, e.recordId]),
    ).toEqual(
      expect.arrayContaining([
        ['meeting', id('meeting:frieden')],
        ['meeting', id('meeting:bettel')],
        ['visit', id('visit:nurtleu-luxembourg')],
      ]),
    );
    const areas = Object.fromEntries(
      body.areasOfCooperation.items.map(
        (a: { area: string; engagements: number; pledges: number }) => [
          a.area,
          [a.engagements, a.pledges],
        ],
      ),
    );
    // Security was discussed with both Frieden and Bettel and is the area of one intention.
    expect(areas).toMatchObject({
      security: [2, 1],
      'regional-security': [2, 0],
      fintech: [1, 0],
      'green-energy': [1, 0],
      pharmaceuticals: [1, 0],
      'transport-infrastructure': [1, 0],
      technology: [0, 1],
    });
    // Luxembourg's two, and those of the organisations based in it (SES, Cargolux, the EIB).
    expect(body.pledges.byStatus).toEqual({ open: 5 });
    expect(body.pledges.items).toHaveLength(5);
    expect(body.pledges.items.map((p: { pledgeId: string }) => p.pledgeId)).toEqual(
      expect.arrayContaining(
        ['ses-328-settlements', 'cargolux-flights', 'eib-investment-technology-projects'].map(
          (key) => id(`pledge:${key}`),
        ),
      ),
    );
    expect(body.pledges.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          pledgeId: id('pledge:luxembourg-modernisation-support'),
          pledger: 'LUX',
          level: 'expressed-intent',
          status: 'open',
        }),
        expect.objectContaining({
          pledgeId: id('pledge:luxembourg-security-sustainable-development'),
          level: 'expressed-intent',
          status: 'open',
        }),
      ]),
    );
    expect(body.keyPeople.items).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'Luc Frieden', side: 'LUX', title: 'Prime Minister' }),
        expect.objectContaining({ name: 'Murat Nurtleu', side: 'KAZ' }),
      ]),
    );
    const list = await get('/partnerships?party=KAZ');
    expect(list.json().items[0]).toMatchObject({
      counterpart: 'LUX',
      counterpartName: 'Luxembourg',
      engagements: 3,
    });
  });

  it('the SES intention to connect 328 settlements is in the pledge register', async () => {
    const res = await get(`/pledges/register?area=satellite-communications`, {
      'x-min-position': String(last),
    });
    expect(res.json().items).toEqual([
      expect.objectContaining({
        pledgeId: id('pledge:ses-328-settlements'),
        pledger: ses,
        beneficiary: 'KAZ',
        level: 'expressed-intent',
        targetAmount: 328,
        targetUnit: 'settlements',
        status: 'open',
        meetingId: id('meeting:ses'),
      }),
    ]);
    const all = (await get('/pledges/register')).json();
    expect(all.total).toBe(seed.pledges.length);
    const csv = await get('/pledges/register', { accept: 'text/csv' });
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body.split('\n')[0]).toContain('pledgeId,pledger,pledgers,beneficiary');
    expect(csv.body).toContain('328');
  });

  it('a follow-up past its due date is overdue on the board and in its partnership; not once the clock is before it', async () => {
    const overdue = await get(`/follow-ups/board?status=overdue&minPosition=${last}`);
    expect(overdue.json().items).toEqual([
      expect.objectContaining({
        followUpId: id('follow-up:ses-settlement-list'),
        dueDate: '2024-11-15',
        overdue: true,
        pledgeId: id('pledge:ses-328-settlements'),
      }),
    ]);
    const board = (await get('/follow-ups/board?status=open')).json();
    expect(
      board.items.map((f: { dueDate: string; overdue: boolean }) => [f.dueDate, f.overdue]),
    ).toEqual([
      ['2024-11-15', true],
      ['2024-12-16', false],
    ]);
    expect((await get(`/partnerships/KAZ/${ses}`)).json().followUps).toMatchObject({
      open: 1,
      overdue: 1,
    });
    clock.set('2024-10-20T09:00:00Z');
    expect((await get('/follow-ups/board?status=overdue')).json().items).toEqual([]);
    clock.set('2024-11-20T09:00:00Z');
  });

  it('the timeline and dossiers show the meetings, intentions and statements', async () => {
    const timeline = (
      await get(`/timeline/LUX?from=2024-01-01&to=2024-12-31&minPosition=${last}`)
    ).json();
    expect(timeline.items.map((i: { recordId: string }) => i.recordId)).toEqual(
      expect.arrayContaining([
        id('meeting:frieden'),
        id('meeting:bettel'),
        id('pledge:luxembourg-modernisation-support'),
      ]),
    );
    const dossier = (await get(`/dossiers/people/${id('person:bettel')}`)).json();
    expect(dossier.meetings.items).toEqual([
      expect.objectContaining({ meetingId: id('meeting:bettel'), side: 'LUX' }),
    ]);
    expect(dossier.positions.items[0].title).toContain('Foreign Affairs');
    expect(dossier.statements.items).toEqual([
      expect.objectContaining({ statementId: id('statement:bettel-regional-security') }),
    ]);
  });

  it('a query asking for a position not yet reached answers 503 with the lag; bad params are refused', async () => {
    // No write will reach it: a short wait makes the 503 quick. Only here: every other read waits
    // for a position that will be reached, and a busy machine may take seconds to get there.
    const res = await withReadWait('300', () =>
      get(`/partnerships/KAZ/LUX?minPosition=${last + 1000}`, {}),
    );
    expect(res.statusCode).toBe(503);
    expect(res.json()).toMatchObject({
      code: 'PROJECTIONS.LAGGING',
      lag: { position: expect.any(Number) },
    });
    expect((await get('/follow-ups/board?limit=0')).statusCode).toBe(400);
    expect((await get('/follow-ups/board?status=late')).statusCode).toBe(400);
  });

  it('status and health show every projection with its lag', async () => {
    const status = (await get('/projections/status')).json();
    expect(status.projections.map((p: { name: string }) => p.name)).toEqual([
      'partnerships',
      'follow_ups',
      'pledges',
      'timeline',
      'dossiers',
      'search',
    ]);
    const health = await t.app.inject({ method: 'GET', url: '/health' });
    expect(health.json().info.projections.partnerships).toMatchObject({
      state: 'live',
      eventsBehind: 0,
    });
    // The audit's party index is a projection too: its lag and state are in /health as well.
    expect(health.json().info.auditIndex.party_streams).toMatchObject({
      state: expect.stringMatching(/^(live|catching-up)$/),
      deadLetters: 0,
    });
  });

  it('an admin rebuild builds the next generation beside the live one, which keeps answering, then takes over', async () => {
    const before = (await get('/partnerships/KAZ/LUX')).json();
    // Lists are never kept (pages are): this one is read from the live generation each time.
    const list = (await get('/partnerships?party=KAZ')).json();
    expect(list.items.length).toBeGreaterThan(0);
    const started = await t.app.inject({
      method: 'POST',
      url: '/admin/projections/partnerships/rebuild',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(started.statusCode).toBe(202);
    expect(started.json()).toMatchObject({ projection: 'partnerships', generation: 2 });
    expect((await get('/partnerships?party=KAZ')).json()).toEqual(list);
    await eventually(async () => {
      const [partnerships] = (await get('/projections/status')).json().projections;
      return partnerships.generation === 2 && partnerships.rebuild === null;
    });
    expect((await get('/projections/status')).json().projections[0]).toMatchObject({
      generation: 2,
      rebuild: null,
      state: 'live',
    });
    // The new generation answers as the old one did (that the keep of pages empties on a takeover
    // is the unit spec's to show: the page would be the same either way).
    expect((await get('/partnerships/KAZ/LUX')).json()).toEqual(before);
    expect((await get('/partnerships?party=KAZ')).json()).toEqual(list);
    const unknown = await t.app.inject({
      method: 'POST',
      url: '/admin/projections/nope/rebuild',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(unknown.statusCode).toBe(404);
  });
});
