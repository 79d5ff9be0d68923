import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as seed from '../../examples/seed-visit/fixture';
import { createTestApp, type TestApp } from '../support/test-app';
import { auditVerify, rebuildFromZero, VERIFIED } from './support';

/**
 * The legacy log (`test/fixtures/legacy-log-v1/`) holds the seed visit and its meetings written at
 * schema version 1. They read back in the current shape (participants with no title, no named
 * format nor members, a head of delegation with no title), stay stored as written, and a rebuild
 * of the timeline and partnerships from the log mixed with version 2 meetings and visits answers
 * exactly as the live projections did.
 */
const FIXTURE = join(__dirname, '../fixtures/legacy-log-v1/events.sqlite');

describe('meetings and visits of a log written before the richer record', () => {
  let dataDir: string;
  let t: TestApp;
  let recorder: string;
  let admin: string;
  let auditor: string;
  const visitId = seed.seedId('visit:nurtleu-luxembourg');
  const councilId = seed.seedId('meeting:cooperation-council');
  const mfa = seed.seedId('source:mfa');
  const country = (id: string) => ({ kind: 'country', id });

  const send = async (method: 'GET' | 'POST', url: string, token: string, body?: object) => {
    const reply = await t.app.inject({
      method,
      url,
      headers: { authorization: `Bearer ${token}` },
      ...(body ? { payload: body } : {}),
    });
    return { status: reply.statusCode, body: reply.json() };
  };
  const get = async (url: string, token = recorder) => {
    const reply = await send('GET', url, token);
    expect([url, reply.status]).toEqual([url, 200]);
    return reply.body;
  };

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'chancery-legacy-meetings-'));
    copyFileSync(FIXTURE, join(dataDir, 'events.sqlite'));
    t = await createTestApp(undefined, { dataDir });
    recorder = await t.tokenFor(['recorder', 'analyst'], { clearance: 'confidential' });
    admin = await t.tokenFor(['admin']);
    auditor = await t.tokenFor(['auditor'], { clearance: 'confidential' });
  });
  afterAll(async () => {
    await t?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('reads version 1 meetings and visits in the current shape, stored as written', async () => {
    const council = await get(`/meetings/${councilId}`);
    expect(council).toMatchObject({
      date: '2024-10-14',
      place: { city: 'Luxembourg', country: 'LUX' },
      formatName: null,
      members: [],
    });
    for (const participant of council.participants)
      expect(Object.keys(participant).sort()).toEqual(['party', 'role', 'side', 'title']);
    expect(council.participants[0]).toMatchObject({ title: null, side: country('KAZ') });
    const visit = await get(`/visits/${visitId}`);
    expect(visit).toMatchObject({
      kind: 'official',
      city: 'Luxembourg',
      startDate: '2024-10-14',
      delegation: { headId: seed.seedId('person:nurtleu'), headTitle: null },
    });
    const stored = await get(`/audit/events?stream=meeting-${councilId}`, auditor);
    expect(stored.items[0]).toMatchObject({ type: 'MeetingRecorded', schemaVersion: 1 });
    expect(stored.items[0].data.participants[0]).not.toHaveProperty('title');
    expect(stored.items[0].data).not.toHaveProperty('members');
  });

  it('rebuilds the timeline and partnerships from the mixed log to the answers they gave live', async () => {
    const session = await send('POST', '/meetings', recorder, {
      date: '2024-10',
      place: { country: 'LUX' },
      format: 'multilateral',
      formatName: 'Benelux–Central Asia ministerial',
      members: ['KAZ', 'LUX', 'BEL'].map(country),
      participants: [
        { party: null, title: 'Foreign Minister', side: country('KAZ') },
        { party: null, title: 'Foreign Minister', side: country('BEL') },
      ],
      topics: ['trade'],
      summary: 'A session of three.',
      engagementKind: 'multilateral',
      visitId,
      sourceIds: [mfa],
    });
    expect([session.status, session.body.errors]).toEqual([201, undefined]);
    const trip = await send('POST', '/visits', recorder, {
      delegation: { sentBy: country('BEL'), headTitle: 'Prime Minister' },
      hostCountry: 'KAZ',
      startDate: '2024-Q4',
      sourceIds: [mfa],
    });
    expect(trip.status).toBe(201);
    const at = `minPosition=${trip.body.position}`;
    const answers = async () => ({
      kazLux: await get(`/partnerships/KAZ/LUX?${at}`),
      belLux: await get(`/partnerships/BEL/LUX?${at}`),
      kaz: await get(`/partnerships?party=KAZ&${at}`),
      timeline: await get(`/timeline/KAZ?limit=100&${at}`),
      autumn: await get(`/timeline/BEL?from=2024-10-20&to=2024-11-30&${at}`),
      visitMeetings: await get(`/visits/${visitId}/meetings?${at}`),
    });
    const live = await answers();
    expect(live.belLux.engagements.count).toBe(0);
    expect(live.belLux.multilateralSessions.items).toEqual([
      expect.objectContaining({ recordId: session.body.id, date: '2024-10', members: ['KAZ'] }),
    ]);
    expect(live.kazLux.engagements.items.map((e: { date: string }) => e.date)).toContain(
      '2024-10-14',
    );
    expect(live.autumn.items.map((i: { recordId: string }) => i.recordId).sort()).toEqual(
      [session.body.id, trip.body.id].sort(),
    );
    expect(live.visitMeetings.items.map((m: { recordId: string }) => m.recordId)).toContain(
      councilId,
    );

    await rebuildFromZero(send, admin, ['timeline', 'partnerships']);
    expect(await answers()).toEqual(live);
  });

  it('passes audit verify with version 1 and version 2 meetings and visits in one log', async () => {
    await t.close();
    expect(await auditVerify(dataDir)).toEqual({
      code: 0,
      lines: expect.arrayContaining([VERIFIED]),
    });
    t = undefined as unknown as TestApp;
  });
});
