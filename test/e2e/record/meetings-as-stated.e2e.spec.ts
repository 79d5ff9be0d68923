import { createTestApp, type TestApp } from '../../support/test-app';
import type { Reply, Send } from '../../../examples/seed-visit/load';
import { injectClient, notingPositions } from './inject-client';

/**
 * Issue 15: meetings and visits hold what the source says and no more: dates as precise as
 * stated or none, a place known only by its country, unnamed participants, video calls, and a
 * named multilateral format recorded as one session of its members, never as pairwise bilaterals.
 */
describe('meetings and visits as the sources state them', () => {
  let t: TestApp;
  let send: Send;
  let position = 0;
  let sourceId: string;
  const people: Record<string, string> = {};
  const country = (id: string) => ({ kind: 'country', id });
  const person = (name: string) => ({ kind: 'person', id: people[name] });

  const created = (reply: Reply): string => {
    expect([reply.status, reply.body.errors]).toEqual([201, undefined]);
    return reply.body.id;
  };
  const read = async (url: string) => {
    const reply = await send(
      'GET',
      `${url}${url.includes('?') ? '&' : '?'}minPosition=${position}`,
    );
    expect([url, reply.status]).toEqual([url, 200]);
    return reply.body;
  };
  const meeting = (overrides: object = {}) => ({
    date: '2022-10-25',
    format: 'call',
    participants: [
      { party: null, title: 'Prime Minister', side: country('GBR') },
      { party: person('Joe Biden'), side: country('USA') },
    ],
    topics: ['support for Ukraine'],
    summary: 'Congratulations on the appointment; support for Ukraine.',
    engagementKind: 'call',
    sourceIds: [sourceId],
    ...overrides,
  });
  const visit = (overrides: object = {}) => ({
    delegation: { sentBy: country('LKA'), headId: people['Ranil Wickremesinghe'] },
    hostCountry: 'SGP',
    sourceIds: [sourceId],
    ...overrides,
  });

  beforeAll(async () => {
    t = await createTestApp();
    const token = await t.tokenFor(['recorder', 'analyst']);
    send = notingPositions(injectClient(t.app, token), (p) => (position = Math.max(position, p)));
    for (const code of ['GBR', 'USA', 'KAZ', 'KGZ', 'TJK', 'TKM', 'UZB', 'LKA', 'SGP', 'HUN'])
      await send('PUT', `/countries/${code}`, {});
    sourceId = created(
      await send('POST', '/sources', {
        type: 'press-release',
        publisher: 'Example ministry',
        title: 'Readout',
        publishedOn: '2022-10-25',
      }),
    );
    for (const [name, nationality] of [
      ['Joe Biden', 'USA'],
      ['John Kerry', 'USA'],
      ['Ranil Wickremesinghe', 'LKA'],
      ['Lee Hsien Loong', 'SGP'],
    ])
      people[name] = created(await send('POST', '/people', { name, nationality }));
  });
  afterAll(() => t.close());

  it('records a call with an unnamed Prime Minister and reads it back as stated', async () => {
    const id = created(await send('POST', '/meetings', meeting()));
    const { body } = await send('GET', `/meetings/${id}`);
    expect(body).toMatchObject({
      date: '2022-10-25',
      place: null,
      formatName: null,
      members: [],
      participants: [
        { party: null, title: 'Prime Minister', side: country('GBR'), role: null },
        { party: person('Joe Biden'), title: null, side: country('USA'), role: null },
      ],
    });
  });

  it('records a video call with no date stated and a place known only by its country', async () => {
    const id = created(
      await send(
        'POST',
        '/meetings',
        meeting({
          date: null,
          place: { country: 'HUN' },
          format: 'video-call',
          engagementKind: 'video-call',
        }),
      ),
    );
    const { body } = await send('GET', `/meetings/${id}`);
    expect(body).toMatchObject({
      date: null,
      place: { city: null, country: 'HUN' },
      format: 'video-call',
      engagement: { kind: 'video-call', cameo: '041' },
    });
  });

  it('corrects a meeting and a visit to what the source states, unstated facts to null', async () => {
    const meetingId = created(await send('POST', '/meetings', meeting()));
    const corrected = await send(
      'POST',
      `/meetings/${meetingId}/corrections`,
      {
        reason: 'the readout gives only the month and the country',
        changes: { date: '2022-10', place: { country: 'GBR' } },
      },
      { 'If-Match': '"0"' },
    );
    expect(corrected.status).toBe(200);
    expect((await send('GET', `/meetings/${meetingId}`)).body).toMatchObject({
      date: '2022-10',
      place: { city: null, country: 'GBR' },
      corrections: [{ changes: { date: '2022-10', place: { city: null, country: 'GBR' } } }],
    });
    const visitId = created(
      await send(
        'POST',
        '/visits',
        visit({ kind: 'official', city: 'Singapore', startDate: '2016-07-17' }),
      ),
    );
    const unstated = await send(
      'POST',
      `/visits/${visitId}/corrections`,
      {
        reason: 'the release does not say',
        changes: { kind: null, city: null, startDate: '2016-07', endDate: '2016-07' },
      },
      { 'If-Match': '"0"' },
    );
    expect(unstated.status).toBe(200);
    expect((await send('GET', `/visits/${visitId}`)).body).toMatchObject({
      kind: null,
      city: null,
      startDate: '2016-07',
      endDate: '2016-07',
    });
    const reversed = await send(
      'POST',
      `/visits/${visitId}/corrections`,
      { reason: 'typo', changes: { endDate: '2016-06' } },
      { 'If-Match': '"1"' },
    );
    expect([reversed.status, reversed.body.code]).toEqual([422, 'VISIT.ENDS_BEFORE_START']);
  });

  it.each(['2024-13', '2024-02-30', 'before', '14 October 2024'])(
    'refuses the impossible date %j with a 400 naming the field',
    async (date) => {
      const reply = await send('POST', '/meetings', meeting({ date }));
      expect(reply.status).toBe(400);
      expect(reply.body.errors.map((e: { field: string }) => e.field)).toEqual(['date']);
      const bad = await send('POST', '/visits', visit({ endDate: date }));
      expect(bad.status).toBe(400);
      expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(['endDate']);
    },
  );

  it('refuses a participant with neither a party nor a title: 422 with a stable code', async () => {
    const participants = [{ party: null, side: country('GBR') }, meeting().participants[1]];
    const reply = await send('POST', '/meetings', meeting({ participants }));
    expect([reply.status, reply.body.code]).toEqual([422, 'MEETING.PARTICIPANT_UNNAMED']);
  });

  it('records a visit whose kind, city, purpose and dates are not stated, and an unnamed head', async () => {
    const bare = created(await send('POST', '/visits', visit()));
    expect((await send('GET', `/visits/${bare}`)).body).toMatchObject({
      kind: null,
      city: null,
      purpose: null,
      startDate: null,
      endDate: null,
      delegation: { headId: people['Ranil Wickremesinghe'], headTitle: null, memberIds: [] },
    });
    const unnamed = created(
      await send(
        'POST',
        '/visits',
        visit({ delegation: { sentBy: country('KAZ'), headTitle: 'Foreign Minister' } }),
      ),
    );
    expect((await send('GET', `/visits/${unnamed}`)).body.delegation).toEqual({
      sentBy: country('KAZ'),
      headId: null,
      headTitle: 'Foreign Minister',
      memberIds: [],
    });
    const nobody = await send('POST', '/visits', visit({ delegation: { sentBy: country('KAZ') } }));
    expect([nobody.status, nobody.body.code]).toEqual([422, 'VISIT.HEAD_UNNAMED']);
  });

  it("refuses a meeting outside its visit only when it is surely outside; lists the visit's meetings", async () => {
    const visitId = created(
      await send(
        'POST',
        '/visits',
        visit({
          kind: 'official',
          startDate: '2016-07-17',
          endDate: '2016-07-19',
          city: 'Singapore',
        }),
      ),
    );
    const within = (date: string | null) =>
      send(
        'POST',
        '/meetings',
        meeting({
          date,
          visitId,
          format: 'bilateral',
          engagementKind: 'host',
          participants: [
            { party: person('Lee Hsien Loong'), side: country('SGP') },
            { party: person('Ranil Wickremesinghe'), side: country('LKA') },
          ],
        }),
      );
    const ids = [];
    for (const date of ['2016-07-18', '2016-07', 'approximately 2016', null])
      ids.push(created(await within(date)));
    for (const date of ['2016-07-20', '2016-06', 'before 2016-07-17']) {
      const reply = await within(date);
      expect([date, reply.status, reply.body.code]).toEqual([date, 422, 'MEETING.OUTSIDE_VISIT']);
    }
    const listed = await read(`/visits/${visitId}/meetings`);
    expect(listed.total).toBe(4);
    expect(listed.items.map((m: { date: string | null }) => m.date)).toEqual([
      '2016-07-18',
      '2016-07',
      'approximately 2016',
      null,
    ]);
    expect(listed.items[1]).toMatchObject({ dateFrom: '2016-07-01', dateTo: '2016-07-31' });
    const unknown = await send(
      'GET',
      `/visits/${'0'.repeat(8)}-0000-4000-8000-${'0'.repeat(12)}/meetings`,
    );
    expect([unknown.status, unknown.body.code]).toEqual([404, 'VISIT.NOT_FOUND']);
  });

  it('records a named multilateral format as one session of its members, never pairwise bilaterals', async () => {
    const members = ['USA', 'KAZ', 'KGZ', 'TJK', 'TKM', 'UZB'].map(country);
    const id = created(
      await send(
        'POST',
        '/meetings',
        meeting({
          date: '2016-08',
          place: { city: 'Washington', country: 'USA' },
          format: 'multilateral',
          formatName: 'C5+1 ministerial',
          members,
          engagementKind: 'multilateral',
          participants: [
            { party: person('John Kerry'), side: country('USA') },
            ...['KAZ', 'KGZ', 'TJK', 'TKM', 'UZB'].map((c) => ({
              party: null,
              title: 'Foreign Minister',
              side: country(c),
            })),
          ],
        }),
      ),
    );
    const pair = await read('/partnerships/KAZ/KGZ');
    expect(pair.engagements.count).toBe(0);
    expect(pair.multilateralSessions).toMatchObject({
      count: 1,
      items: [{ recordId: id, formatName: 'C5+1 ministerial', date: '2016-08' }],
    });
    expect(pair.multilateralSessions.items[0].members.sort()).toEqual(['TJK', 'TKM', 'USA', 'UZB']);
    const list = await read('/partnerships?party=KAZ');
    const kgz = list.items.find((i: { counterpart: string }) => i.counterpart === 'KGZ');
    expect(kgz).toMatchObject({ engagements: 0, sessions: 1 });
    const timeline = await read('/timeline/KAZ?kind=meeting');
    const rows = timeline.items.filter((i: { recordId: string }) => i.recordId === id);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ formatName: 'C5+1 ministerial', format: 'multilateral' });
    expect(rows[0].counterparts.sort()).toEqual(['KGZ', 'TJK', 'TKM', 'USA', 'UZB']);
  });

  it('answers timeline ranges by overlap: a month matches a range it falls in, an undated record none', async () => {
    const calls: Record<string, string> = {};
    for (const date of ['2022-11', 'before 2020', 'after 2030-01-15', null])
      calls[String(date)] = created(await send('POST', '/meetings', meeting({ date })));
    const ids = async (range: string) =>
      (await read(`/timeline/GBR?${range}`)).items.map((i: { recordId: string }) => i.recordId);
    expect(await ids('from=2022-11-20&to=2022-12-31')).toEqual([calls['2022-11']]);
    expect(await ids('from=2022-12-01&to=2022-12-31')).toEqual([]);
    expect(await ids('to=2019-06-30')).toEqual([calls['before 2020']]);
    expect(await ids('from=2031-01-01')).toEqual([calls['after 2030-01-15']]);
    const all = await read('/timeline/GBR?kind=meeting&limit=100');
    const last = all.items[all.items.length - 1];
    expect(last.date).toBeNull();
    expect(all.items[0]).toMatchObject({
      date: 'after 2030-01-15',
      dateFrom: '2030-01-16',
      dateTo: null,
    });
  });
});
