import { randomUUID } from 'node:crypto';
import type { JsonObject } from '@chancery/event-store';
import { READ_MODEL_PROJECTIONS } from '@chancery/read-models';
import { PartnershipQueries } from '../../apps/api/src/read-models/partnerships/partnerships.queries';
import { TimelineController } from '../../apps/api/src/read-models/timeline/timeline.controller';
import { DossiersController } from '../../apps/api/src/read-models/dossiers/dossiers.controller';
import {
  cooperationPledged,
  event,
  Fixture,
  meetingRecorded,
  openFixture,
  settled,
} from './support/fixtures';

const levels = ['public', 'internal'] as const;
const country = (id: string) => ({ kind: 'country', id });
const person = (id: string, side: string, role: string | null = null) => ({
  party: { kind: 'person', id },
  side: country(side),
  role,
});

const pledged = (pledgeId: string, pledger: string, beneficiary: string) =>
  cooperationPledged({ pledgeId, pledger: country(pledger), beneficiary: country(beneficiary) });

/**
 * Rows that name two parties (or two people) at once, the second on an indexed `partner` side:
 * every party of a record with three or four of them, on either side, gets the same answers as
 * from one row each.
 */
describe('read models with paired rows answer for each party', () => {
  let f: Fixture;
  beforeEach(async () => (f = await openFixture()));
  afterEach(() => f.close());

  const org = 'f1000000-0000-4000-8000-000000000001';
  const [m1, m2, visit] = [randomUUID(), randomUUID(), randomUUID()];
  const [p1, p2, p3, p4] = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
  const meeting = (meetingId: string, date: string, participants: JsonObject[]) =>
    meetingRecorded({
      meetingId,
      title: `Talks ${date}`,
      date,
      // Not a multilateral session (those are one row per party, never pairs: see
      // test/e2e/record/meetings-as-stated.e2e.spec.ts): its parties pair up.
      format: 'negotiation-round',
      participants,
    });

  async function recordAll() {
    // Parties KAZ, LUX, FRA and the organisation; p1 listed twice keeps the last side and role.
    await f.store.append(
      `meeting-${m1}`,
      [
        meeting(m1, '2024-03-01', [
          person(p1, 'KAZ', 'minister'),
          person(p2, 'LUX'),
          person(p3, 'FRA', 'adviser'),
          {
            party: { kind: 'organisation', id: org },
            side: { kind: 'organisation', id: org },
            role: null,
          },
          person(p1, 'KAZ', 'head'),
        ]),
      ],
      'no_stream',
    );
    // Parties LUX, KAZ, FRA: KAZ is the second of a pair, FRA alone in its row.
    await f.store.append(
      `meeting-${m2}`,
      [
        meeting(m2, '2024-02-01', [
          person(p2, 'LUX', 'ambassador'),
          person(p4, 'KAZ'),
          person(p3, 'FRA'),
        ]),
      ],
      'no_stream',
    );
    await f.store.append(
      `visit-${visit}`,
      [
        event('VisitRecorded', {
          visitId: visit,
          kind: 'official',
          delegation: { sentBy: country('KAZ'), headId: p4, memberIds: [] },
          hostCountry: 'DEU',
          city: 'Berlin',
          startDate: '2024-05-01',
          endDate: '2024-05-02',
          purpose: 'Trade',
          engagement: { kind: 'visit', cameo: '042', plover: { event: 'CONSULT', mode: 'visit' } },
          sourceIds: [],
          classification: 'internal',
        }),
      ],
      'no_stream',
    );
    for (const id of [p1, p2, p3, p4])
      await f.store.append(
        `person-${id}`,
        [
          event('PersonRegistered', {
            personId: id,
            name: `Person ${id}`,
            nationality: null,
            classification: 'internal',
          }),
        ],
        'no_stream',
      );
    const engine = f.engine(READ_MODEL_PROJECTIONS);
    await engine.start();
    await settled(engine, f.store);
    return engine;
  }

  it('the timeline of each party lists its records, counterparts and pages as one row each would', async () => {
    const engine = await recordAll();
    const timeline = new TimelineController(engine as never, { reach: async () => {} } as never);
    const page = (party: string, q: object) =>
      timeline.timeline(
        party,
        { limit: 50, offset: 0, ...q } as never,
        [...levels],
        {
          headers: {},
        } as never,
        {} as never,
      ) as Promise<{
        items: Array<{ recordId: string; counterparts: string[] }>;
        total: number;
      }>;
    const ids = (p: { items: Array<{ recordId: string; counterparts: string[] }> }) =>
      p.items.map((i) => [i.recordId, i.counterparts]);

    const kaz = await page('kaz', { limit: 2, offset: 1 });
    expect(ids(kaz)).toEqual([
      [m1, ['LUX', 'FRA', org]],
      [m2, ['LUX', 'FRA']],
    ]);
    expect(kaz.total).toBe(3);
    expect(ids(await page('KAZ', { limit: 1, offset: 1 }))).toEqual([[m1, ['LUX', 'FRA', org]]]);
    expect(ids(await page('KAZ', { kind: 'visit' }))).toEqual([[visit, ['DEU']]]);
    expect(ids(await page('FRA', {}))).toEqual([
      [m1, ['KAZ', 'LUX', org]],
      [m2, ['LUX', 'KAZ']],
    ]);
    expect(ids(await page(org, {}))).toEqual([[m1, ['KAZ', 'LUX', 'FRA']]]);
    const deu = await page('DEU', { from: '2024-04-01' });
    expect([ids(deu), deu.total]).toEqual([[[visit, ['KAZ']]], 1]);
    expect((await page('LUX', { to: '2024-02-15' })).items.map((i) => i.recordId)).toEqual([m2]);
  });

  it('the dossier of each person lists the meetings attended, with the side and role held there', async () => {
    const engine = await recordAll();
    const dossiers = new DossiersController(engine as never, { reach: async () => {} } as never);
    const attended = async (id: string) =>
      (
        (await dossiers.person(
          id,
          { limit: 50, offset: 0 } as never,
          [...levels],
          { url: `/dossiers/people/${id}`, headers: {} } as never,
          {} as never,
        )) as {
          meetings: { items: Array<{ meetingId: string; side: string; role: string | null }> };
        }
      ).meetings.items.map((m) => [m.meetingId, m.side, m.role]);
    expect(await attended(p1)).toEqual([[m1, 'KAZ', 'head']]);
    expect(await attended(p2)).toEqual([
      [m1, 'LUX', null],
      [m2, 'LUX', 'ambassador'],
    ]);
    expect(await attended(p3)).toEqual([
      [m1, 'FRA', 'adviser'],
      [m2, 'FRA', null],
    ]);
    expect(await attended(p4)).toEqual([[m2, 'KAZ', null]]);
  });

  it('the partnerships of a party count the records shared with each counterpart, whichever key is lower', async () => {
    const engine = await recordAll();
    const queries = new PartnershipQueries(() => engine.reader('partnerships'));
    const list = await queries.list('KAZ', [...levels], 50, 0);
    expect(
      list.items.map((i) => [i.counterpart, i.engagements, i.firstContact, i.lastContact]),
    ).toEqual([
      ['FRA', 2, '2024-02-01', '2024-03-01'],
      ['LUX', 2, '2024-02-01', '2024-03-01'],
      ['DEU', 1, '2024-05-01', '2024-05-01'],
      [org, 1, '2024-03-01', '2024-03-01'],
    ]);
    expect(list.total).toBe(4);
    const detail = async (a: string, b: string) =>
      (await queries.detail(a, b, [...levels], '2024-06-01'))?.engagements.items.map(
        (e) => e.recordId,
      );
    expect(await detail('KAZ', 'FRA')).toEqual([m1, m2]);
    expect(await detail('FRA', 'KAZ')).toEqual([m1, m2]);
    expect(await detail(org, 'LUX')).toEqual([m1]);
    expect(await queries.detail('DEU', 'LUX', [...levels], '2024-06-01')).toBeNull();
  });
  it('the partnerships of a party include counterparts it shares only a pledge or an indicator with', async () => {
    const engine = await recordAll();
    const [pledgeId, indicatorId] = [randomUUID(), randomUUID()];
    await f.store.append(`pledge-${pledgeId}`, [pledged(pledgeId, 'ESP', 'KAZ')], 'no_stream');
    await f.store.append(
      `indicator-${indicatorId}`,
      [
        event('IndicatorRecorded', {
          indicatorId,
          measures: 'trade turnover',
          figure: { amount: 5, currency: 'USD' },
          period: { from: '2023-01-01', to: '2023-12-31' },
          from: country('KAZ'),
          to: country('ITA'),
          statedById: null,
          meetingId: null,
          sourceIds: [],
          classification: 'public',
        }),
      ],
      'no_stream',
    );
    await settled(engine, f.store);
    const queries = new PartnershipQueries(() => engine.reader('partnerships'));
    const list = await queries.list('KAZ', [...levels], 50, 0);
    expect(
      list.items.map((i) => [i.counterpart, i.engagements, i.pledges, i.firstContact]),
    ).toEqual([
      ['FRA', 2, 0, '2024-02-01'],
      ['LUX', 2, 0, '2024-02-01'],
      ['DEU', 1, 0, '2024-05-01'],
      [org, 1, 0, '2024-03-01'],
      ['ESP', 0, 1, null],
      ['ITA', 0, 0, null],
    ]);
    expect(list.total).toBe(6);
    // Everything but the indicator is internal: a public reader sees that pair alone.
    const visible = await queries.list('KAZ', ['public'], 50, 0);
    expect(visible.items.map((i) => i.counterpart)).toEqual(['ITA']);
    for (const counterpart of ['ESP', 'ITA'])
      expect(await queries.detail('KAZ', counterpart, [...levels], '2024-06-01')).not.toBeNull();
  });
  it("a key person shows no title held at a party above the reader's clearance", async () => {
    const engine = await recordAll();
    const firm = randomUUID();
    await f.store.append(
      `organisation-${firm}`,
      [
        event('OrganisationRegistered', {
          organisationId: firm,
          name: 'Obsidian',
          acronym: null,
          homeCountry: 'LUX',
          classification: 'confidential',
        }),
      ],
      'no_stream',
    );
    await f.store.append(
      `person-${p2}`,
      [
        event('PersonRegistered', { personId: p2, name: 'Partner', classification: 'public' }),
        event('PersonAppointed', {
          personId: p2,
          positionId: randomUUID(),
          title: 'Senior Partner',
          at: { kind: 'organisation', id: firm },
          from: '2020-01-01',
          to: null,
        }),
      ],
      'any',
    );
    await settled(engine, f.store);
    const queries = new PartnershipQueries(() => engine.reader('partnerships'));
    const titleOfP2 = async (clearance: string[]) =>
      (await queries.detail('KAZ', 'LUX', clearance, '2024-06-01'))?.keyPeople.find(
        (p) => p.personId === p2,
      )?.title;
    expect(await titleOfP2([...levels, 'confidential'])).toBe('Senior Partner');
    expect(await titleOfP2([...levels])).toBeNull();
  });
  it('a pledge keeps the status its lifecycle set, takes the level its correction states, and moves to the pair a correction gives it', async () => {
    const engine = await recordAll();
    const [kept, self, gone] = [randomUUID(), randomUUID(), randomUUID()];
    const pledge = (pledgeId: string, beneficiary: string) => pledged(pledgeId, 'KAZ', beneficiary);
    const correct = (pledgeId: string, changes: JsonObject) =>
      event('PledgeCorrected', { pledgeId, changes, reason: 'r' });
    await f.store.append(
      `pledge-${kept}`,
      [
        pledge(kept, 'LUX'),
        event('PledgeLevelChanged', {
          pledgeId: kept,
          from: 'expressed-intent',
          to: 'firm-commitment',
          on: '2024-02-01',
          sourceIds: [],
        }),
        correct(kept, {
          beneficiary: country('FRA'),
          commitment: 'two ports',
          level: 'signed-agreement',
        }),
        event('PledgeFulfilled', {
          pledgeId: kept,
          fulfilledOn: '2024-04-01',
          note: 'n',
          sourceIds: [],
        }),
      ],
      'no_stream',
    );
    await f.store.append(
      `pledge-${self}`,
      [
        pledge(self, 'KAZ'),
        correct(self, { beneficiary: country('DEU') }),
        event('PledgeLapsed', { pledgeId: self, lapsedOn: '2024-06-01', reason: 'r' }),
      ],
      'no_stream',
    );
    await f.store.append(
      `pledge-${gone}`,
      [pledge(gone, 'LUX'), event('PledgeRetracted', { pledgeId: gone, reason: 'r' })],
      'no_stream',
    );
    await settled(engine, f.store);
    const queries = new PartnershipQueries(() => engine.reader('partnerships'));
    const pledges = async (a: string, b: string) =>
      (await queries.detail(a, b, [...levels], '2024-06-01'))?.pledges.items.map((p) => [
        p.pledgeId,
        p.commitment,
        p.level,
        p.status,
      ]);
    expect(await pledges('FRA', 'KAZ')).toEqual([
      [kept, 'two ports', 'signed-agreement', 'fulfilled'],
    ]);
    expect(await pledges('KAZ', 'DEU')).toEqual([[self, 'a port', 'expressed-intent', 'lapsed']]);
    expect(await pledges('LUX', 'KAZ')).toEqual([]);
  });
});
