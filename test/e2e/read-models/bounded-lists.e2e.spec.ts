import { CLOCK, FixedClock } from '@chancery/common';
import { createTestApp, TestApp } from '../../support/test-app';
import * as seed from '../../../examples/seed-visit/fixture';
import { loadSeedVisit, type Send } from '../../../examples/seed-visit/load';
import { injectClient, notingPositions } from '../record/inject-client';

type ListPage = {
  items: Array<Record<string, unknown>>;
  total: number;
  limit: number;
  offset: number;
  next: string | null;
};

/**
 * Every list inside a partnership page or a dossier is cut to `limit` items with its total and a
 * link to the rest; `?list=` answers one list alone, and that is what CSV sends.
 */
describe('lists inside answers are bounded, paged and answer CSV', () => {
  let t: TestApp;
  let token: string;
  let last = 0;
  const clock = new FixedClock(new Date('2024-11-20T09:00:00Z'));

  const get = (url: string, accept = 'application/json') =>
    t.app.inject({ method: 'GET', url, headers: { authorization: `Bearer ${token}`, accept } });
  const json = async (url: string) => {
    const res = await get(url);
    expect(res.statusCode).toBe(200);
    return res.json();
  };
  /** Every item of a list, following its `next` links from the first page. */
  const followed = async (first: ListPage) => {
    const items = [...first.items];
    for (let next = first.next; next;) {
      const page: ListPage = await json(next);
      items.push(...page.items);
      next = page.next;
    }
    return items;
  };

  beforeAll(async () => {
    t = await createTestApp((b) => b.overrideProvider(CLOCK).useValue(clock));
    token = await t.tokenFor(['recorder', 'analyst']);
    const send: Send = notingPositions(
      injectClient(t.app, token),
      (p) => (last = Math.max(last, p)),
    );
    expect((await loadSeedVisit(send)).skipped).toEqual([]);
  });
  afterAll(() => t?.close());

  it('cuts every list of a partnership page to the limit, with its total and the way to the rest', async () => {
    const whole = await json(`/partnerships/KAZ/LUX?minPosition=${last}&limit=500`);
    const page = await json('/partnerships/KAZ/LUX?limit=1');
    for (const list of [
      'engagements',
      'pledges',
      'followUps',
      'keyPeople',
      'indicators',
      'areasOfCooperation',
    ]) {
      const first: ListPage = page[list];
      expect(first).toMatchObject({ limit: 1, offset: 0, total: whole[list].total });
      expect(first.items.length).toBe(Math.min(1, first.total));
      expect(await followed(first)).toEqual(whole[list].items);
    }
    expect(page.engagements.total).toBe(3);
    expect(page.engagements.next).toBe('/partnerships/KAZ/LUX?list=engagements&offset=1&limit=1');
    expect(page.engagements).toMatchObject({ count: 3, firstContact: '2024-10-14' });
  });

  it('answers one list alone, paged, and as CSV with that list’s columns', async () => {
    expect(await json('/partnerships/KAZ/LUX?list=keyPeople&offset=1&limit=2')).toMatchObject({
      offset: 1,
      limit: 2,
    });
    const csv = await get('/partnerships/KAZ/LUX?list=keyPeople', 'text/csv');
    expect(csv.headers['content-type']).toMatch(/^text\/csv/);
    const [header, ...rows] = csv.body.trimEnd().split('\n');
    const people: ListPage = await json('/partnerships/KAZ/LUX?list=keyPeople');
    // Person ids are UUIDs: the first cell of each row, whatever the names hold.
    expect(rows.map((row) => row.split(',')[0])).toEqual(people.items.map((p) => p.personId));
    expect(header).toBe('personId,side,name,title,engagements,lastSeen,role');
    // With no list named, CSV sends the engagements.
    const engagements = await get('/partnerships/KAZ/LUX', 'text/csv');
    expect(engagements.body.split('\n')[0]).toBe(
      'recordId,kind,date,dateFrom,dateTo,title,format,formatName,topics,classification',
    );
    expect((await get('/partnerships/KAZ/LUX?list=gossip')).statusCode).toBe(400);
  });

  it('bounds the partnership as known to an audit, its next pages keeping the instant', async () => {
    const auditor = await t.tokenFor('auditor');
    const audit = async (url: string) => {
      const res = await t.app.inject({
        method: 'GET',
        url,
        headers: { authorization: `Bearer ${auditor}` },
      });
      expect(res.statusCode).toBe(200);
      return res.json();
    };
    const knownAt = encodeURIComponent('2024-11-20T09:00:00.000Z');
    const whole = (await audit(`/audit/partnerships/KAZ/LUX?knownAt=${knownAt}&limit=500`))
      .partnership;
    const first: ListPage = (await audit(`/audit/partnerships/KAZ/LUX?knownAt=${knownAt}&limit=1`))
      .partnership.engagements;
    expect(first).toMatchObject({ limit: 1, total: 3 });
    expect(first.next).toBe(
      `/audit/partnerships/KAZ/LUX?knownAt=${knownAt}&list=engagements&offset=1&limit=1`,
    );
    const items = [...first.items];
    for (let next = first.next; next;) {
      const page: ListPage = await audit(next);
      items.push(...page.items);
      next = page.next;
    }
    expect(items).toEqual(whole.engagements.items);
  });

  it('pages the dead letters, and answers them as CSV', async () => {
    const admin = await t.tokenFor('admin');
    const letters = (accept: string) =>
      t.app.inject({
        method: 'GET',
        url: '/projections/dead-letters?limit=10',
        headers: { authorization: `Bearer ${admin}`, accept },
      });
    expect((await letters('application/json')).json()).toEqual({
      items: [],
      total: 0,
      limit: 10,
      offset: 0,
    });
    expect((await letters('text/csv')).body.trimEnd()).toBe(
      'name,generation,position,eventId,eventType,error,at',
    );
  });

  it('bounds and pages the lists of dossiers too', async () => {
    const bettel = `/dossiers/people/${seed.seedId('person:bettel')}`;
    const dossier = await json(`${bettel}?limit=1`);
    for (const list of ['meetings', 'statements', 'positions'])
      expect(dossier[list]).toMatchObject({ limit: 1, offset: 0, items: expect.any(Array) });
    expect(dossier.meetings.items).toEqual([
      expect.objectContaining({ meetingId: seed.seedId('meeting:bettel'), side: 'LUX' }),
    ]);
    const csv = await get(`${bettel}?list=statements`, 'text/csv');
    expect(csv.body.split('\n')[0]).toBe('statementId,saidOn,text,form,meetingId,classification');
    const org = await json(`/dossiers/organisations/${seed.seedId('organisation:ses')}?limit=1`);
    expect(org.meetings).toMatchObject({ limit: 1, offset: 0 });
    expect(org.people).toMatchObject({ limit: 1, offset: 0 });
  });
});
