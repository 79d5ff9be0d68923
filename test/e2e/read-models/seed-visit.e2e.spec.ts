import { randomUUID } from 'node:crypto';
import { CLOCK, FixedClock } from '@chancery/common';
import { EVENT_STORE, EventStore, JsonObject } from '@chancery/event-store';
import { createTestApp, TestApp } from '../../support/test-app';

/**
 * The seed visit (Nurtleu in Luxembourg, 14 October 2024), read through the API. The write API
 * does not cover these records yet, so their events (in the catalogue's shapes) are appended to
 * the app's own store; every read goes through HTTP.
 */
describe('read models through the API: the seed visit', () => {
  let t: TestApp;
  let token: string;
  let store: EventStore;
  const clock = new FixedClock(new Date('2024-11-20T09:00:00Z'));
  const ids = {
    nurtleu: randomUUID(),
    frieden: randomUUID(),
    bettel: randomUUID(),
    ses: randomUUID(),
    source: randomUUID(),
    pledge: randomUUID(),
    intent: randomUUID(),
  };
  let meetingId = '';
  let last = 0;

  const append = async (streamId: string, type: string, data: JsonObject) => {
    const metadata = {
      correlationId: randomUUID(),
      causationId: null,
      actor: 'e2e',
      recordedAt: '2024-10-15T08:00:00Z',
    };
    last = (
      await store.append(
        streamId,
        [{ id: randomUUID(), type, schemaVersion: 1, data, metadata }],
        'any',
      )
    ).position;
  };
  const get = (url: string, headers: Record<string, string> = {}) =>
    t.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${token}`, ...headers } });

  beforeAll(async () => {
    process.env.READ_WAIT_MS = '300';
    t = await createTestApp((b) => b.overrideProvider(CLOCK).useValue(clock));
    token = await t.tokenFor(['recorder', 'analyst', 'admin']);
    store = t.app.get<EventStore>(EVENT_STORE);
    await append(`source-${ids.source}`, 'SourceRegistered', {
      sourceId: ids.source,
      type: 'news-agency',
      publisher: 'Kazinform',
      title: 'Nurtleu visits Luxembourg',
      publishedOn: '2024-10-15',
      url: null,
      classification: 'public',
    });
    await append('country-KAZ', 'CountryRegistered', {
      code: 'KAZ',
      name: 'Kazakhstan',
      classification: 'public',
    });
    await append('country-LUX', 'CountryRegistered', {
      code: 'LUX',
      name: 'Luxembourg',
      classification: 'public',
    });
    for (const [id, name, title, at] of [
      [
        ids.nurtleu,
        'Murat Nurtleu',
        'Deputy Prime Minister and Minister of Foreign Affairs',
        'KAZ',
      ],
      [ids.frieden, 'Luc Frieden', 'Prime Minister', 'LUX'],
      [
        ids.bettel,
        'Xavier Bettel',
        'Deputy Prime Minister and Minister for Foreign Affairs and Foreign Trade',
        'LUX',
      ],
    ]) {
      await append(`person-${id}`, 'PersonRegistered', {
        personId: id,
        name,
        nationality: at,
        sourceIds: [ids.source],
        classification: 'public',
      });
      await append(`person-${id}`, 'PersonAppointed', {
        personId: id,
        positionId: randomUUID(),
        title,
        at: { kind: 'country', id: at },
        from: '2023-01-01',
        to: null,
        sourceIds: [ids.source],
      });
    }
    await append(`organisation-${ids.ses}`, 'OrganisationRegistered', {
      organisationId: ids.ses,
      name: 'SES Broadband',
      acronym: 'SES',
      kind: 'company',
      homeCountry: 'LUX',
      sector: 'satellite communications',
      sourceIds: [ids.source],
      classification: 'public',
    });
    const person = (id: string, side: string) => ({
      party: { kind: 'person', id },
      side: { kind: 'country', id: side },
      role: null,
    });
    // TODO: record through POST /meetings once it stores plain JSON (today it hands the store DTO instances: 400).
    meetingId = randomUUID();
    await append(`meeting-${meetingId}`, 'MeetingRecorded', {
      meetingId,
      title: 'Talks with the Prime Minister and the Foreign Minister of Luxembourg',
      date: '2024-10-14',
      place: { city: 'Luxembourg', country: 'LUX' },
      visitId: null,
      format: 'bilateral',
      participants: [
        person(ids.nurtleu, 'KAZ'),
        person(ids.frieden, 'LUX'),
        person(ids.bettel, 'LUX'),
      ],
      topics: [
        'fintech',
        'green-energy',
        'pharmaceuticals',
        'transport-infrastructure',
        'regional-security',
      ],
      summary: 'Key and promising areas of cooperation between Kazakhstan and Luxembourg.',
      engagement: { kind: 'visit', cameo: '042', plover: { event: 'CONSULT', mode: 'visit' } },
      sourceIds: [ids.source],
      classification: 'public',
    });
    const pledge = (
      pledgeId: string,
      pledger: JsonObject,
      area: string,
      commitment: string,
      target: JsonObject | null,
    ) =>
      append(`pledge-${pledgeId}`, 'CooperationPledged', {
        pledgeId,
        pledger,
        beneficiary: { kind: 'country', id: 'KAZ' },
        area,
        commitment,
        level: 'expressed-intent',
        target,
        targetDate: null,
        meetingId: null,
        pledgedOn: '2024-10-14',
        sourceIds: [ids.source],
        classification: 'internal',
      });
    await pledge(
      ids.intent,
      { kind: 'country', id: 'LUX' },
      'political-relations',
      'strengthen bilateral relations at all levels',
      null,
    );
    await pledge(
      ids.pledge,
      { kind: 'organisation', id: ids.ses },
      'satellite-communications',
      'stable internet via European satellites for remote settlements',
      { quantity: 328, unit: 'settlements' },
    );
    await append(`follow-up-${randomUUID()}`, 'FollowUpAssigned', {
      followUpId: randomUUID(),
      action: 'Send the draft roadmap on green energy to the Luxembourg MFA',
      assignee: 'desk-officer-1',
      dueDate: '2024-11-01',
      pledgeId: null,
      meetingId,
      classification: 'internal',
    });
  });
  afterAll(async () => {
    delete process.env.READ_WAIT_MS;
    await t?.close();
  });

  it('Kazakhstan–Luxembourg shows its meetings, areas of cooperation, intentions and an overdue follow-up', async () => {
    const res = await get(`/partnerships/KAZ/LUX?minPosition=${last}`);
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.parties.map((p: { name: string }) => p.name)).toEqual(['Kazakhstan', 'Luxembourg']);
    expect(body.engagements).toMatchObject({
      count: 1,
      firstContact: '2024-10-14',
      lastContact: '2024-10-14',
    });
    expect(body.engagements.items[0].recordId).toBe(meetingId);
    expect(body.areasOfCooperation.map((a: { area: string }) => a.area)).toEqual(
      expect.arrayContaining([
        'fintech',
        'green-energy',
        'pharmaceuticals',
        'transport-infrastructure',
      ]),
    );
    expect(body.pledges.items).toEqual([
      expect.objectContaining({ pledgeId: ids.intent, level: 'expressed-intent', status: 'open' }),
    ]);
    expect(body.followUps).toMatchObject({ open: 1, overdue: 1 });
    expect(body.keyPeople).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ name: 'Luc Frieden', side: 'LUX', title: 'Prime Minister' }),
      ]),
    );
    const list = await get('/partnerships?party=KAZ');
    expect(list.json().items).toEqual(
      expect.arrayContaining([expect.objectContaining({ counterpart: 'LUX', engagements: 1 })]),
    );
  });

  it('the SES intention to connect 328 settlements is in the pledge register', async () => {
    const res = await get(`/pledges/register?area=satellite-communications`, {
      'x-min-position': String(last),
    });
    expect(res.json().items).toEqual([
      expect.objectContaining({
        pledger: ids.ses,
        beneficiary: 'KAZ',
        targetAmount: 328,
        targetUnit: 'settlements',
        status: 'open',
      }),
    ]);
    const csv = await get('/pledges/register', { accept: 'text/csv' });
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.body.split('\n')[0]).toContain('pledgeId,pledger,beneficiary');
    expect(csv.body).toContain('328');
  });

  it('a follow-up past its due date is overdue on the board, and no longer once the clock is before it', async () => {
    const overdue = await get(`/follow-ups/board?status=overdue&minPosition=${last}`);
    expect(overdue.json().items).toEqual([
      expect.objectContaining({ dueDate: '2024-11-01', overdue: true, assignee: 'desk-officer-1' }),
    ]);
    clock.set('2024-10-20T09:00:00Z');
    expect((await get('/follow-ups/board?status=overdue')).json().items).toEqual([]);
    clock.set('2024-11-20T09:00:00Z');
  });

  it('the timeline and dossiers answer, newest first', async () => {
    const timeline = (
      await get(`/timeline/LUX?from=2024-01-01&to=2024-12-31&minPosition=${last}`)
    ).json();
    expect(timeline.items.map((i: { kind: string }) => i.kind).sort()).toEqual([
      'meeting',
      'pledge',
    ]);
    const dossier = (await get(`/dossiers/people/${ids.bettel}`)).json();
    expect(dossier.meetings).toEqual([expect.objectContaining({ meetingId, side: 'LUX' })]);
    expect(dossier.positions[0].title).toContain('Foreign Affairs');
  });

  it('a query asking for a position not yet reached answers 503 with the lag; bad params are refused', async () => {
    const res = await get(`/partnerships/KAZ/LUX?minPosition=${last + 1000}`, {});
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
    ]);
    const health = await t.app.inject({ method: 'GET', url: '/health' });
    expect(health.json().info.projections.partnerships).toMatchObject({
      state: 'live',
      eventsBehind: 0,
    });
  });

  it('an admin rebuild builds the next generation beside the live one, which keeps answering, then takes over', async () => {
    const before = (await get('/partnerships/KAZ/LUX')).json();
    const started = await t.app.inject({
      method: 'POST',
      url: '/admin/projections/partnerships/rebuild',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(started.statusCode).toBe(202);
    expect(started.json()).toMatchObject({ projection: 'partnerships', generation: 2 });
    expect((await get('/partnerships/KAZ/LUX')).json()).toEqual(before);
    for (let i = 0; i < 100; i++) {
      const [partnerships] = (await get('/projections/status')).json().projections;
      if (partnerships.generation === 2 && partnerships.rebuild === null) break;
      await new Promise((r) => setTimeout(r, 20));
    }
    expect((await get('/projections/status')).json().projections[0]).toMatchObject({
      generation: 2,
      rebuild: null,
      state: 'live',
    });
    expect((await get('/partnerships/KAZ/LUX')).json()).toEqual(before);
    const unknown = await t.app.inject({
      method: 'POST',
      url: '/admin/projections/nope/rebuild',
      headers: { authorization: `Bearer ${token}` },
    });
    expect(unknown.statusCode).toBe(404);
  });
});
