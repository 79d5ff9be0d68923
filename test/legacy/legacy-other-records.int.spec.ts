import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as seed from '../../examples/seed-visit/fixture';
import { eventually } from '../support/eventually';
import { createTestApp, type TestApp } from '../support/test-app';
import { auditVerify, rebuildFromZero, VERIFIED } from './support';

/**
 * The legacy log (`test/fixtures/legacy-log-v1/`) holds statements, an indicator and organisations
 * written at schema version 1. They read back in the current shape (a person speaker with no
 * title, a figure stated flat, part of no organisation), and a rebuild of the dossiers from the
 * log mixed with version 2 events (and a signed document, for the timeline) answers exactly as
 * the live projection did.
 */
const FIXTURE = join(__dirname, '../fixtures/legacy-log-v1/events.sqlite');

describe('statements, indicators and organisations of a log written before the richer record', () => {
  let dataDir: string;
  let t: TestApp;
  let recorder: string;
  let admin: string;

  const send = async (method: 'GET' | 'POST', url: string, token: string, body?: object) => {
    const reply = await t.app.inject({
      method,
      url,
      headers: { authorization: `Bearer ${token}` },
      ...(body ? { payload: body } : {}),
    });
    return { status: reply.statusCode, body: reply.json() };
  };
  const get = async (url: string) => {
    const reply = await send('GET', url, recorder);
    expect(reply.status).toBe(200);
    return reply.body;
  };

  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'chancery-legacy-others-'));
    copyFileSync(FIXTURE, join(dataDir, 'events.sqlite'));
    t = await createTestApp(undefined, { dataDir });
    recorder = await t.tokenFor(['recorder', 'analyst'], { clearance: 'confidential' });
    admin = await t.tokenFor(['admin']);
  });
  afterAll(async () => {
    await t?.close();
    rmSync(dataDir, { recursive: true, force: true });
  });

  it('reads version 1 events in the current shape', async () => {
    const quote = await get(`/statements/${seed.seedId('statement:frieden-reliable-partner')}`);
    expect(quote).toMatchObject({
      speaker: { kind: 'person', id: seed.seedId('person:frieden') },
      speakerTitle: null,
      saidOn: '2024-10-14',
    });
    expect(quote).not.toHaveProperty('speakerId');
    const fdi = await get(`/indicators/${seed.seedId('indicator:lux-kaz-fdi-since-2005')}`);
    expect(fdi.figure).toEqual({
      amount: 2_900_000_000,
      currency: 'USD',
      qualifier: null,
      ofTotal: null,
    });
    const ses = await get(`/organisations/${seed.seedId('organisation:ses')}`);
    expect(ses).toMatchObject({ partOfId: null });
  });

  it('rebuilds the dossiers from the mixed log to the answers it gave live', async () => {
    const ses = seed.seedId('organisation:ses');
    const part = await send('POST', '/organisations', recorder, {
      name: 'SES Techcom',
      kind: 'company',
      homeCountry: 'LUX',
      partOfId: ses,
    });
    expect(part.status).toBe(201);
    const said = await send('POST', '/statements', recorder, {
      speaker: { kind: 'organisation', id: part.body.id },
      speakerTitle: 'Press office',
      text: 'Satellite capacity over Central Asia will double.',
      form: 'reported',
      saidOn: '2024-Q4',
      sourceIds: [seed.seedId('source:mfa')],
    });
    expect(said.status).toBe(201);
    const dossier = async () =>
      (await get(`/dossiers/organisations/${ses}?minPosition=${said.body.position}`)) as {
        parts: { items: unknown[] };
        pledges: { items: unknown[] };
      };
    const live = await dossier();
    expect(live.parts.items).toEqual([
      expect.objectContaining({ organisationId: part.body.id, name: 'SES Techcom' }),
    ]);
    expect(live.pledges.items).toEqual([
      expect.objectContaining({
        pledgeId: seed.seedId('pledge:ses-328-settlements'),
        role: 'pledger',
        via: null,
      }),
    ]);
    const ofPart = await get(`/dossiers/organisations/${part.body.id}`);
    expect(ofPart.statements.items).toEqual([
      expect.objectContaining({ speakerTitle: 'Press office', saidOn: '2024-Q4' }),
    ]);
    expect(ofPart.partOf).toEqual({ organisationId: ses, name: 'SES' });

    const rebuild = await send('POST', '/admin/projections/dossiers/rebuild', admin);
    expect(rebuild.status).toBe(202);
    await eventually(async () => {
      const { body } = await send('GET', '/projections/status', admin);
      const dossiers = body.projections.find((p: { name: string }) => p.name === 'dossiers');
      return dossiers.generation === rebuild.body.generation && dossiers.rebuild === null;
    });
    expect(await dossier()).toEqual(live);
    expect(await get(`/dossiers/organisations/${part.body.id}`)).toEqual(ofPart);
  });

  it('rebuilds the timeline with a signed document among version 1 events as live', async () => {
    const signed = await send('POST', '/documents', recorder, {
      title: 'Memorandum on satellite connectivity',
      kind: 'memorandum',
      parties: [
        { kind: 'country', id: 'KAZ' },
        { kind: 'organisation', id: seed.seedId('organisation:ses') },
      ],
      signatories: [
        {
          title: 'Chief Executive',
          side: { kind: 'organisation', id: seed.seedId('organisation:ses') },
        },
      ],
      signedOn: '2024-10',
      sourceIds: [seed.seedId('source:mfa')],
    });
    expect(signed.status).toBe(201);
    const timeline = () => get(`/timeline/KAZ?minPosition=${signed.body.position}`);
    const live = await timeline();
    expect(JSON.stringify(live)).toContain('Memorandum on satellite connectivity');
    await rebuildFromZero(send, admin, ['timeline']);
    expect(await timeline()).toEqual(live);
  });

  it('passes audit verify with version 1 and version 2 events in one log', async () => {
    await t.close();
    expect(await auditVerify(dataDir)).toEqual({
      code: 0,
      lines: expect.arrayContaining([VERIFIED]),
    });
    t = undefined as unknown as TestApp;
  });
});
