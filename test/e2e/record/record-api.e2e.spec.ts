import { randomUUID } from 'node:crypto';
import { CLOCK, FixedClock } from '@chancery/common';
import { EVENT_STORE, type EventStore, type RecordedEvent } from '@chancery/event-store';
import { createTestApp, type TestApp } from '../../support/test-app';
import type { Send } from '../../../examples/seed-visit/load';
import { injectClient } from './inject-client';

const clock = new FixedClock(new Date('2024-10-15T09:30:00Z'));

describe('the record API: revisions, idempotency, metadata and errors', () => {
  let t: TestApp;
  let send: Send;
  let recorderId: string;
  let sourceId: string;
  let nurtleu: string;
  let frieden: string;

  const meetingBody = (overrides: object = {}) => ({
    date: '2024-10-14',
    place: { city: 'Luxembourg', country: 'LUX' },
    format: 'bilateral',
    participants: [
      { party: { kind: 'person', id: nurtleu }, side: { kind: 'country', id: 'KAZ' } },
      { party: { kind: 'person', id: frieden }, side: { kind: 'country', id: 'LUX' } },
    ],
    topics: ['fintech'],
    summary: 'Key areas of cooperation.',
    engagementKind: 'visit',
    sourceIds: [sourceId],
    ...overrides,
  });

  const stream = async (streamId: string): Promise<RecordedEvent[]> => {
    const events: RecordedEvent[] = [];
    for await (const event of t.app.get<EventStore>(EVENT_STORE).readStream(streamId))
      events.push(event);
    return events;
  };

  beforeAll(async () => {
    t = await createTestApp((builder) => builder.overrideProvider(CLOCK).useValue(clock));
    const token = await t.tokenFor('recorder');
    send = injectClient(t.app, token);
    recorderId = (await send('GET', '/auth/me')).body.id;
    for (const code of ['KAZ', 'LUX']) await send('PUT', `/countries/${code}`, {});
    sourceId = (
      await send('POST', '/sources', {
        type: 'press-release',
        publisher: 'MFA of Kazakhstan',
        title: 'Visit',
        publishedOn: '2024-10-14',
      })
    ).body.id;
    nurtleu = (await send('POST', '/people', { name: 'Murat Nurtleu', nationality: 'KAZ' })).body
      .id;
    frieden = (await send('POST', '/people', { name: 'Luc Frieden', nationality: 'LUX' })).body.id;
  });
  afterAll(() => t.close());

  it('records a meeting: 201, ETag of its revision, its global position, and full metadata on the event', async () => {
    const reply = await send('POST', '/meetings', meetingBody(), {
      'X-Correlation-Id': 'corr-visit-1',
    });
    expect(reply.status).toBe(201);
    expect(reply.headers.etag).toBe('"0"');
    expect(reply.headers['x-correlation-id']).toBe('corr-visit-1');
    expect(reply.body).toEqual({
      id: expect.any(String),
      revision: 0,
      position: expect.any(Number),
    });

    const [event] = await stream(`meeting-${reply.body.id}`);
    expect(event.type).toBe('MeetingRecorded');
    expect(event.schemaVersion).toBe(2);
    expect(event.position).toBe(reply.body.position);
    expect(event.id).toMatch(/^[0-9a-f-]{36}$/);
    expect(event.metadata).toMatchObject({
      correlationId: 'corr-visit-1',
      causationId: null,
      actor: recorderId,
      recordedAt: '2024-10-15T09:30:00.000Z',
    });
    expect(event.data).toMatchObject({ classification: 'internal', engagement: { cameo: '042' } });
    // The server chose its id, so no retry can reach it: nothing to recognise a retry by.
    expect(event.metadata.requestFingerprint).toBeUndefined();
  });

  it('makes up a correlation id when the client sends none, and echoes it', async () => {
    const reply = await send('GET', `/people/${nurtleu}`);
    expect(reply.headers['x-correlation-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('echoes the correlation id on a request turned away before any controller runs', async () => {
    const reply = await injectClient(t.app, 'chy_not-a-token')(
      'GET',
      `/people/${nurtleu}`,
      undefined,
      {
        'X-Correlation-Id': 'corr-refused',
      },
    );
    expect(reply.status).toBe(401);
    expect(reply.headers['x-correlation-id']).toBe('corr-refused');
  });

  it('answers 400 naming every invalid field', async () => {
    const reply = await send(
      'POST',
      '/meetings',
      meetingBody({ date: '2024-13-40', format: 'picnic', participants: [], sourceIds: [] }),
    );
    expect(reply.status).toBe(400);
    expect(reply.body.code).toBe('VALIDATION_FAILED');
    const fields = reply.body.errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['date', 'format', 'participants', 'sourceIds']));
  });

  it('answers 422 for a participant who is not on record, and writes nothing', async () => {
    const meetingId = randomUUID();
    const ghost = randomUUID();
    const body = meetingBody({ meetingId });
    body.participants[1].party.id = ghost;
    const reply = await send('POST', '/meetings', body);
    expect(reply.status).toBe(422);
    expect(reply.body.code).toBe('RECORD.UNKNOWN_REFERENCE');
    expect(reply.body.details).toEqual([
      { field: 'participants[1].party', streamId: `person-${ghost}` },
    ]);
    expect((await send('GET', `/meetings/${meetingId}`)).status).toBe(404);
  });

  it('adds a topic outside the vocabulary as it records, and refuses one with no words', async () => {
    const refused = await send('POST', '/meetings', meetingBody({ topics: ['fintech', '!?'] }));
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('TOPIC.NO_WORDS');
    expect(refused.body.details).toEqual({ field: 'topics[1]' });
    expect(
      (await send('POST', '/meetings', meetingBody({ topics: ['fintech', 'space-industry'] })))
        .status,
    ).toBe(201);
    const topics = (await send('GET', '/topics')).body as Array<{ slug: string }>;
    expect(topics.map((topic) => topic.slug)).toContain('space-industry');
  });

  it('answers 422 VISIT.ENDS_BEFORE_START for a visit that ends before it starts', async () => {
    const reply = await send('POST', '/visits', {
      kind: 'official',
      delegation: { sentBy: { kind: 'country', id: 'KAZ' }, headId: nurtleu },
      hostCountry: 'LUX',
      city: 'Luxembourg',
      startDate: '2024-10-14',
      endDate: '2024-10-13',
      purpose: 'Cooperation Council',
      sourceIds: [sourceId],
    });
    expect(reply.status).toBe(422);
    expect(reply.body.code).toBe('VISIT.ENDS_BEFORE_START');
  });

  it('answers 404 with a code for an unknown record', async () => {
    const reply = await send('GET', `/meetings/${randomUUID()}`);
    expect(reply.status).toBe(404);
    expect(reply.body.code).toBe('MEETING.NOT_FOUND');
  });

  it('needs If-Match to correct (428), refuses a stale one (409 with the current revision), applies a fresh one', async () => {
    const { id } = (await send('POST', '/meetings', meetingBody())).body;
    const correction = {
      changes: { topics: ['fintech', 'green-energy'] },
      reason: 'The release also names green energy',
    };

    const missing = await send('POST', `/meetings/${id}/corrections`, correction);
    expect(missing.status).toBe(428);
    expect(missing.body.code).toBe('PRECONDITION.IF_MATCH_REQUIRED');

    const stale = await send('POST', `/meetings/${id}/corrections`, correction, {
      'If-Match': '"3"',
    });
    expect(stale.status).toBe(409);
    expect(stale.body.currentRevision).toBe(0);

    const applied = await send('POST', `/meetings/${id}/corrections`, correction, {
      'If-Match': '"0"',
    });
    expect(applied.status).toBe(200);
    expect(applied.headers.etag).toBe('"1"');

    const meeting = (await send('GET', `/meetings/${id}`)).body;
    expect(meeting.topics).toEqual(['fintech', 'green-energy']);
    expect(meeting.corrections).toEqual([
      { changes: { topics: ['fintech', 'green-energy'] }, reason: correction.reason },
    ]);
    expect(meeting.revision).toBe(1);
  });

  it('keeps a retracted meeting readable and refuses to correct it (422)', async () => {
    const { id } = (await send('POST', '/meetings', meetingBody())).body;
    const retracted = await send(
      'POST',
      `/meetings/${id}/retraction`,
      { reason: 'Recorded twice' },
      { 'If-Match': '"0"' },
    );
    expect(retracted.status).toBe(200);
    const again = await send(
      'POST',
      `/meetings/${id}/corrections`,
      { changes: { format: 'call' }, reason: 'x' },
      { 'If-Match': '"1"' },
    );
    expect(again.status).toBe(422);
    expect(again.body.code).toBe('MEETING.RETRACTED');
    expect((await send('GET', `/meetings/${id}`)).body).toMatchObject({
      status: 'retracted',
      retractionReason: 'Recorded twice',
    });
  });

  it('treats the same Idempotency-Key and body as one record, and the same key with another body as 422', async () => {
    const headers = { 'Idempotency-Key': 'meeting-frieden-2024-10-14' };
    const first = await send('POST', '/meetings', meetingBody(), headers);
    const second = await send('POST', '/meetings', meetingBody(), headers);
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.body).toEqual(first.body);
    expect(second.headers['idempotent-replayed']).toBe('true');
    expect(await stream(`meeting-${first.body.id}`)).toHaveLength(1);

    const different = await send(
      'POST',
      '/meetings',
      meetingBody({ summary: 'Something else' }),
      headers,
    );
    expect(different.status).toBe(422);
    expect(different.body.code).toBe('IDEMPOTENCY.KEY_REUSED');
  });

  it('treats a client-chosen id sent twice as one record, and a different body under that id as 409', async () => {
    const meetingId = randomUUID();
    const first = await send('POST', '/meetings', meetingBody({ meetingId }));
    const retry = await send('POST', '/meetings', meetingBody({ meetingId }));
    expect(retry.body).toEqual(first.body);
    const clash = await send(
      'POST',
      '/meetings',
      meetingBody({ meetingId, summary: 'Another meeting' }),
    );
    expect(clash.status).toBe(409);
    expect(clash.body.code).toBe('MEETING.ALREADY_RECORDED');
  });

  it('lets analysts read but not record', async () => {
    const analyst = injectClient(t.app, await t.tokenFor('analyst'));
    expect((await analyst('GET', `/people/${nurtleu}`)).status).toBe(200);
    expect((await analyst('POST', '/meetings', meetingBody())).status).toBe(403);
  });
});
