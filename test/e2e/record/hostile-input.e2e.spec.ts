import { randomUUID } from 'node:crypto';
import { EVENT_STORE, type EventStore } from '@chancery/event-store';
import { createTestApp, type TestApp } from '../../support/test-app';
import * as seed from '../../../examples/seed-visit/fixture';
import { loadSeedVisit, type Reply, type Send } from '../../../examples/seed-visit/load';
import { injectClient } from './inject-client';

/**
 * Issue 14 §3-4: input that used to answer 500 (a TypeError, a stack overflow, a SQLite datatype
 * mismatch) or was taken silently is refused with 400 naming the field and what is wrong, and
 * nothing is appended.
 */
const pledge = seed.pledges[0].body;
const visit = seed.visit.body;
const meeting = seed.meetings[0].body;
const indicator = seed.indicators[0].body;
const pledgeId = seed.seedId(`pledge:${seed.pledges[0].key}`);
const followUpId = seed.seedId(`follow-up:${seed.followUps[0].key}`);
const personId = seed.seedId(`person:${seed.people[0].key}`);
const deep = (depth: number) => `${'['.repeat(depth)}1${']'.repeat(depth)}`;
const without = (body: object, field: string) =>
  Object.fromEntries(Object.entries(body).filter(([key]) => key !== field));

type Case = [method: 'POST' | 'PUT', url: string, body: unknown, field: string, reason: RegExp];

const cases: Case[] = [
  ['POST', '/people/{person}/positions', { title: 'Minister' }, 'at', /at is required/],
  ['POST', '/visits', without(visit, 'delegation'), 'delegation', /is required/],
  [
    'POST',
    '/visits',
    { ...visit, delegation: [] },
    'delegation',
    /one object \{ sentBy, headId, headTitle, memberIds \}, not a list/,
  ],
  [
    'POST',
    '/visits',
    { ...visit, delegation: { headId: visit.delegation.headId } },
    'delegation.sentBy',
    /is required/,
  ],
  // Dates, kind, city and purpose may be null ("not stated"), but not impossible or empty.
  ['POST', '/visits', { ...visit, endDate: '2024-13' }, 'endDate', /a date as precise as/],
  ['POST', '/visits', { ...visit, city: '' }, 'city', /city should not be empty/],
  [
    'POST',
    '/meetings',
    {
      ...meeting,
      participants: [
        { party: 'KAZ', side: seed.visit.body.delegation.sentBy },
        meeting.participants[1],
      ],
    },
    'participants[0].party',
    /one object/,
  ],
  [
    'POST',
    '/meetings',
    { ...meeting, participants: [[meeting.participants[0]], meeting.participants[1]] },
    'participants',
    /items must be objects/,
  ],
  ['POST', '/meetings', { ...meeting, date: 'before' }, 'date', /a date as precise as/],
  ['POST', '/indicators', without(indicator, 'figure'), 'figure', /is required/],
  ['POST', '/indicators', { ...indicator, figure: [] }, 'figure', /one object/],
  ['POST', '/indicators', without(indicator, 'period'), 'period', /is required/],
  [
    'POST',
    '/indicators',
    { ...indicator, period: {} },
    'period',
    /one of two formats: \{ from\?, to \} or \{ asOf \}/,
  ],
  [
    'POST',
    '/indicators',
    { ...indicator, figure: { amount: 5, currency: 'XYZ' } },
    'figure.currency',
    /"XYZ" is not an ISO 4217 currency code/,
  ],
  [
    'POST',
    '/indicators',
    { ...indicator, figure: { amount: 5 } },
    'figure',
    /one of these formats: \{ amount, currency, qualifier\?, ofTotal\? \} or .* or \{ rating, scale\?, qualifier\? \}/,
  ],
  [
    'POST',
    '/pledges',
    { ...pledge, beneficiary: [pledge.beneficiary, pledge.pledger] },
    'beneficiary',
    /must be one object \{ kind, id \}, not a list/,
  ],
  [
    'POST',
    '/pledges',
    { ...pledge, target: { amount: 1, currency: 'XYZ' } },
    'target',
    /"XYZ" is not an ISO 4217 currency code/,
  ],
  [
    'POST',
    '/pledges',
    { ...pledge, beneficiary: { kind: 'organisation', id: 'KAZ' } },
    'beneficiary.id',
    /must be its UUID/,
  ],
  [
    'POST',
    '/organisations',
    { name: 'SES', kind: 'company', sourceIds: null },
    'sourceIds',
    /must not be null/,
  ],
  ['POST', '/people', { name: 'Someone', sourceIds: null }, 'sourceIds', /must not be null/],
  [
    'POST',
    '/people/{person}/positions',
    { title: 'Minister', at: { kind: 'country', id: 'KAZ' }, sourceIds: null },
    'sourceIds',
    /must not be null/,
  ],
  [
    'POST',
    '/pledges/{pledge}/corrections',
    { reason: 'typo', changes: { commitment: null } },
    'changes.commitment',
    /must not be null/,
  ],
  [
    'POST',
    '/follow-ups/{followUp}/corrections',
    { reason: 'typo', changes: { action: null } },
    'changes.action',
    /must not be null/,
  ],
  [
    'POST',
    '/users',
    { name: 'h.bettel', roles: ['analyst'], clearance: 'internal', ttl: null },
    'ttl',
    /must not be null/,
  ],
  ['POST', '/users/{user}/tokens', { ttl: null }, 'ttl', /must not be null/],
  ['POST', '/visits', { ...visit, city: 'Luxem\u0000bourg' }, 'city', /NUL/],
  ['POST', '/visits', { ...visit, purpose: 'talks \ud800' }, 'purpose', /lone UTF-16 surrogate/],
  [
    'POST',
    '/visits',
    { ...visit, startDate: '0000-01-01', endDate: '0000-01-01' },
    'startDate',
    /a date as precise as the source/,
  ],
  [
    'POST',
    '/visits',
    { ...visit, startDate: '2024-10-14T00:00:00Z' },
    'startDate',
    /not a date-time/,
  ],
];

/** Written as JSON text: JSON.stringify would round these numbers first, and overflow on depth. */
const rawCases: Array<[url: string, text: string, field: string, reason: RegExp]> = [
  [
    '/visits',
    deep(10_000),
    '[0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0][0]',
    /nested deeper than 32 levels/,
  ],
  [
    '/pledges',
    JSON.stringify({ ...pledge, beneficiary: 0 }).replace(
      '"beneficiary":0',
      `"beneficiary":${deep(10_000)}`,
    ),
    'beneficiary' + '[0]'.repeat(31),
    /nested deeper/,
  ],
  [
    '/pledges',
    JSON.stringify({ ...pledge, target: { amount: 0, currency: 'USD' } }).replace(
      '"amount":0',
      '"amount":9007199254740993',
    ),
    'target.amount',
    /9007199254740993 cannot be held exactly/,
  ],
  [
    '/pledges',
    JSON.stringify({ ...pledge, target: { amount: 0, currency: 'USD' } }).replace(
      '"amount":0',
      '"amount":0.1e-400',
    ),
    'target.amount',
    /0.1e-400 cannot be held exactly/,
  ],
  [
    '/indicators',
    JSON.stringify(indicator).replace('"amount":2900000000', '"amount":1e21'),
    'figure.amount',
    /below 10\^15/,
  ],
];

describe('hostile and careless input: 400 naming the field, nothing written', () => {
  let t: TestApp;
  let send: Send;
  let admin: Send;
  let store: EventStore;
  let user: string;
  let ifMatch: Record<string, string>;
  let token: string;

  const url = (template: string) =>
    template
      .replace('{person}', personId)
      .replace('{pledge}', pledgeId)
      .replace('{followUp}', followUpId)
      .replace('{user}', user);

  beforeAll(async () => {
    t = await createTestApp();
    token = await t.tokenFor('recorder');
    send = injectClient(t.app, token);
    admin = injectClient(t.app, await t.tokenFor('admin'));
    store = t.app.get<EventStore>(EVENT_STORE);
    await loadSeedVisit(send);
    user = (
      await admin('POST', '/users', {
        name: 'w.asselborn',
        roles: ['analyst'],
        clearance: 'internal',
      })
    ).body.name;
    ifMatch = {};
    for (const path of [`/people/${personId}`, `/pledges/${pledgeId}`, `/follow-ups/${followUpId}`])
      ifMatch[path] = (await send('GET', path)).headers.etag ?? '';
  });
  afterAll(() => t.close());

  const expectRefused = async (
    run: () => Promise<Pick<Reply, 'status' | 'body'>>,
    field: string,
    reason?: RegExp,
  ) => {
    const head = await store.headPosition();
    const reply = await run();
    expect([reply.status, reply.body?.code]).toEqual([400, 'VALIDATION_FAILED']);
    expect(reply.body.errors).toContainEqual({
      field,
      reason: reason ? expect.stringMatching(reason) : expect.any(String),
    });
    expect(await store.headPosition()).toBe(head);
  };

  it.each(cases)('%s %s: %#', async (method, template, body, field, reason) => {
    const path = url(template);
    const client = path.startsWith('/users') ? admin : send;
    const record = path.split('/').slice(0, 3).join('/');
    await expectRefused(
      () => client(method, path, body, ifMatch[record] ? { 'If-Match': ifMatch[record] } : {}),
      field,
      reason,
    );
  });

  it.each(rawCases)(
    'POST %s, nested too deep or with a number not held exactly (%#)',
    async (path, text, field, reason) => {
      await expectRefused(
        async () => {
          const reply = await t.app.inject({
            method: 'POST',
            url: path,
            payload: text,
            headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          });
          return { status: reply.statusCode, body: reply.json() };
        },
        field,
        reason,
      );
    },
  );

  it('refuses a meeting dated outside its visit (422 MEETING.OUTSIDE_VISIT), recorded or corrected', async () => {
    const meetingId = seed.seedId(`meeting:${seed.meetings[0].key}`);
    const etag = (await send('GET', `/meetings/${meetingId}`)).headers.etag ?? '';
    const head = await store.headPosition();
    const recorded = await send('POST', '/meetings', { ...meeting, date: '2024-10-20' });
    const corrected = await send(
      'POST',
      `/meetings/${meetingId}/corrections`,
      { reason: 'wrong day', changes: { date: '2024-10-13' } },
      { 'If-Match': etag },
    );
    for (const reply of [recorded, corrected]) {
      expect([reply.status, reply.body.code]).toEqual([422, 'MEETING.OUTSIDE_VISIT']);
      expect(reply.body.message).toMatch(
        /outside the span of the visit .* \(2024-10-14 to 2024-10-14\)/,
      );
    }
    expect(await store.headPosition()).toBe(head);
    const detached = await send(
      'POST',
      `/meetings/${meetingId}/corrections`,
      { reason: 'not during the visit', changes: { date: '2024-10-13', visitId: null } },
      { 'If-Match': etag },
    );
    expect(detached.status).toBe(200);
  });

  it("says an organisation's id given as a person's is not one; a random id stays unknown", async () => {
    const statement = seed.statements[0].body;
    const head = await store.headPosition();
    const ses = seed.seedId('organisation:ses');
    const wrong = await send('POST', '/statements', {
      ...statement,
      speaker: { kind: 'person', id: ses },
    });
    expect([wrong.status, wrong.body.code]).toEqual([422, 'RECORD.WRONG_KIND_OF_REFERENCE']);
    expect(wrong.body.message).toBe(
      `speaker.id: ${ses} is an organisation on record, not a person`,
    );
    const pledger = await send('POST', '/pledges', {
      ...pledge,
      pledger: { kind: 'person', id: ses },
    });
    expect([pledger.status, pledger.body.message]).toEqual([
      422,
      `pledger: ${ses} is an organisation on record, not a person`,
    ]);
    const random = await send('POST', '/statements', {
      ...statement,
      speaker: { kind: 'person', id: randomUUID() },
    });
    expect([random.status, random.body.code]).toEqual([422, 'RECORD.UNKNOWN_REFERENCE']);
    expect(await store.headPosition()).toBe(head);
  });

  it('takes a country code in any case as the code (kaz is KAZ)', async () => {
    const reply = await send('POST', '/pledges', {
      ...pledge,
      beneficiary: { kind: 'country', id: 'kaz' },
    });
    expect(reply.status).toBe(201);
    expect((await send('GET', `/pledges/${reply.body.id}`)).body.beneficiaries).toEqual([
      { kind: 'country', id: 'KAZ' },
    ]);
  });
});

describe('paged queries: bounded offsets and limits, days not date-times', () => {
  let t: TestApp;
  let get: (url: string, headers?: Record<string, string>) => Promise<Reply>;
  beforeAll(async () => {
    t = await createTestApp();
    const analyst = injectClient(t.app, await t.tokenFor('analyst'));
    get = (url, headers) => analyst('GET', url, undefined, headers);
  });
  afterAll(() => t.close());

  it.each(['/follow-ups/board', '/pledges/register', '/timeline/KAZ', '/partnerships?party=KAZ'])(
    '%s refuses offsets and limits out of bounds or not written in digits',
    async (path) => {
      const join = path.includes('?') ? '&' : '?';
      for (const query of [
        'offset=99999999999999999999',
        'offset=1e19',
        'offset=100001',
        'offset=-1',
        'limit=0x10',
        'limit=501',
        'minPosition=1e30',
      ]) {
        const reply = await get(`${path}${join}${query}`);
        expect([query, reply.status]).toEqual([query, 400]);
        expect(reply.body.errors[0].reason).toMatch(/must be a whole number from \d+ to \d+/);
      }
      expect((await get(`${path}${join}offset=100000&limit=500`)).status).toBe(200);
    },
  );

  it('refuses a date-time where the timeline and the board take a day', async () => {
    const reply = await get('/timeline/KAZ?from=2024-10-14T00:00:00Z');
    expect(reply.status).toBe(400);
    expect(reply.body.errors).toEqual([
      { field: 'from', reason: expect.stringMatching(/not a date-time/) },
    ]);
    expect((await get('/follow-ups/board?dueFrom=0000-01-01')).status).toBe(400);
  });

  it('reads X-Min-Position as minPosition: digits only, a safe integer', async () => {
    for (const position of ['1e30', '99999999999999999999', '0x10', '-1']) {
      const reply = await get('/timeline/KAZ', { 'X-Min-Position': position });
      expect([position, reply.status, reply.body.errors]).toEqual([
        position,
        400,
        [{ field: 'X-Min-Position', reason: expect.stringMatching(/must be a whole number/) }],
      ]);
    }
    expect((await get('/timeline/KAZ', { 'X-Min-Position': '0' })).status).toBe(200);
  });

  it('refuses a NUL or a lone surrogate in a query or a path', async () => {
    expect((await get('/pledges/register?area=a%00b')).body.errors).toEqual([
      { field: 'area', reason: 'must not contain a NUL character' },
    ]);
    expect((await get('/timeline/K%00Z')).status).toBe(400);
  });
});
