import { createTestApp, type TestApp } from '../../support/test-app';
import * as seed from '../../../examples/seed-visit/fixture';
import type { Reply, Send } from '../../../examples/seed-visit/load';
import { injectClient } from '../record/inject-client';

/**
 * Issue 14 §1: a recorder changes only what they may see, and classifies nothing above their own
 * clearance; changing a classification needs clearance for the old level and the new.
 */
describe('the write path honours the acting user’s clearance', () => {
  let t: TestApp;
  let cleared: Send;
  let internal: Send;
  const source = seed.seedId('source:mfa');
  const kaz = { kind: 'country', id: 'KAZ' };
  const lux = { kind: 'country', id: 'LUX' };

  const meeting = async (who: Send, classification: string): Promise<Reply> => {
    const { visitId: _none, ...facts } = seed.meetings[0].body;
    const reply = await who('POST', '/meetings', {
      ...facts,
      participants: [
        { party: kaz, side: kaz, role: null },
        { party: lux, side: lux, role: null },
      ],
      sourceIds: [source],
      classification,
    });
    expect([reply.status, reply.body.errors]).toEqual([201, undefined]);
    return reply;
  };
  const classificationOf = async (id: string) =>
    (await cleared('GET', `/meetings/${id}`)).body.classification;
  const correct = (who: Send, id: string, classification: string, ifMatch = '"0"') =>
    who(
      'POST',
      `/meetings/${id}/corrections`,
      { reason: 'reviewed', changes: { classification } },
      { 'If-Match': ifMatch },
    );

  beforeAll(async () => {
    t = await createTestApp();
    cleared = injectClient(t.app, await t.tokenFor('recorder', { clearance: 'confidential' }));
    internal = injectClient(t.app, await t.tokenFor('recorder', { clearance: 'internal' }));
    for (const code of ['KAZ', 'LUX'])
      expect(
        (await cleared('PUT', `/countries/${code}`, { classification: 'public' })).status,
      ).toBe(201);
    const body = { sourceId: source, ...seed.sources[0].body };
    expect((await cleared('POST', '/sources', body)).status).toBe(201);
  });

  afterAll(() => t?.close());

  it('refuses to create a record classified above the clearance, and writes nothing', async () => {
    const reply = await internal('POST', '/people', {
      name: 'Anne Confidante',
      nationality: 'LUX',
      sourceIds: [source],
      classification: 'confidential',
    });
    expect(reply.status).toBe(422);
    expect(reply.body.code).toBe('RECORD.CLASSIFICATION_ABOVE_CLEARANCE');
    expect(reply.body.message).toContain('classification');
    const listed = await cleared('GET', '/directory?q=Confidante');
    expect(JSON.stringify(listed.body)).not.toContain('Confidante');
  });

  it('refuses to raise a visible record above the clearance', async () => {
    const { body } = await meeting(internal, 'internal');
    const reply = await correct(internal, body.id, 'confidential');
    expect(reply.status).toBe(422);
    expect(reply.body.code).toBe('RECORD.CLASSIFICATION_ABOVE_CLEARANCE');
    expect(await classificationOf(body.id)).toBe('internal');
  });

  it('answers 404 to a downgrade, a retraction or a stale change of a record above the clearance', async () => {
    const { body } = await meeting(cleared, 'confidential');
    for (const reply of [
      await correct(internal, body.id, 'internal'),
      await correct(internal, body.id, 'internal', '"5"'),
      await internal(
        'POST',
        `/meetings/${body.id}/retraction`,
        { reason: 'x' },
        { 'If-Match': '"0"' },
      ),
    ]) {
      expect(reply.status).toBe(404);
      expect(reply.body.code).toBe('MEETING.NOT_FOUND');
    }
    const now = await cleared('GET', `/meetings/${body.id}`);
    expect([now.body.classification, now.body.status, now.body.revision]).toEqual([
      'confidential',
      'recorded',
      0,
    ]);
  });

  it('lets someone cleared for both levels change the classification', async () => {
    const { body } = await meeting(cleared, 'confidential');
    expect((await correct(cleared, body.id, 'internal')).status).toBe(200);
    expect(await classificationOf(body.id)).toBe('internal');
    expect((await correct(internal, body.id, 'public', '"1"')).status).toBe(200);
    expect(await classificationOf(body.id)).toBe('public');
  });
});
