import { randomUUID } from 'node:crypto';
import { createTestApp, type TestApp } from '../../support/test-app';
import type { Send } from '../../../examples/seed-visit/load';
import { injectClient } from './inject-client';

/** Links between pledges over HTTP: part of, follows from, same as; tentative, then confirmed. */
describe('pledge links over HTTP', () => {
  let t: TestApp;
  let send: Send;
  let sourceId: string;
  const revisions = new Map<string, number>();

  const pledge = async (commitment: string) => {
    const reply = await send('POST', '/pledges', {
      pledgers: [{ kind: 'country', id: 'KAZ' }],
      beneficiaries: [{ kind: 'country', id: 'KGZ' }],
      areas: ['energy'],
      commitment,
      level: 'pledge',
      pledgedOn: '2024',
      sourceIds: [sourceId],
    });
    expect(reply.status).toBe(201);
    revisions.set(reply.body.id, 0);
    return reply.body.id as string;
  };
  const link = async (id: string, otherPledgeId: string, relation: string, certainty?: string) => {
    const reply = await send(
      'POST',
      `/pledges/${id}/links`,
      { relation, otherPledgeId, ...(certainty ? { certainty } : {}) },
      { 'If-Match': `"${revisions.get(id)}"` },
    );
    if (reply.status === 200) revisions.set(id, Number(revisions.get(id)) + 1);
    return reply;
  };

  beforeAll(async () => {
    t = await createTestApp();
    send = injectClient(t.app, await t.tokenFor('recorder'));
    for (const code of ['KAZ', 'KGZ']) await send('PUT', `/countries/${code}`, {});
    sourceId = (
      await send('POST', '/sources', {
        type: 'news-agency',
        publisher: 'MFA',
        title: 'Energy envelope',
        publishedOn: '2024',
      })
    ).body.id;
  });
  afterAll(() => t.close());

  it('links a project to its envelope tentatively, confirms it, and reads it back', async () => {
    const [envelope, project] = [await pledge('envelope'), await pledge('a power line')];
    const tentative = await link(project, envelope, 'part-of');
    expect(tentative.status).toBe(200);
    expect((await send('GET', `/pledges/${project}`)).body.links).toEqual([
      { relation: 'part-of', otherPledgeId: envelope, certainty: 'tentative' },
    ]);
    expect((await link(project, envelope, 'part-of', 'confirmed')).status).toBe(200);
    expect((await send('GET', `/pledges/${project}`)).body.links).toEqual([
      { relation: 'part-of', otherPledgeId: envelope, certainty: 'confirmed' },
    ]);
    const again = await link(project, envelope, 'part-of', 'confirmed');
    expect([again.status, again.body.code]).toEqual([422, 'PLEDGE.LINK_UNCHANGED']);
  });

  it('refuses a link making a cycle with 422 LINK.CYCLE, and writes nothing', async () => {
    const [a, b, c] = [await pledge('a'), await pledge('b'), await pledge('c')];
    expect((await link(a, b, 'part-of', 'confirmed')).status).toBe(200);
    expect((await link(b, c, 'part-of', 'confirmed')).status).toBe(200);
    for (const [from, to, relation] of [
      [c, a, 'part-of'],
      [a, a, 'part-of'],
      [a, a, 'same-as'],
    ]) {
      const cycle = await link(from, to, relation);
      expect([cycle.status, cycle.body.code]).toEqual([422, 'LINK.CYCLE']);
    }
    expect((await send('GET', `/pledges/${c}`)).body).toMatchObject({ links: [], revision: 0 });
    // Another relation is another chain; same-as runs both ways without a cycle.
    expect((await link(c, a, 'follows-from')).status).toBe(200);
    expect((await link(b, a, 'same-as')).status).toBe(200);
    expect((await link(a, b, 'same-as')).status).toBe(200);
  });

  it('answers 422 for an unknown other pledge and 400 naming a bad relation or id', async () => {
    const a = await pledge('lonely');
    const ghost = randomUUID();
    const unknown = await link(a, ghost, 'same-as');
    expect([unknown.status, unknown.body.code]).toEqual([422, 'RECORD.UNKNOWN_REFERENCE']);
    expect(unknown.body.details).toEqual([{ field: 'otherPledgeId', streamId: `pledge-${ghost}` }]);
    const bad = await send(
      'POST',
      `/pledges/${a}/links`,
      { relation: 'twin-of', otherPledgeId: 'x', certainty: 'maybe' },
      { 'If-Match': '"0"' },
    );
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual([
      'certainty',
      'otherPledgeId',
      'relation',
    ]);
    expect(
      (await send('POST', `/pledges/${a}/links`, { relation: 'same-as', otherPledgeId: a })).status,
    ).toBe(428);
  });

  it('removes a link with a reason; a link it does not have is 422', async () => {
    const [a, b] = [await pledge('first report'), await pledge('second report')];
    expect((await link(a, b, 'same-as')).status).toBe(200);
    const removal = (reason: string) =>
      send(
        'POST',
        `/pledges/${a}/link-removals`,
        { relation: 'same-as', otherPledgeId: b, reason },
        { 'If-Match': `"${revisions.get(a)}"` },
      );
    const removed = await removal('two projects after all');
    expect(removed.status).toBe(200);
    revisions.set(a, Number(revisions.get(a)) + 1);
    expect((await send('GET', `/pledges/${a}`)).body.links).toEqual([]);
    const twice = await removal('again');
    expect([twice.status, twice.body.code]).toEqual([422, 'PLEDGE.NOT_LINKED']);
  });
});
