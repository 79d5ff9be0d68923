import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as seed from '../../examples/seed-visit/fixture';
import { createTestApp, type TestApp } from '../support/test-app';
import { auditVerify, rebuildFromZero, VERIFIED } from './support';

/**
 * The legacy log (`test/fixtures/legacy-log-v1/`) holds the seed visit's pledges written at schema
 * version 1 (one pledger, one beneficiary, one area, one target; a progress report with one
 * `achieved` figure; a correction). They read back in the current shape, stay stored as written,
 * and a rebuild of the pledges and partnerships read models from the log mixed with version 2
 * pledges and links answers exactly as the live projections did.
 */
const FIXTURE = join(__dirname, '../fixtures/legacy-log-v1/events.sqlite');

describe('pledges of a log written before the richer record', () => {
  let dataDir: string;
  let t: TestApp;
  let recorder: string;
  let admin: string;
  let auditor: string;
  const sesPledge = seed.seedId('pledge:ses-328-settlements');
  const ses = seed.seedId('organisation:ses');
  const mfa = seed.seedId('source:mfa');
  const country = (id: string) => ({ kind: 'country', id });
  const settlements = (quantity: number) => ({
    quantity,
    unit: 'settlements',
    qualifier: null,
    ofTotal: null,
  });

  const send = async (
    method: 'GET' | 'POST',
    url: string,
    token: string,
    body?: object,
    headers: Record<string, string> = {},
  ) => {
    const reply = await t.app.inject({
      method,
      url,
      headers: { authorization: `Bearer ${token}`, ...headers },
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
    dataDir = mkdtempSync(join(tmpdir(), 'chancery-legacy-pledges-'));
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

  it('reads version 1 pledges, progress and corrections in the current shape, stored as written', async () => {
    const pledge = await get(`/pledges/${sesPledge}`);
    expect(pledge).toMatchObject({
      pledgers: [{ kind: 'organisation', id: ses }],
      beneficiaries: [country('KAZ')],
      beneficiaryGroup: null,
      pledgerGroup: null, // added later to v2, optional: read as not stated
      mutual: false,
      areas: ['satellite-communications'],
      targets: [settlements(328)],
      documentId: null,
      links: [],
      commitment: 'Provide 328 settlements in Kazakhstan with stable satellite internet',
      progress: [{ reportedOn: '2025-06-30', figures: [settlements(40)] }],
      corrections: [{ changes: { commitment: expect.any(String) } }],
      standing: 'fulfilled',
    });
    expect(pledge).not.toHaveProperty('pledger');
    expect(pledge.progress[0]).not.toHaveProperty('achieved');
    const stored = await get(`/audit/events?stream=pledge-${sesPledge}`, auditor);
    expect(stored.items[0]).toMatchObject({ type: 'CooperationPledged', schemaVersion: 1 });
    expect(stored.items[0].data).toHaveProperty('pledger');
    expect(stored.items[0].data).not.toHaveProperty('pledgers');
  });

  it('rebuilds the pledges and partnerships from the mixed log to the answers they gave live', async () => {
    const mutual = await send('POST', '/pledges', recorder, {
      pledgers: [country('KAZ'), country('LUX')],
      mutual: true,
      areas: ['technology'],
      commitment: 'Memorandum on digital cooperation',
      level: 'signed-agreement',
      targets: [{ amount: 5_000_000, currency: 'EUR', qualifier: 'up to', ofTotal: null }],
      pledgedOn: '2024-10',
      targetDate: '2026',
      sourceIds: [mfa],
    });
    expect([mutual.status, mutual.body.errors]).toEqual([201, undefined]);
    const again = await send('POST', '/pledges', recorder, {
      pledgers: [{ kind: 'organisation', id: ses }],
      beneficiaries: [country('KAZ')],
      areas: ['satellite-communications'],
      commitment: 'SES to connect remote settlements (reported again)',
      level: 'pledge',
      pledgedOn: '2025',
      sourceIds: [mfa],
    });
    expect(again.status).toBe(201);
    const linked = await send(
      'POST',
      `/pledges/${again.body.id}/links`,
      recorder,
      { relation: 'same-as', otherPledgeId: sesPledge, certainty: 'confirmed' },
      { 'If-Match': '"0"' },
    );
    expect(linked.status).toBe(200);
    const at = `minPosition=${linked.body.position}`;
    const answers = async () => ({
      register: await get(`/pledges/register?limit=100&${at}`),
      compliance: await get(`/pledges/compliance?${at}`),
      luxRegister: await get(`/pledges/register?pledger=LUX&${at}`),
      kazLux: await get(`/partnerships/KAZ/LUX?${at}`),
      lux: await get(`/partnerships?party=LUX&${at}`),
    });
    const live = await answers();
    // SES is based in Luxembourg: its pledges roll up to LUX, the one reported twice once.
    const ids = live.kazLux.pledges.items.map((p: { pledgeId: string }) => p.pledgeId);
    expect(ids).toEqual(expect.arrayContaining([sesPledge, again.body.id, mutual.body.id]));
    expect(live.kazLux.pledges.projects).toBe(ids.length - 1);
    expect(live.luxRegister.items.map((p: { pledgeId: string }) => p.pledgeId)).toEqual(
      expect.arrayContaining([sesPledge, again.body.id, mutual.body.id]),
    );
    expect(live.register.projects).toBe(live.register.total - 1);

    await rebuildFromZero(send, admin, ['pledges', 'partnerships']);
    expect(await answers()).toEqual(live);
  });

  it('passes audit verify with version 1 and version 2 pledges in one log', async () => {
    await t.close();
    expect(await auditVerify(dataDir)).toEqual({
      code: 0,
      lines: expect.arrayContaining([VERIFIED]),
    });
    t = undefined as unknown as TestApp;
  });
});
