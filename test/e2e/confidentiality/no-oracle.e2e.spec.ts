import { randomUUID } from 'node:crypto';
import { CLOCK, FixedClock } from '@chancery/common';
import { createTestApp, type TestApp } from '../../support/test-app';
import * as seed from '../../../examples/seed-visit/fixture';
import { loadSeedVisit, type Reply, type Send } from '../../../examples/seed-visit/load';
import { injectClient, notingPositions } from '../record/inject-client';

/**
 * Issue 14 §2: for a user without the clearance, a hidden record is a random id. Every route the
 * server registers is either probed here, once with hidden records and once with random ids, or
 * listed as taking no record id nor reference, so a new route without a probe fails this test.
 */
const KINDS = [
  'country',
  'organisation',
  'person',
  'source',
  'visit',
  'meeting',
  'statement',
  'indicator',
  'pledge',
  'followUp',
  'document',
  'draft',
] as const;
type Kind = (typeof KINDS)[number];
type Ids = Record<Kind, string>;
type Probe = {
  method: 'GET' | 'POST' | 'PUT';
  url: string;
  body?: object;
  /** A revision the hidden record does not have: stale If-Match must not tell it exists. */
  ifMatch?: string;
};

const DAY = '2024-10-14';
const mfa = seed.seedId('source:mfa');
const kaz = { kind: 'country', id: 'KAZ' };
/** A member of staff follow-ups can be assigned to (known once the app runs). */
const staff = { id: '' };
/** A post no one holds: the person, hidden or random, must answer before the post is looked for. */
const unheldPost = randomUUID();
/** A meeting as a draft holds it (the press-release shape). */
const draftedMeeting = {
  date: DAY,
  place: { city: 'Luxembourg', country: 'LUX' },
  format: 'bilateral',
  participants: [
    {
      name: 'Murat Nurtleu',
      title: 'Foreign Minister',
      organisation_or_country: null,
      side: 'KAZ',
    },
    { name: 'Luc Frieden', title: 'Prime Minister', organisation_or_country: null, side: 'LUX' },
  ],
  topics: [],
};
const party = (ids: Ids, kind: 'country' | 'organisation' | 'person') => ({ kind, id: ids[kind] });

/** One probe per route that takes a record id or a reference, every such field hidden at once. */
const PROBES: Record<string, (ids: Ids) => Probe> = {
  'GET /countries/:code': (ids) => ({ method: 'GET', url: `/countries/${ids.country}` }),
  'GET /organisations/:id': (ids) => ({ method: 'GET', url: `/organisations/${ids.organisation}` }),
  'GET /people/:id': (ids) => ({ method: 'GET', url: `/people/${ids.person}` }),
  'GET /sources/:id': (ids) => ({ method: 'GET', url: `/sources/${ids.source}` }),
  'GET /visits/:id': (ids) => ({ method: 'GET', url: `/visits/${ids.visit}` }),
  'GET /meetings/:id': (ids) => ({ method: 'GET', url: `/meetings/${ids.meeting}` }),
  'GET /statements/:id': (ids) => ({ method: 'GET', url: `/statements/${ids.statement}` }),
  'GET /indicators/:id': (ids) => ({ method: 'GET', url: `/indicators/${ids.indicator}` }),
  'GET /pledges/:id': (ids) => ({ method: 'GET', url: `/pledges/${ids.pledge}` }),
  'GET /follow-ups/:id': (ids) => ({ method: 'GET', url: `/follow-ups/${ids.followUp}` }),
  'GET /documents/:id': (ids) => ({ method: 'GET', url: `/documents/${ids.document}` }),
  'GET /drafts/:id': (ids) => ({ method: 'GET', url: `/drafts/${ids.draft}` }),
  'POST /drafts/:id/items/:path/edits': (ids) => ({
    method: 'POST',
    url: `/drafts/${ids.draft}/items/meetings.0/edits`,
    body: { value: draftedMeeting },
    ifMatch: '"7"',
  }),
  'POST /drafts/:id/items/:path/acceptance': (ids) => ({
    method: 'POST',
    url: `/drafts/${ids.draft}/items/meetings.0/acceptance`,
    ifMatch: '"7"',
  }),
  'POST /drafts/:id/items/:path/rejection': (ids) => ({
    method: 'POST',
    url: `/drafts/${ids.draft}/items/meetings.0/rejection`,
    body: { reason: 'not said' },
    ifMatch: '"7"',
  }),
  'POST /drafts/:id/items': (ids) => ({
    method: 'POST',
    url: `/drafts/${ids.draft}/items`,
    body: { kind: 'meetings', value: draftedMeeting },
    ifMatch: '"7"',
  }),
  'POST /drafts/:id/commit': (ids) => ({ method: 'POST', url: `/drafts/${ids.draft}/commit` }),

  'POST /organisations': (ids) => ({
    method: 'POST',
    url: '/organisations',
    body: {
      ...seed.organisations[0].body,
      name: 'Probe',
      partOfId: ids.organisation,
      sourceIds: [ids.source],
    },
  }),
  'POST /people': (ids) => ({
    method: 'POST',
    url: '/people',
    body: { name: 'Probe', nationality: 'LUX', sourceIds: [ids.source] },
  }),
  'POST /people/:id/positions': (ids) => ({
    method: 'POST',
    url: `/people/${ids.person}/positions`,
    body: { title: 'Adviser', at: kaz, from: null, to: null, sourceIds: [mfa] },
    ifMatch: '"7"',
  }),
  'POST /visits': (ids) => ({
    method: 'POST',
    url: '/visits',
    body: {
      ...seed.visit.body,
      delegation: { sentBy: party(ids, 'country'), headId: ids.person, memberIds: [ids.person] },
      sourceIds: [ids.source],
    },
  }),
  'POST /meetings': (ids) => ({
    method: 'POST',
    url: '/meetings',
    body: {
      ...seed.meetings[0].body,
      visitId: ids.visit,
      participants: [
        { party: party(ids, 'person'), side: party(ids, 'organisation'), role: null },
        { party: party(ids, 'country'), side: party(ids, 'country'), role: null },
      ],
      sourceIds: [ids.source],
    },
  }),
  'POST /meetings/:id/corrections': (ids) => ({
    method: 'POST',
    url: `/meetings/${ids.meeting}/corrections`,
    body: { reason: 'downgrade', changes: { classification: 'internal' } },
    ifMatch: '"7"',
  }),
  'POST /meetings/:id/retraction': (ids) => ({
    method: 'POST',
    url: `/meetings/${ids.meeting}/retraction`,
    body: { reason: 'recorded twice' },
    ifMatch: '"7"',
  }),
  'POST /visits/:id/corrections': (ids) => ({
    method: 'POST',
    url: `/visits/${ids.visit}/corrections`,
    body: { reason: 'downgrade', changes: { classification: 'internal' } },
    ifMatch: '"7"',
  }),
  'POST /visits/:id/retraction': (ids) => ({
    method: 'POST',
    url: `/visits/${ids.visit}/retraction`,
    body: { reason: 'recorded twice' },
    ifMatch: '"7"',
  }),
  'POST /sources/:id/corrections': (ids) => ({
    method: 'POST',
    url: `/sources/${ids.source}/corrections`,
    body: { reason: 'downgrade', changes: { classification: 'internal' } },
    ifMatch: '"7"',
  }),
  'POST /sources/:id/retraction': (ids) => ({
    method: 'POST',
    url: `/sources/${ids.source}/retraction`,
    body: { reason: 'recorded twice' },
    ifMatch: '"7"',
  }),
  'POST /indicators/:id/corrections': (ids) => ({
    method: 'POST',
    url: `/indicators/${ids.indicator}/corrections`,
    body: { reason: 'downgrade', changes: { classification: 'internal' } },
    ifMatch: '"7"',
  }),
  'POST /indicators/:id/retraction': (ids) => ({
    method: 'POST',
    url: `/indicators/${ids.indicator}/retraction`,
    body: { reason: 'recorded twice' },
    ifMatch: '"7"',
  }),
  'POST /statements/:id/corrections': (ids) => ({
    method: 'POST',
    url: `/statements/${ids.statement}/corrections`,
    body: { reason: 'downgrade', changes: { classification: 'internal' } },
    ifMatch: '"7"',
  }),
  'POST /statements/:id/retraction': (ids) => ({
    method: 'POST',
    url: `/statements/${ids.statement}/retraction`,
    body: { reason: 'recorded twice' },
    ifMatch: '"7"',
  }),
  'POST /people/:id/corrections': (ids) => ({
    method: 'POST',
    url: `/people/${ids.person}/corrections`,
    body: { reason: 'downgrade', changes: { classification: 'internal' } },
    ifMatch: '"7"',
  }),
  'POST /people/:id/positions/:positionId/corrections': (ids) => ({
    method: 'POST',
    url: `/people/${ids.person}/positions/${unheldPost}/corrections`,
    body: { reason: 'retitled', changes: { title: 'Adviser', at: party(ids, 'organisation') } },
    ifMatch: '"7"',
  }),
  'POST /people/:id/retraction': (ids) => ({
    method: 'POST',
    url: `/people/${ids.person}/retraction`,
    body: { reason: 'recorded twice' },
    ifMatch: '"7"',
  }),
  'POST /organisations/:id/corrections': (ids) => ({
    method: 'POST',
    url: `/organisations/${ids.organisation}/corrections`,
    body: { reason: 'downgrade', changes: { classification: 'internal' } },
    ifMatch: '"7"',
  }),
  'POST /organisations/:id/retraction': (ids) => ({
    method: 'POST',
    url: `/organisations/${ids.organisation}/retraction`,
    body: { reason: 'recorded twice' },
    ifMatch: '"7"',
  }),
  'POST /statements': (ids) => ({
    method: 'POST',
    url: '/statements',
    body: {
      ...seed.statements[0].body,
      speaker: { kind: 'person', id: ids.person },
      meetingId: ids.meeting,
      sourceIds: [ids.source],
    },
  }),
  'POST /documents': (ids) => ({
    method: 'POST',
    url: '/documents',
    body: {
      title: 'Probe memorandum',
      kind: 'memorandum',
      parties: [party(ids, 'country'), party(ids, 'organisation')],
      signatories: [{ personId: ids.person, title: null, side: party(ids, 'organisation') }],
      signedOn: DAY,
      meetingId: ids.meeting,
      sourceIds: [ids.source],
    },
  }),
  'POST /documents/:id/corrections': (ids) => ({
    method: 'POST',
    url: `/documents/${ids.document}/corrections`,
    body: { reason: 'downgrade', changes: { classification: 'internal' } },
    ifMatch: '"7"',
  }),
  'POST /documents/:id/retraction': (ids) => ({
    method: 'POST',
    url: `/documents/${ids.document}/retraction`,
    body: { reason: 'recorded twice' },
    ifMatch: '"7"',
  }),
  'POST /indicators': (ids) => ({
    method: 'POST',
    url: '/indicators',
    body: {
      ...seed.indicators[0].body,
      from: party(ids, 'organisation'),
      to: party(ids, 'country'),
      statedById: ids.person,
      meetingId: ids.meeting,
      sourceIds: [ids.source],
    },
  }),
  'POST /pledges': (ids) => ({
    method: 'POST',
    url: '/pledges',
    body: {
      ...seed.pledges[0].body,
      pledger: party(ids, 'organisation'),
      beneficiary: party(ids, 'country'),
      meetingId: ids.meeting,
      sourceIds: [ids.source],
    },
  }),
  'POST /pledges/:id/corrections': (ids) => ({
    method: 'POST',
    url: `/pledges/${ids.pledge}/corrections`,
    body: { reason: 'downgrade', changes: { classification: 'public' } },
    ifMatch: '"7"',
  }),
  'POST /pledges/:id/progress-reports': (ids) => ({
    method: 'POST',
    url: `/pledges/${ids.pledge}/progress-reports`,
    // The hidden pledge's target is in EUR: a mismatch must not name it.
    body: {
      reportedOn: DAY,
      note: 'Half done',
      achieved: { quantity: 3, unit: 'settlements' },
      sourceIds: [mfa],
    },
    ifMatch: '"0"',
  }),
  'POST /pledges/:id/level-changes': (ids) => ({
    method: 'POST',
    url: `/pledges/${ids.pledge}/level-changes`,
    body: { to: 'signed-agreement', on: DAY, sourceIds: [mfa] },
    ifMatch: '"7"',
  }),
  'POST /pledges/:id/fulfilment': (ids) => ({
    method: 'POST',
    url: `/pledges/${ids.pledge}/fulfilment`,
    body: { fulfilledOn: DAY, note: 'Done', sourceIds: [mfa] },
    ifMatch: '"7"',
  }),
  'POST /pledges/:id/lapse': (ids) => ({
    method: 'POST',
    url: `/pledges/${ids.pledge}/lapse`,
    body: { lapsedOn: DAY, reason: 'Nothing came of it' },
    ifMatch: '"7"',
  }),
  'POST /pledges/:id/withdrawal': (ids) => ({
    method: 'POST',
    url: `/pledges/${ids.pledge}/withdrawal`,
    body: { withdrawnOn: DAY, reason: 'Withdrawn', sourceIds: [mfa] },
    ifMatch: '"7"',
  }),
  'POST /pledges/:id/retraction': (ids) => ({
    method: 'POST',
    url: `/pledges/${ids.pledge}/retraction`,
    body: { reason: 'recorded twice' },
    ifMatch: '"7"',
  }),
  'POST /pledges/:id/links': (ids) => ({
    method: 'POST',
    url: `/pledges/${ids.pledge}/links`,
    body: { relation: 'part-of', otherPledgeId: ids.pledge, certainty: 'confirmed' },
    ifMatch: '"7"',
  }),
  'POST /pledges/:id/link-removals': (ids) => ({
    method: 'POST',
    url: `/pledges/${ids.pledge}/link-removals`,
    body: { relation: 'same-as', otherPledgeId: ids.pledge, reason: 'not the same' },
    ifMatch: '"7"',
  }),
  'POST /follow-ups': (ids) => ({
    method: 'POST',
    url: '/follow-ups',
    body: {
      action: 'Probe',
      assignee: staff.id,
      dueDate: DAY,
      pledgeId: ids.pledge,
      meetingId: ids.meeting,
    },
  }),
  'POST /follow-ups/:id/reassignment': (ids) => ({
    method: 'POST',
    url: `/follow-ups/${ids.followUp}/reassignment`,
    body: { assignee: staff.id },
    ifMatch: '"7"',
  }),
  'POST /follow-ups/:id/corrections': (ids) => ({
    method: 'POST',
    url: `/follow-ups/${ids.followUp}/corrections`,
    body: { reason: 'downgrade', changes: { classification: 'internal' } },
    ifMatch: '"7"',
  }),
  'POST /follow-ups/:id/rescheduling': (ids) => ({
    method: 'POST',
    url: `/follow-ups/${ids.followUp}/rescheduling`,
    body: { dueDate: '2024-12-01', reason: 'later' },
    ifMatch: '"7"',
  }),
  'POST /follow-ups/:id/completion': (ids) => ({
    method: 'POST',
    url: `/follow-ups/${ids.followUp}/completion`,
    body: { outcome: 'Done', completedOn: DAY },
    ifMatch: '"7"',
  }),
  'POST /follow-ups/:id/cancellation': (ids) => ({
    method: 'POST',
    url: `/follow-ups/${ids.followUp}/cancellation`,
    body: { reason: 'moot' },
    ifMatch: '"7"',
  }),

  'GET /partnerships': (ids) => ({ method: 'GET', url: `/partnerships?party=${ids.organisation}` }),
  'GET /partnerships/:party/:counterpart': (ids) => ({
    method: 'GET',
    url: `/partnerships/KAZ/${ids.organisation}`,
  }),
  'GET /timeline/:party': (ids) => ({ method: 'GET', url: `/timeline/${ids.organisation}` }),
  'GET /visits/:id/meetings': (ids) => ({ method: 'GET', url: `/visits/${ids.visit}/meetings` }),
  'GET /dossiers/people/:id': (ids) => ({ method: 'GET', url: `/dossiers/people/${ids.person}` }),
  'GET /dossiers/countries/:code': (ids) => ({
    method: 'GET',
    url: `/dossiers/countries/${ids.country}`,
  }),
  'GET /dossiers/organisations/:id': (ids) => ({
    method: 'GET',
    url: `/dossiers/organisations/${ids.organisation}`,
  }),
  'GET /audit/records/:streamId': (ids) => ({
    method: 'GET',
    url: `/audit/records/meeting-${ids.meeting}`,
  }),
  'GET /audit/records/:streamId/history': (ids) => ({
    method: 'GET',
    url: `/audit/records/pledge-${ids.pledge}/history`,
  }),
  'GET /audit/partnerships/:party/:counterpart': (ids) => ({
    method: 'GET',
    url: `/audit/partnerships/KAZ/${ids.organisation}`,
  }),
  'GET /audit/events': (ids) => ({
    method: 'GET',
    url: `/audit/events?stream=meeting-${ids.meeting}`,
  }),
  'GET /audit/export': (ids) => ({ method: 'GET', url: `/audit/export?party=${ids.organisation}` }),
};

/** Routes that take no record id and no reference, and why; everything else needs a probe. */
const NOT_ABOUT_RECORDS: Record<string, string> = {
  'PUT /countries/:code': 'a creation under the client-chosen code: see the creations note below',
  'POST /sources': 'a creation that cites nothing',
  'POST /drafts': 'a creation from pasted text that cites nothing by id',
  'GET /auth/me': 'the caller only',
  'GET /users': 'users are not records (admin)',
  'POST /users': 'users are not records (admin)',
  'POST /users/:name/tokens': 'users are not records (admin)',
  'POST /users/:name/revoke': 'users are not records (admin)',
  'GET /projections/status': 'projection names (admin)',
  'GET /projections/dead-letters': 'projection names (admin)',
  'POST /admin/projections/:name/rebuild': 'projection names (admin)',
  'POST /admin/projections/:name/resume': 'projection names (admin)',
  'GET /topics': 'the public topic vocabulary',
  'POST /topics': 'the public topic vocabulary',
  'POST /topics/:slug/merge': 'the public topic vocabulary (admin)',
  'POST /topics/:slug/rename': 'the public topic vocabulary (admin)',
  'GET /directory': 'finds by name, never by id',
  'GET /pledges/register': 'filters by party code, covered by /partnerships?party=',
  'GET /pledges/compliance': 'filters by party code, covered by /partnerships?party=',
  'GET /follow-ups/board': 'lists; filters name no record',
  'GET /health': 'no data',
  'GET /health/live': 'no data',
  'GET /metrics': 'process figures, no record',
  'POST /users/:name/desks': 'users are not records (admin)',
  'DELETE /users/:name/desks/:desk': 'users are not records (admin)',
  'GET /staff': 'names of staff and desks, not records',
  'GET /home': "the caller's own lists, each filtered by clearance (home.e2e)",
  'GET /search': 'finds by words, never by id; counts after the clearance filter (search.e2e)',
  'GET /engagements/per-country': 'counts per country of visible records only (visibleTo)',
};

const isStatic = (route: string) => /^GET \/(docs|assets|\*$|$)/.test(route);

describe('a hidden record is a random id, on every route', () => {
  let t: TestApp;
  let prober: Send;
  let writer: Send;
  let position = 0;
  const hidden = {} as Ids;
  const random: Ids = {
    country: 'NOR',
    ...Object.fromEntries(KINDS.filter((k) => k !== 'country').map((k) => [k, randomUUID()])),
  } as Ids;

  const created = (reply: Reply): string => {
    expect(reply.status).toBe(201);
    return reply.body.id;
  };

  beforeAll(async () => {
    t = await createTestApp((b) =>
      b.overrideProvider(CLOCK).useValue(new FixedClock(new Date('2025-03-01T09:00:00Z'))),
    );
    writer = notingPositions(
      injectClient(t.app, await t.tokenFor('recorder')),
      (seen) => (position = Math.max(position, seen)),
    );
    await loadSeedVisit(writer);
    const confidential = { classification: 'confidential' };
    expect((await writer('PUT', '/countries/ISL', confidential)).status).toBe(201);
    hidden.country = 'ISL';
    hidden.source = created(
      await writer('POST', '/sources', { ...seed.sources[0].body, ...confidential }),
    );
    hidden.organisation = created(
      await writer('POST', '/organisations', {
        ...seed.organisations[1].body,
        name: 'Obsidian Advisory',
        acronym: 'OBS',
        sourceIds: [mfa],
        ...confidential,
      }),
    );
    hidden.person = created(
      await writer('POST', '/people', {
        name: 'Anne Confidante',
        nationality: 'LUX',
        sourceIds: [mfa],
        ...confidential,
      }),
    );
    hidden.visit = created(
      await writer('POST', '/visits', { ...seed.visit.body, ...confidential }),
    );
    hidden.meeting = created(
      await writer('POST', '/meetings', {
        ...seed.meetings[0].body,
        participants: [
          { party: kaz, side: kaz, role: null },
          { party: party(hidden, 'organisation'), side: party(hidden, 'organisation'), role: null },
        ],
        ...confidential,
      }),
    );
    hidden.statement = created(
      await writer('POST', '/statements', { ...seed.statements[0].body, ...confidential }),
    );
    hidden.indicator = created(
      await writer('POST', '/indicators', { ...seed.indicators[0].body, ...confidential }),
    );
    hidden.pledge = created(
      await writer('POST', '/pledges', {
        ...seed.pledges[0].body,
        pledger: party(hidden, 'organisation'),
        target: { amount: 1_000_000, currency: 'EUR' },
        ...confidential,
      }),
    );
    hidden.document = created(
      await writer('POST', '/documents', {
        title: 'Confidential memorandum',
        kind: 'memorandum',
        parties: [kaz],
        sourceIds: [mfa],
        ...confidential,
      }),
    );
    hidden.draft = created(
      await writer('POST', '/drafts', {
        text: 'Foreign Minister Murat Nurtleu met Prime Minister Luc Frieden of Luxembourg on 14 October 2024 during an official visit; the ministers discussed cooperation.',
        published: DAY,
        ...confidential,
      }),
    );
    staff.id = (await writer('GET', '/auth/me')).body.id;
    hidden.followUp = created(
      await writer('POST', '/follow-ups', {
        ...seed.followUps[0].body,
        assignee: staff.id,
        pledgeId: hidden.pledge,
        ...confidential,
      }),
    );
    prober = injectClient(
      t.app,
      await t.tokenFor(['recorder', 'analyst', 'auditor'], { clearance: 'internal' }),
    );
  });

  afterAll(() => t?.close());

  const ask = async (probe: Probe): Promise<Reply> => {
    const headers: Record<string, string> = { 'x-min-position': String(position) };
    if (probe.ifMatch) headers['if-match'] = probe.ifMatch;
    return prober(probe.method, probe.url, probe.body, headers);
  };
  /** The hidden answer with every hidden id written as its random twin. */
  const asIfRandom = (reply: Reply) =>
    KINDS.reduce(
      (text, kind) => text.split(hidden[kind]).join(random[kind]),
      JSON.stringify({ status: reply.status, body: reply.body }),
    );

  it('has a probe (or a reason for none) for every route the server registered', () => {
    const routes = [...new Set(t.routes.map((r) => `${r.method} ${r.url}`))].filter(
      (r) => !isStatic(r),
    );
    const uncovered = routes.filter((r) => !(r in PROBES) && !(r in NOT_ABOUT_RECORDS));
    expect(uncovered).toEqual([]);
    const stale = Object.keys(PROBES).filter((r) => !routes.includes(r));
    expect(stale).toEqual([]);
  });

  it.each(Object.keys(PROBES))(
    '%s answers a hidden record exactly as a random id',
    async (route) => {
      const [asHidden, asRandom] = [
        await ask(PROBES[route](hidden)),
        await ask(PROBES[route](random)),
      ];
      // A probe the validator refuses tells nothing: each must reach the lookup.
      expect([400, 401, 403]).not.toContain(asRandom.status);
      expect(asIfRandom(asHidden)).toBe(
        JSON.stringify({ status: asRandom.status, body: asRandom.body }),
      );
    },
  );

  it('left every hidden record as it was: no probe wrote anything', async () => {
    const paths: Record<Kind, string> = {
      country: 'countries',
      organisation: 'organisations',
      person: 'people',
      source: 'sources',
      visit: 'visits',
      meeting: 'meetings',
      statement: 'statements',
      indicator: 'indicators',
      pledge: 'pledges',
      followUp: 'follow-ups',
      document: 'documents',
      draft: 'drafts',
    };
    for (const kind of KINDS) {
      const reply = await writer('GET', `/${paths[kind]}/${hidden[kind]}`);
      expect([kind, reply.status, reply.body.revision]).toEqual([kind, 200, 0]);
    }
  });
});
