import { randomUUID } from 'node:crypto';
import { CLOCK, FixedClock } from '@chancery/common';
import { createTestApp, type TestApp } from '../../support/test-app';
import type { Send } from '../../../examples/seed-visit/load';
import { injectClient } from './inject-client';

const clock = new FixedClock(new Date('2024-11-20T09:00:00Z'));

describe('follow-ups over HTTP: assigned, rescheduled, completed or cancelled', () => {
  let t: TestApp;
  let send: Send;
  let officer: string;
  let colleague: string;
  let pledgeId: string;
  let meetingId: string;

  const assignment = (overrides: object = {}) => ({
    action: 'Ask SES for the list of the 328 settlements and the connection schedule',
    assignee: officer,
    dueDate: '2024-11-15',
    pledgeId,
    meetingId: null,
    ...overrides,
  });
  const assign = async (overrides: object = {}) => {
    const reply = await send('POST', '/follow-ups', assignment(overrides));
    expect(reply.status).toBe(201);
    return reply.body.id as string;
  };
  const read = async (id: string) => (await send('GET', `/follow-ups/${id}`)).body;

  beforeAll(async () => {
    t = await createTestApp((builder) => builder.overrideProvider(CLOCK).useValue(clock));
    send = injectClient(t.app, await t.tokenFor('recorder'));
    officer = (await send('GET', '/auth/me')).body.id;
    colleague = (await injectClient(t.app, await t.tokenFor('recorder'))('GET', '/auth/me')).body
      .id;
    for (const code of ['KAZ', 'LUX']) await send('PUT', `/countries/${code}`, {});
    const sourceId = (
      await send('POST', '/sources', {
        type: 'news-agency',
        publisher: 'Kazinform',
        title: 'Nurtleu meets business leaders',
        publishedOn: '2024-10-14',
      })
    ).body.id;
    const ses = (
      await send('POST', '/organisations', {
        name: 'SES Broadband',
        kind: 'company',
        homeCountry: 'LUX',
      })
    ).body.id;
    const nurtleu = (await send('POST', '/people', { name: 'Murat Nurtleu', nationality: 'KAZ' }))
      .body.id;
    meetingId = (
      await send('POST', '/meetings', {
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
      })
    ).body.id;
    const pledge = await send('POST', '/pledges', {
      pledger: { kind: 'organisation', id: ses },
      beneficiary: { kind: 'country', id: 'KAZ' },
      area: 'satellite-communications',
      commitment: 'Stable internet via European satellites for 328 settlements',
      level: 'expressed-intent',
      target: { quantity: 328, unit: 'settlements' },
      meetingId,
      pledgedOn: '2024-10-14',
      sourceIds: [sourceId],
    });
    expect(pledge.status).toBe(201);
    pledgeId = pledge.body.id;
  });
  afterAll(() => t.close());

  it('assigns a follow-up of a pledge to a member of staff, and reads it back with its ETag', async () => {
    const reply = await send('POST', '/follow-ups', assignment());
    expect(reply.status).toBe(201);
    expect(reply.headers.etag).toBe('"0"');
    expect(reply.headers.location).toBe(`/follow-ups/${reply.body.id}`);
    const got = await send('GET', `/follow-ups/${reply.body.id}`);
    expect(got.headers.etag).toBe('"0"');
    expect(got.body).toMatchObject({
      id: reply.body.id,
      assignee: officer,
      dueDate: '2024-11-15',
      pledgeId,
      meetingId: null,
      standing: 'open',
      completion: null,
      classification: 'internal',
      revision: 0,
    });
  });

  it('answers 422 when the assignee is no member of staff or the meeting does not exist, and writes nothing', async () => {
    const followUpId = randomUUID();
    const ghostMeeting = randomUUID();
    const reply = await send(
      'POST',
      '/follow-ups',
      assignment({ followUpId, assignee: 'nobody-here', meetingId: ghostMeeting }),
    );
    expect(reply.status).toBe(422);
    expect(reply.body.code).toBe('RECORD.UNKNOWN_REFERENCE');
    expect(reply.body.details).toEqual([
      { field: 'meetingId', streamId: `meeting-${ghostMeeting}` },
      { field: 'assignee', streamId: 'user-nobody-here' },
    ]);
    expect((await send('GET', `/follow-ups/${followUpId}`)).status).toBe(404);
  });

  it('answers 422 FOLLOW_UP.NOTHING_TO_FOLLOW when tied to neither a pledge nor a meeting', async () => {
    const reply = await send('POST', '/follow-ups', assignment({ pledgeId: null }));
    expect(reply.status).toBe(422);
    expect(reply.body.code).toBe('FOLLOW_UP.NOTHING_TO_FOLLOW');
  });

  it('answers 400 naming every invalid field', async () => {
    const reply = await send(
      'POST',
      '/follow-ups',
      assignment({ action: '', dueDate: 'next week', pledgeId: 'p-1' }),
    );
    expect(reply.status).toBe(400);
    const fields = reply.body.errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['action', 'dueDate', 'pledgeId']));
  });

  it('reschedules with If-Match: 428 without it, 409 when stale, then the new due date and why', async () => {
    const id = await assign({ meetingId });
    const url = `/follow-ups/${id}/rescheduling`;
    const body = { dueDate: '2024-11-29', reason: 'SES asked for two more weeks' };
    expect((await send('POST', url, body)).status).toBe(428);
    const stale = await send('POST', url, body, { 'If-Match': '"3"' });
    expect(stale.status).toBe(409);
    expect(stale.body.currentRevision).toBe(0);
    const ok = await send('POST', url, body, { 'If-Match': '"0"' });
    expect(ok.status).toBe(200);
    expect(ok.headers.etag).toBe('"1"');
    expect(await read(id)).toMatchObject({
      dueDate: '2024-11-29',
      reschedulings: [
        { dueDate: '2024-11-29', previousDueDate: '2024-11-15', reason: body.reason },
      ],
    });
  });

  it('completes with an outcome, dated by the clock when the client gives no date', async () => {
    const id = await assign();
    const done = await send(
      'POST',
      `/follow-ups/${id}/completion`,
      { outcome: 'SES sent the list; forwarded to the digital ministry' },
      { 'If-Match': '"0"' },
    );
    expect(done.status).toBe(200);
    expect(await read(id)).toMatchObject({
      standing: 'completed',
      completion: {
        completedOn: '2024-11-20',
        outcome: 'SES sent the list; forwarded to the digital ministry',
      },
    });
  });

  it('refuses to complete a cancelled follow-up (422) and writes nothing', async () => {
    const id = await assign();
    const cancelled = await send(
      'POST',
      `/follow-ups/${id}/cancellation`,
      { reason: 'SES will deal with the ministry directly' },
      { 'If-Match': '"0"' },
    );
    expect(cancelled.status).toBe(200);
    const refused = await send(
      'POST',
      `/follow-ups/${id}/completion`,
      { outcome: 'done anyway' },
      { 'If-Match': '"1"' },
    );
    expect(refused.status).toBe(422);
    expect(refused.body.code).toBe('FOLLOW_UP.ALREADY_CANCELLED');
    expect(await read(id)).toMatchObject({
      standing: 'cancelled',
      cancellationReason: 'SES will deal with the ministry directly',
      revision: 1,
    });
  });

  it('hands a follow-up to a colleague, but not to someone without an account', async () => {
    const id = await assign();
    const url = `/follow-ups/${id}/reassignment`;
    const ghost = await send('POST', url, { assignee: 'ghost' }, { 'If-Match': '"0"' });
    expect(ghost.status).toBe(422);
    const ok = await send('POST', url, { assignee: colleague }, { 'If-Match': '"0"' });
    expect(ok.status).toBe(200);
    expect(await read(id)).toMatchObject({ assignee: colleague, previousAssignees: [officer] });
  });

  it('corrects what it follows, with the reason', async () => {
    const id = await assign();
    const reply = await send(
      'POST',
      `/follow-ups/${id}/corrections`,
      { changes: { meetingId }, reason: 'agreed at the SES meeting itself' },
      { 'If-Match': '"0"' },
    );
    expect(reply.status).toBe(200);
    expect(await read(id)).toMatchObject({
      meetingId,
      pledgeId,
      corrections: [{ changes: { meetingId }, reason: 'agreed at the SES meeting itself' }],
    });
  });

  it('answers 404 for an unknown follow-up', async () => {
    const id = randomUUID();
    expect((await send('GET', `/follow-ups/${id}`)).status).toBe(404);
    const reply = await send(
      'POST',
      `/follow-ups/${id}/cancellation`,
      { reason: 'x' },
      { 'If-Match': '"0"' },
    );
    expect(reply.status).toBe(404);
    expect(reply.body.code).toBe('FOLLOW_UP.NOT_FOUND');
  });
});
