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

  const sesPledge = (overrides: object = {}) => ({
    pledger: { kind: 'organisation', id: ses },
    beneficiary: { kind: 'country', id: 'KAZ' },
    area: 'satellite-communications',
    commitment:
      'Provide 328 settlements in Kazakhstan with stable internet via European satellites',
    level: 'expressed-intent',
    target: { quantity: 328, unit: 'settlements' },
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
  const progress = (achieved: object | null = { quantity: 40, unit: 'settlements' }) => ({
    reportedOn: '2025-06-30',
    note: 'SES reports the first settlements connected',
    achieved,
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
      pledger: { kind: 'organisation', id: ses },
      beneficiary: { kind: 'country', id: 'KAZ' },
      area: 'satellite-communications',
      level: 'expressed-intent',
      target: { quantity: 328, unit: 'settlements' },
      targetDate: '2026-12-31',
      meetingId,
      classification: 'internal',
      standing: 'open',
      progress: [],
      status: 'recorded',
      revision: 0,
    });
    const [event] = await stream(`pledge-${reply.body.id}`);
    expect(event).toMatchObject({
      type: 'CooperationPledged',
      metadata: { correlationId: 'corr-ses', actor: recorderId },
    });
  });

  it('takes an amount with its currency as target', async () => {
    const id = await pledge({
      target: { amount: 50_000_000, currency: 'EUR' },
      area: 'investment',
    });
    expect((await send('GET', `/pledges/${id}`)).body.target).toEqual({
      amount: 50_000_000,
      currency: 'EUR',
    });
  });

  it('answers 422 RECORD.UNKNOWN_REFERENCE for a pledge by a party that does not exist, and writes nothing', async () => {
    const pledgeId = randomUUID();
    const ghost = randomUUID();
    const reply = await send(
      'POST',
      '/pledges',
      sesPledge({ pledgeId, pledger: { kind: 'organisation', id: ghost } }),
    );
    expect(reply.status).toBe(422);
    expect(reply.body.code).toBe('RECORD.UNKNOWN_REFERENCE');
    expect(reply.body.details).toEqual([{ field: 'pledger', streamId: `organisation-${ghost}` }]);
    expect((await send('GET', `/pledges/${pledgeId}`)).status).toBe(404);
  });

  it('answers 422 for a beneficiary country not on record, and for an area with no words', async () => {
    const bel = await send(
      'POST',
      '/pledges',
      sesPledge({ beneficiary: { kind: 'country', id: 'BEL' } }),
    );
    expect(bel.status).toBe(422);
    expect(bel.body.details).toEqual([{ field: 'beneficiary', streamId: 'country-BEL' }]);
    const area = await send('POST', '/pledges', sesPledge({ area: '--' }));
    expect(area.status).toBe(422);
    expect(area.body.code).toBe('TOPIC.NO_WORDS');
  });

  it('answers 400 naming every invalid field', async () => {
    const reply = await send(
      'POST',
      '/pledges',
      sesPledge({
        level: 'vague-hope',
        target: { quantity: -1, unit: 'settlements' },
        pledgedOn: '2024-02-30',
        sourceIds: [],
      }),
    );
    expect(reply.status).toBe(400);
    const fields = reply.body.errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['level', 'target', 'pledgedOn', 'sourceIds']));
    const both = await send(
      'POST',
      '/pledges',
      sesPledge({ target: { quantity: 1, unit: 'x', currency: 'EUR' } }),
    );
    expect(both.status).toBe(400);
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
        achieved: { quantity: 40, unit: 'settlements' },
        sourceIds: [sourceId],
      },
    ]);
  });

  it('refuses progress counted in another unit than the target (422)', async () => {
    const id = await pledge();
    const reply = await send(
      'POST',
      `/pledges/${id}/progress-reports`,
      progress({ quantity: 40, unit: 'villages' }),
      { 'If-Match': '"0"' },
    );
    expect(reply.status).toBe(422);
    expect(reply.body.code).toBe('PLEDGE.PROGRESS_UNIT_MISMATCH');
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
    const id = await pledge({ target: { quantity: 238, unit: 'settlements' } });
    const corrected = await send(
      'POST',
      `/pledges/${id}/corrections`,
      { changes: { target: { quantity: 328, unit: 'settlements' } }, reason: 'digits swapped' },
      { 'If-Match': '"0"' },
    );
    expect(corrected.status).toBe(200);
    const read = await send('GET', `/pledges/${id}`);
    expect(read.body).toMatchObject({
      target: { quantity: 328, unit: 'settlements' },
      corrections: [
        { changes: { target: { quantity: 328, unit: 'settlements' } }, reason: 'digits swapped' },
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
    expect(schema.target.example).toEqual({ quantity: 328, unit: 'settlements' });
    expect(schema.target.oneOf).toHaveLength(2);
    expect(schema.level.enum).toEqual([
      'expressed-intent',
      'pledge',
      'firm-commitment',
      'signed-agreement',
    ]);
  });
});
