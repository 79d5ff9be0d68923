import { randomUUID } from 'node:crypto';
import { CLOCK, FixedClock } from '@chancery/common';
import { EVENT_STORE, type EventStore, type RecordedEvent } from '@chancery/event-store';
import { createTestApp, type TestApp } from '../../support/test-app';
import type { Send } from '../../../examples/seed-visit/load';
import { injectClient } from './inject-client';

const clock = new FixedClock(new Date('2025-07-01T09:00:00Z'));

describe('pledges over HTTP: PledgeCooperation and its lifecycle', () => {
  let t: TestApp;
  let send: Send;
  let recorderId: string;
  let sourceId: string;
  let ses: string;
  let meetingId: string;

  const settlements = (quantity: number) => ({
    quantity,
    unit: 'settlements',
    qualifier: null,
    ofTotal: null,
  });
  const sesPledge = (overrides: object = {}) => ({
    pledgers: [{ kind: 'organisation', id: ses }],
    beneficiaries: [{ kind: 'country', id: 'KAZ' }],
    areas: ['satellite-communications'],
    commitment:
      'Provide 328 settlements in Kazakhstan with stable internet via European satellites',
    level: 'expressed-intent',
    targets: [settlements(328)],
    targetDate: '2026-12-31',
    meetingId,
    pledgedOn: '2024-10-14',
    sourceIds: [sourceId],
    ...overrides,
  });
  const pledge = async (overrides: object = {}) => {
    const reply = await send('POST', '/pledges', sesPledge(overrides));
    expect(reply.status).toBe(201);
    return reply.body.id as string;
  };
  const progress = (figures: object[] = [settlements(40)]) => ({
    reportedOn: '2025-06-30',
    note: 'SES reports the first settlements connected',
    figures,
    sourceIds: [sourceId],
  });
  const stream = async (streamId: string): Promise<RecordedEvent[]> => {
    const events: RecordedEvent[] = [];
    for await (const event of t.app.get<EventStore>(EVENT_STORE).readStream(streamId))
      events.push(event);
    return events;
  };

  beforeAll(async () => {
    t = await createTestApp((builder) => builder.overrideProvider(CLOCK).useValue(clock));
    send = injectClient(t.app, await t.tokenFor('recorder'));
    recorderId = (await send('GET', '/auth/me')).body.id;
    for (const code of ['KAZ', 'LUX']) await send('PUT', `/countries/${code}`, {});
    sourceId = (
      await send('POST', '/sources', {
        type: 'news-agency',
        publisher: 'Kazinform',
        title: 'Nurtleu meets business leaders in Luxembourg',
        publishedOn: '2024-10-14',
      })
    ).body.id;
    ses = (
      await send('POST', '/organisations', {
        name: 'SES Broadband',
        acronym: 'SES',
        kind: 'company',
        homeCountry: 'LUX',
        sector: 'satellite communications',
      })
    ).body.id;
    const nurtleu = (await send('POST', '/people', { name: 'Murat Nurtleu', nationality: 'KAZ' }))
      .body.id;
    const meeting = await send('POST', '/meetings', {
      date: '2024-10-14',
      format: 'bilateral',
      participants: [
        { party: { kind: 'person', id: nurtleu }, side: { kind: 'country', id: 'KAZ' } },
        { party: { kind: 'organisation', id: ses }, side: { kind: 'organisation', id: ses } },
      ],
      topics: ['satellite-communications'],
      summary: 'Internet for remote villages.',
      engagementKind: 'visit',
      sourceIds: [sourceId],
    });
    expect(meeting.status).toBe(201);
    meetingId = meeting.body.id;
  });
  afterAll(() => t.close());

  it('records a pledge with its quantified target, and reads it back from its stream with ETag', async () => {
    const reply = await send('POST', '/pledges', sesPledge(), { 'X-Correlation-Id': 'corr-ses' });
    expect(reply.status).toBe(201);
    expect(reply.headers.etag).toBe('"0"');
    expect(reply.headers.location).toBe(`/pledges/${reply.body.id}`);

    const read = await send('GET', `/pledges/${reply.body.id}`);
    expect(read.status).toBe(200);
    expect(read.headers.etag).toBe('"0"');
    expect(read.body).toMatchObject({
      id: reply.body.id,
      pledgers: [{ kind: 'organisation', id: ses }],
      beneficiaries: [{ kind: 'country', id: 'KAZ' }],
      beneficiaryGroup: null,
      mutual: false,
      areas: ['satellite-communications'],
      level: 'expressed-intent',
      targets: [settlements(328)],
      targetDate: '2026-12-31',
      meetingId,
      documentId: null,
      links: [],
      classification: 'internal',
      standing: 'open',
      progress: [],
      status: 'recorded',
      revision: 0,
    });
    const [event] = await stream(`pledge-${reply.body.id}`);
    expect(event).toMatchObject({
      type: 'CooperationPledged',
      schemaVersion: 2,
      metadata: { correlationId: 'corr-ses', actor: recorderId },
    });
  });

  it('takes several targets with qualifiers, totals and ratings, and several areas', async () => {
    const targets = [
      { amount: 12_000_000_000, currency: 'USD', qualifier: 'more than', ofTotal: null },
      { quantity: 10_000, unit: 'jobs', qualifier: 'some', ofTotal: null },
      { quantity: 748, unit: 'km', qualifier: null, ofTotal: 768 },
      { rating: 'BBB-', scale: 'S&P', qualifier: null, ofTotal: null },
    ];
    const id = await pledge({ targets, areas: ['investment', 'Green energy'] });
    const read = (await send('GET', `/pledges/${id}`)).body;
    expect(read.targets).toEqual(targets);
    expect(read.areas).toEqual(['investment', 'green-energy']);
  });

  it('takes qualifier and total as optional: a flat figure reads back with them null', async () => {
    const id = await pledge({
      targets: [{ amount: 50_000_000, currency: 'EUR' }, { rating: 'A' }],
    });
    expect((await send('GET', `/pledges/${id}`)).body.targets).toEqual([
      { amount: 50_000_000, currency: 'EUR', qualifier: null, ofTotal: null },
      { rating: 'A', scale: null, qualifier: null, ofTotal: null },
    ]);
  });

  it('still takes the one-party form (pledger, beneficiary, area, target), read back as lists', async () => {
    const id = await pledge({
      pledgers: undefined,
      beneficiaries: undefined,
      areas: undefined,
      targets: undefined,
      pledger: { kind: 'organisation', id: ses },
      beneficiary: { kind: 'country', id: 'KAZ' },
      area: 'investment',
      target: { amount: 50_000_000, currency: 'EUR' },
    });
    expect((await send('GET', `/pledges/${id}`)).body).toMatchObject({
      pledgers: [{ kind: 'organisation', id: ses }],
      beneficiaries: [{ kind: 'country', id: 'KAZ' }],
      areas: ['investment'],
      targets: [{ amount: 50_000_000, currency: 'EUR', qualifier: null, ofTotal: null }],
    });
    const both = await send(
      'POST',
      '/pledges',
      sesPledge({ pledger: { kind: 'country', id: 'LUX' } }),
    );
    expect(both.status).toBe(400);
    expect(both.body.errors).toEqual([expect.objectContaining({ field: 'pledger' })]);
  });

  it('takes a mutual memorandum, an unstated pledger, a named group and dates as stated', async () => {
    const mutual = await pledge({
      pledgers: [
        { kind: 'country', id: 'KAZ' },
        { kind: 'country', id: 'LUX' },
      ],
      beneficiaries: [],
      mutual: true,
      targets: [],
      pledgedOn: '2024-10',
      targetDate: '2026',
    });
    expect((await send('GET', `/pledges/${mutual}`)).body).toMatchObject({
      mutual: true,
      pledgedOn: '2024-10',
      targetDate: '2026',
    });
    const unstated = await pledge({
      pledgers: [],
      beneficiaries: [],
      beneficiaryGroup: 'Central Asia',
      pledgedOn: null,
      targetDate: null,
    });
    expect((await send('GET', `/pledges/${unstated}`)).body).toMatchObject({
      pledgers: [],
      beneficiaryGroup: 'Central Asia',
      pledgedOn: null,
      targetDate: null,
    });
    const toItself = await send(
      'POST',
      '/pledges',
      sesPledge({ pledgers: [{ kind: 'country', id: 'KAZ' }] }),
    );
    expect(toItself.status).toBe(422);
    expect(toItself.body.code).toBe('PLEDGE.TO_ITSELF');
  });

  it.each([
    ['pledgedOn', '2024-13'],
    ['pledgedOn', '2024-02-30'],
    ['targetDate', 'before'],
    ['targetDate', '2024-10-14T10:00:00Z'],
  ])('answers 400 naming %s for an impossible date %s', async (field, value) => {
    const reply = await send('POST', '/pledges', sesPledge({ [field]: value }));
    expect(reply.status).toBe(400);
    expect(reply.body.errors.map((e: { field: string }) => e.field)).toEqual([field]);
  });

  it('answers 422 for a target date surely before the pledge, not for one that may be after', async () => {
    const before = await send(
      'POST',
      '/pledges',
      sesPledge({ pledgedOn: '2024-10', targetDate: '2024-09' }),
    );
    expect(before.status).toBe(422);
    expect(before.body.code).toBe('PLEDGE.TARGET_DATE_BEFORE_PLEDGE');
    await pledge({ pledgedOn: '2024-10-14', targetDate: '2024' });
  });

  it('answers 422 RECORD.UNKNOWN_REFERENCE for a pledge by a party that does not exist, and writes nothing', async () => {
    const pledgeId = randomUUID();
    const ghost = randomUUID();
    const reply = await send(
      'POST',
      '/pledges',
      sesPledge({ pledgeId, pledgers: [{ kind: 'organisation', id: ghost }] }),
    );
    expect(reply.status).toBe(422);
    expect(reply.body.code).toBe('RECORD.UNKNOWN_REFERENCE');
    expect(reply.body.details).toEqual([
      { field: 'pledgers[0]', streamId: `organisation-${ghost}` },
    ]);
    expect((await send('GET', `/pledges/${pledgeId}`)).status).toBe(404);
  });

  it('answers 422 naming documentId for a signed document not on record', async () => {
    const ghost = randomUUID();
    const reply = await send('POST', '/pledges', sesPledge({ documentId: ghost }));
    expect([reply.status, reply.body.code]).toEqual([422, 'RECORD.UNKNOWN_REFERENCE']);
    expect(reply.body.details).toEqual([{ field: 'documentId', streamId: `document-${ghost}` }]);
  });

  it('answers 422 for a beneficiary country not on record, and for an area with no words', async () => {
    const bel = await send(
      'POST',
      '/pledges',
      sesPledge({ beneficiaries: [{ kind: 'country', id: 'BEL' }] }),
    );
    expect(bel.status).toBe(422);
    expect(bel.body.details).toEqual([{ field: 'beneficiaries[0]', streamId: 'country-BEL' }]);
    const area = await send('POST', '/pledges', sesPledge({ areas: ['--'] }));
    expect(area.status).toBe(422);
    expect(area.body.code).toBe('TOPIC.NO_WORDS');
  });

  it('answers 400 naming every invalid field', async () => {
    const reply = await send(
      'POST',
      '/pledges',
      sesPledge({
        level: 'vague-hope',
        targets: [settlements(1), { quantity: -1, unit: 'settlements' }],
        pledgedOn: '2024-02-30',
        sourceIds: [],
      }),
    );
    expect(reply.status).toBe(400);
    const fields = reply.body.errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['level', 'targets', 'pledgedOn', 'sourceIds']));
    expect(JSON.stringify(reply.body.errors)).toContain('targets[1]');
    for (const bad of [
      { quantity: 1, unit: 'x', currency: 'EUR' },
      { quantity: 1, unit: 'x', qualifier: 'roughly' },
      { quantity: 800, unit: 'km', ofTotal: 768 },
      { rating: 'AAA', ofTotal: 3 },
    ]) {
      const refused = await send('POST', '/pledges', sesPledge({ targets: [bad] }));
      expect(refused.status).toBe(400);
      expect(refused.body.errors[0].field).toBe('targets');
    }
  });

  it('creates once under a repeated Idempotency-Key', async () => {
    const headers = { 'Idempotency-Key': `pledge-${randomUUID()}` };
    const first = await send('POST', '/pledges', sesPledge(), headers);
    const again = await send('POST', '/pledges', sesPledge(), headers);
    expect(again.status).toBe(201);
    expect(again.body).toEqual(first.body);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(await stream(`pledge-${first.body.id}`)).toHaveLength(1);
  });

  it('reports progress only with the current If-Match: 428 without, 409 stale, 200 current', async () => {
    const id = await pledge();
    const url = `/pledges/${id}/progress-reports`;
    const without = await send('POST', url, progress());
    expect(without.status).toBe(428);
    const stale = await send('POST', url, progress(), { 'If-Match': '"7"' });
    expect(stale.status).toBe(409);
    expect(stale.body.currentRevision).toBe(0);

    const ok = await send('POST', url, progress(), { 'If-Match': '"0"' });
    expect(ok.status).toBe(200);
    expect(ok.headers.etag).toBe('"1"');
    const read = await send('GET', `/pledges/${id}`);
    expect(read.body.progress).toEqual([
      {
        reportedOn: '2025-06-30',
        note: 'SES reports the first settlements connected',
        figures: [settlements(40)],
        sourceIds: [sourceId],
      },
    ]);
  });

  it('reports several figures as stated, at a partial date; the one-figure form still works', async () => {
    const id = await pledge();
    const url = `/pledges/${id}/progress-reports`;
    const figures = [
      { quantity: 40, unit: 'settlements', qualifier: 'more than', ofTotal: 328 },
      { amount: 2_000_000, currency: 'EUR', qualifier: null, ofTotal: null },
    ];
    const many = await send(
      'POST',
      url,
      { ...progress(figures), reportedOn: '2025-06' },
      {
        'If-Match': '"0"',
      },
    );
    expect(many.status).toBe(200);
    const { figures: _figures, ...oneForm } = progress();
    const one = await send(
      'POST',
      url,
      { ...oneForm, achieved: { quantity: 60, unit: 'settlements' } },
      { 'If-Match': '"1"' },
    );
    expect(one.status).toBe(200);
    const read = (await send('GET', `/pledges/${id}`)).body;
    expect(read.progress.map((r: { figures: object[] }) => r.figures)).toEqual([
      figures,
      [settlements(60)],
    ]);
    expect(read.progress[0].reportedOn).toBe('2025-06');
    const early = await send(
      'POST',
      url,
      { ...progress(), reportedOn: '2024-09' },
      {
        'If-Match': '"2"',
      },
    );
    expect(early.status).toBe(422);
    expect(early.body.code).toBe('PLEDGE.DATED_BEFORE_PLEDGE');
  });

  it('withdraws with a reason; progress on the withdrawn pledge is 422 and writes nothing', async () => {
    const id = await pledge();
    const withdrawn = await send(
      'POST',
      `/pledges/${id}/withdrawal`,
      { withdrawnOn: '2025-03-01', reason: 'SES postponed the programme', sourceIds: [sourceId] },
      { 'If-Match': '"0"' },
    );
    expect(withdrawn.status).toBe(200);
    const refused = await send('POST', `/pledges/${id}/progress-reports`, progress(), {
      'If-Match': '"1"',
    });
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('PLEDGE.ALREADY_WITHDRAWN');
    const read = await send('GET', `/pledges/${id}`);
    expect(read.body).toMatchObject({
      standing: 'withdrawn',
      withdrawal: { on: '2025-03-01', note: 'SES postponed the programme' },
      revision: 1,
    });
  });

  it('fulfils once; a second fulfilment is 422 PLEDGE.ALREADY_FULFILLED', async () => {
    const id = await pledge();
    const fulfil = (revision: number) =>
      send(
        'POST',
        `/pledges/${id}/fulfilment`,
        { fulfilledOn: '2025-06-30', note: 'All 328 connected', sourceIds: [sourceId] },
        { 'If-Match': `"${revision}"` },
      );
    expect((await fulfil(0)).status).toBe(200);
    const twice = await fulfil(1);
    expect(twice.status).toBe(422);
    expect(twice.body.code).toBe('PLEDGE.ALREADY_FULFILLED');
    expect((await send('GET', `/pledges/${id}`)).body).toMatchObject({
      standing: 'fulfilled',
      fulfilment: { on: '2025-06-30', note: 'All 328 connected' },
    });
  });

  it('lapses only after the target date; changes level from intent to signed agreement', async () => {
    const id = await pledge({ targetDate: '2025-01-31' });
    const early = await send(
      'POST',
      `/pledges/${id}/lapse`,
      { lapsedOn: '2025-01-15', reason: 'no news' },
      { 'If-Match': '"0"' },
    );
    expect(early.status).toBe(422);
    expect(early.body.code).toBe('PLEDGE.NOT_YET_DUE');
    const signed = await send(
      'POST',
      `/pledges/${id}/level-changes`,
      { to: 'signed-agreement', on: '2025-01-20', sourceIds: [sourceId] },
      { 'If-Match': '"0"' },
    );
    expect(signed.status).toBe(200);
    const lapsed = await send(
      'POST',
      `/pledges/${id}/lapse`,
      { lapsedOn: '2025-02-01', reason: 'target date passed without news' },
      { 'If-Match': '"1"' },
    );
    expect(lapsed.status).toBe(200);
    expect((await send('GET', `/pledges/${id}`)).body).toMatchObject({
      level: 'signed-agreement',
      levelChanges: [{ from: 'expressed-intent', to: 'signed-agreement', on: '2025-01-20' }],
      standing: 'lapsed',
      lapse: { on: '2025-02-01' },
      revision: 2,
    });
  });

  it('corrects with a reason and retracts; a retracted pledge takes no more lifecycle events', async () => {
    const id = await pledge({ targets: [settlements(238)] });
    const corrected = await send(
      'POST',
      `/pledges/${id}/corrections`,
      { changes: { targets: [settlements(328)], pledgedOn: '2024-10' }, reason: 'digits swapped' },
      { 'If-Match': '"0"' },
    );
    expect(corrected.status).toBe(200);
    const read = await send('GET', `/pledges/${id}`);
    expect(read.body).toMatchObject({
      targets: [settlements(328)],
      pledgedOn: '2024-10',
      corrections: [
        {
          changes: { targets: [settlements(328)], pledgedOn: '2024-10' },
          reason: 'digits swapped',
        },
      ],
    });
    const retracted = await send(
      'POST',
      `/pledges/${id}/retraction`,
      { reason: 'recorded twice' },
      { 'If-Match': '"1"' },
    );
    expect(retracted.status).toBe(200);
    const after = await send('GET', `/pledges/${id}`);
    expect(after.body).toMatchObject({ status: 'retracted', retractionReason: 'recorded twice' });
    const refused = await send('POST', `/pledges/${id}/progress-reports`, progress(), {
      'If-Match': '"2"',
    });
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('PLEDGE.RETRACTED');
  });

  it('answers 404 for an unknown pledge, read or changed', async () => {
    const id = randomUUID();
    expect((await send('GET', `/pledges/${id}`)).status).toBe(404);
    const change = await send('POST', `/pledges/${id}/progress-reports`, progress(), {
      'If-Match': '"0"',
    });
    expect(change.status).toBe(404);
    expect(change.body.code).toBe('PLEDGE.NOT_FOUND');
  });

  it('lets an analyst read a pledge but not record one', async () => {
    const id = await pledge();
    const analyst = injectClient(t.app, await t.tokenFor('analyst'));
    expect((await analyst('GET', `/pledges/${id}`)).status).toBe(200);
    expect((await analyst('POST', '/pledges', sesPledge())).status).toBe(403);
  });
  it('is documented in the served OpenAPI, with the SES pledge as example and every lifecycle route', async () => {
    const doc = (await t.app.inject({ method: 'GET', url: '/docs-json' })).json();
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining([
        '/pledges',
        '/pledges/{id}',
        '/pledges/{id}/progress-reports',
        '/pledges/{id}/fulfilment',
        '/pledges/{id}/lapse',
        '/pledges/{id}/withdrawal',
        '/pledges/{id}/level-changes',
        '/pledges/{id}/corrections',
        '/pledges/{id}/retraction',
        '/pledges/{id}/links',
        '/pledges/{id}/link-removals',
        '/follow-ups',
        '/follow-ups/{id}',
        '/follow-ups/{id}/rescheduling',
        '/follow-ups/{id}/reassignment',
        '/follow-ups/{id}/completion',
        '/follow-ups/{id}/cancellation',
        '/follow-ups/{id}/corrections',
      ]),
    );
    const schema = doc.components.schemas.PledgeCooperationDto.properties;
    expect(schema.targets.example).toEqual([settlements(328)]);
    expect(schema.targets.items.properties.qualifier.enum).toContain('more than');
    expect(schema.target.deprecated).toBe(true);
    expect(schema.level.enum).toEqual([
      'expressed-intent',
      'pledge',
      'firm-commitment',
      'signed-agreement',
    ]);
  });
});
