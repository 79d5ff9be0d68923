import { CLOCK, FixedClock } from '@chancery/common';
import { createTestApp, type TestApp } from '../../support/test-app';
import type { Send } from '../../../examples/seed-visit/load';
import { eventually } from '../../support/eventually';
import { injectClient } from '../record/inject-client';

const clock = new FixedClock(new Date('2024-11-20T09:00:00Z'));

/** Home in figures, from the read models: follow-ups (mine, my desks'), the next 30 days, the latest records. */
describe('a member of staff’s home, over HTTP', () => {
  let t: TestApp;
  let anna: Send;
  let seen = 0;
  let meetingId: string;

  const write = async (path: string, body: object) => {
    const reply = await anna(path.startsWith('/countries') ? 'PUT' : 'POST', path, body);
    expect(reply.status).toBeLessThan(300);
    seen = Math.max(seen, reply.body.position);
    return reply.body.id as string;
  };
  const home = async (who: Send = anna) => {
    const reply = await who('GET', `/home?minPosition=${seen}`);
    expect(reply.status).toBe(200);
    return reply.body;
  };
  const followUp = (
    assignee: string,
    action: string,
    dueDate: string,
    classification = 'internal',
  ) => write('/follow-ups', { action, assignee, dueDate, meetingId, classification });

  beforeAll(async () => {
    t = await createTestApp((builder) => builder.overrideProvider(CLOCK).useValue(clock));
    const admin = injectClient(t.app, await t.tokenFor('admin'));
    anna = injectClient(
      t.app,
      await t.tokenFor(['recorder'], { name: 'anna', clearance: 'confidential' }),
    );
    await t.tokenFor('recorder', { name: 'bob' });
    for (const name of ['anna', 'bob'])
      await admin('POST', `/users/${name}/desks`, { desk: 'Central Asia' });

    await write('/countries/KAZ', {});
    await write('/countries/LUX', {});
    const sourceId = await write('/sources', {
      type: 'news-agency',
      publisher: 'Kazinform',
      publishedOn: '2024-10-15',
    });
    const nurtleu = await write('/people', { name: 'Murat Nurtleu', nationality: 'KAZ' });
    const frieden = await write('/people', { name: 'Luc Frieden', nationality: 'LUX' });
    const meeting = (title: string, date: string) =>
      write('/meetings', {
        title,
        date,
        format: 'bilateral',
        participants: [
          { party: { kind: 'person', id: nurtleu }, side: { kind: 'country', id: 'KAZ' } },
          { party: { kind: 'person', id: frieden }, side: { kind: 'country', id: 'LUX' } },
        ],
        topics: ['satellite-communications'],
        summary: 'Satellite internet for remote villages.',
        engagementKind: 'visit',
        sourceIds: [sourceId],
      });
    meetingId = await meeting('Talks with the Prime Minister of Luxembourg', '2024-10-14');
    await meeting('Return visit to Astana', '2024-12-05');
    await meeting('Joint commission', '2025-02-01');
    const pledge = (commitment: string, targetDate: string) =>
      write('/pledges', {
        pledger: { kind: 'country', id: 'LUX' },
        beneficiary: { kind: 'country', id: 'KAZ' },
        area: 'satellite-communications',
        commitment,
        level: 'expressed-intent',
        targetDate,
        meetingId,
        pledgedOn: '2024-10-14',
        sourceIds: [sourceId],
      });
    await pledge('Connect the first 50 settlements', '2024-12-15');
    await pledge('Survey the villages', '2024-11');
    await pledge('Connect all 328 settlements', '2026-12-31');

    await followUp('anna', 'Send the minutes to the embassy', '2024-11-15');
    await followUp('anna', 'Draft the return-visit programme', '2024-11-28');
    await followUp('bob', 'Ask SES for the connection schedule', '2024-11-10');
    await followUp('desk:Central Asia', 'Book the room in Astana', '2024-12-01');
  });
  afterAll(() => t.close());

  it('lists my open follow-ups and my desk’s, overdue first, with their counts', async () => {
    const { followUps, desks, today } = await home();
    expect([today, desks]).toEqual(['2024-11-20', ['Central Asia']]);
    expect(followUps.mine).toMatchObject({ open: 2, overdue: 1 });
    expect(
      followUps.mine.items.map((i: { action: string; overdue: boolean }) => [i.action, i.overdue]),
    ).toEqual([
      ['Send the minutes to the embassy', true],
      ['Draft the return-visit programme', false],
    ]);
    expect(followUps.team).toMatchObject({ open: 2, overdue: 1 });
    expect(followUps.team.items.map((i: { assignee: string }) => i.assignee)).toEqual([
      'bob',
      'desk:Central Asia',
    ]);
  });

  it('shows the engagements and pledge deadlines of the next 30 days only', async () => {
    const { engagements, deadlines, until } = await home();
    expect(until).toBe('2024-12-20');
    expect(engagements.total).toBe(1);
    expect(engagements.items).toEqual([
      expect.objectContaining({
        kind: 'meeting',
        title: 'Return visit to Astana',
        date: '2024-12-05',
      }),
    ]);
    // "2024-11" is due by 30 November: within the 30 days, soonest first.
    expect(deadlines).toEqual({
      total: 2,
      items: [
        expect.objectContaining({ commitment: 'Survey the villages', targetDate: '2024-11' }),
        expect.objectContaining({
          commitment: 'Connect the first 50 settlements',
          targetDate: '2024-12-15',
        }),
      ],
    });
  });

  it('lists what was recorded lately, newest first, with who recorded it', async () => {
    const { recent } = await home();
    expect(recent.length).toBeGreaterThan(3);
    expect(recent[0]).toMatchObject({
      kind: 'pledge',
      title: 'Connect all 328 settlements',
      recordedBy: 'anna',
    });
    const times = recent.map((r: { recordedAt: string }) => r.recordedAt);
    expect([...times].sort().reverse()).toEqual(times);
  });

  it('counts nothing above the reader’s clearance', async () => {
    await followUp('anna', 'Meet the informant', '2024-11-01', 'confidential');
    expect((await home()).followUps.mine).toMatchObject({ open: 3, overdue: 2 });
    const admin = injectClient(t.app, await t.tokenFor('admin'));
    const token = await t.tokenFor('recorder', { name: 'carl', clearance: 'internal' });
    await admin('POST', '/users/carl/desks', { desk: 'Central Asia' });
    const carl = injectClient(t.app, token);
    const team = (await home(carl)).followUps.team;
    expect(team).toMatchObject({ open: 4, overdue: 2 });
    expect(JSON.stringify(team)).not.toContain('informant');
  });

  it('names no lagging read model once they have caught up', async () => {
    // Every read model, not only home's three, reaches the last write; then none is named.
    expect(await eventually(async () => (await home()).lagging.length === 0)).toBe(true);
  });
});
