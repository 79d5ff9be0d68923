import { CLOCK, FixedClock } from '@chancery/common';
import { createTestApp, type TestApp } from '../../support/test-app';
import type { Send } from '../../../examples/seed-visit/load';
import { injectClient } from './inject-client';

const clock = new FixedClock(new Date('2024-11-20T09:00:00Z'));

/**
 * Desks (teams): an administrator puts staff on desks; a follow-up goes to a person or to a desk;
 * "mine" is what is assigned to me, "my team's" what is assigned to my desks or my colleagues on them.
 */
describe('follow-ups assigned to people and desks, over HTTP', () => {
  let t: TestApp;
  let admin: Send;
  let adminToken: string;
  let anna: Send;
  let meetingId: string;
  let seen = 0;

  const assign = async (assignee: string, action: string) => {
    const reply = await anna('POST', '/follow-ups', {
      action,
      assignee,
      dueDate: '2024-12-01',
      meetingId,
    });
    expect(reply.status).toBe(201);
    seen = Math.max(seen, reply.body.position);
    return reply.body.id as string;
  };
  const board = async (scope: 'mine' | 'team') => {
    const reply = await anna('GET', `/follow-ups/board?scope=${scope}&minPosition=${seen}`);
    expect(reply.status).toBe(200);
    return (reply.body.items as Array<{ action: string; assignee: string }>)
      .map((item) => `${item.assignee}: ${item.action}`)
      .sort();
  };

  const leaveDesk = async (name: string, desk: string) => {
    const reply = await t.app.inject({
      method: 'DELETE',
      url: `/users/${name}/desks/${encodeURIComponent(desk)}`,
      headers: { authorization: `Bearer ${adminToken}` },
    });
    return { status: reply.statusCode, body: reply.body ? reply.json() : null };
  };

  beforeAll(async () => {
    t = await createTestApp((builder) => builder.overrideProvider(CLOCK).useValue(clock));
    adminToken = await t.tokenFor('admin', { name: 'registrar' });
    admin = injectClient(t.app, adminToken);
    anna = injectClient(t.app, await t.tokenFor(['recorder', 'analyst'], { name: 'anna' }));
    await t.tokenFor('recorder', { name: 'bob' });
    await t.tokenFor('recorder', { name: 'carl' });
    for (const [name, desk] of [
      ['anna', 'Central Asia'],
      ['bob', 'Central Asia'],
      ['carl', 'Benelux'],
    ])
      expect((await admin('POST', `/users/${name}/desks`, { desk })).status).toBe(204);

    await anna('PUT', '/countries/KAZ', {});
    await anna('PUT', '/countries/LUX', {});
    const sourceId = (
      await anna('POST', '/sources', {
        type: 'news-agency',
        publisher: 'Kazinform',
        title: 'Nurtleu visits Luxembourg',
        publishedOn: '2024-10-14',
      })
    ).body.id;
    const nurtleu = (await anna('POST', '/people', { name: 'Murat Nurtleu', nationality: 'KAZ' }))
      .body.id;
    const frieden = (await anna('POST', '/people', { name: 'Luc Frieden', nationality: 'LUX' }))
      .body.id;
    const meeting = await anna('POST', '/meetings', {
      date: '2024-10-14',
      format: 'bilateral',
      participants: [
        { party: { kind: 'person', id: nurtleu }, side: { kind: 'country', id: 'KAZ' } },
        { party: { kind: 'person', id: frieden }, side: { kind: 'country', id: 'LUX' } },
      ],
      topics: ['satellite-communications'],
      summary: 'Talks with the Prime Minister.',
      engagementKind: 'visit',
      sourceIds: [sourceId],
    });
    expect(meeting.status).toBe(201);
    meetingId = meeting.body.id;
  });
  afterAll(() => t.close());

  it('tells each member of staff their desks, and lists staff and desks by name for the picker', async () => {
    expect((await anna('GET', '/auth/me')).body).toMatchObject({
      id: 'anna',
      desks: ['Central Asia'],
    });
    const staff = (await anna('GET', '/staff')).body;
    expect(staff.desks).toEqual(['Benelux', 'Central Asia']);
    expect(staff.people).toEqual(
      expect.arrayContaining([
        { id: 'anna', desks: ['Central Asia'] },
        { id: 'bob', desks: ['Central Asia'] },
        { id: 'carl', desks: ['Benelux'] },
      ]),
    );
    // Administrators are not assignable staff, and roles and clearances are not shown.
    expect(staff.people.map((p: { id: string }) => p.id)).not.toContain('registrar');
    expect(JSON.stringify(staff)).not.toMatch(/clearance|roles|token/);
  });

  it('refuses a second place on the same desk (422) and a desk name that is no words (400)', async () => {
    const twice = await admin('POST', '/users/bob/desks', { desk: 'Central Asia' });
    expect([twice.status, twice.body.code]).toEqual([422, 'USER.ALREADY_ON_DESK']);
    const bad = await admin('POST', '/users/bob/desks', { desk: '<b>x</b>' });
    expect([bad.status, bad.body.code]).toEqual([400, 'USER.INVALID_DESK']);
    const missing = await admin('POST', '/users/bob/desks', {});
    expect(missing.status).toBe(400);
    expect(JSON.stringify(missing.body)).toContain('desk');
    expect((await anna('POST', '/users/bob/desks', { desk: 'Benelux' })).status).toBe(403);
  });

  it('assigns to a desk someone is on, not to a desk nobody is on', async () => {
    await assign('desk:Central Asia', 'Draft the briefing for the return visit');
    const nowhere = await anna('POST', '/follow-ups', {
      action: 'Nobody will do this',
      assignee: 'desk:Atlantis',
      dueDate: '2024-12-01',
      meetingId,
    });
    expect([nowhere.status, nowhere.body.code]).toEqual([422, 'FOLLOW_UP.UNKNOWN_DESK']);
  });

  it("shows mine apart from my team's: my desks' and my desk colleagues', never another desk's", async () => {
    await assign('anna', 'Send the minutes to the embassy');
    await assign('bob', 'Ask SES for the connection schedule');
    await assign('carl', 'Brief the Benelux ambassadors');
    await assign('desk:Benelux', 'Book the room in Luxembourg');
    expect(await board('mine')).toEqual(['anna: Send the minutes to the embassy']);
    expect(await board('team')).toEqual([
      'bob: Ask SES for the connection schedule',
      'desk:Central Asia: Draft the briefing for the return visit',
    ]);
  });

  it("follows a move between desks: off Central Asia, bob's work is no longer anna's team's", async () => {
    expect((await leaveDesk('bob', 'Central Asia')).status).toBe(204);
    expect(await board('team')).toEqual([
      'desk:Central Asia: Draft the briefing for the return visit',
    ]);
    const gone = await leaveDesk('bob', 'Central Asia');
    expect([gone.status, gone.body.code]).toEqual([422, 'USER.NOT_ON_DESK']);
  });
});
