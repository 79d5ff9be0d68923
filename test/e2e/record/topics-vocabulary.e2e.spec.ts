import { randomUUID } from 'node:crypto';
import { createTestApp, type TestApp } from '../../support/test-app';
import { eventually } from '../../support/eventually';
import type { Send } from '../../../examples/seed-visit/load';
import { injectClient, notingPositions } from './inject-client';

/** Issue #15: recorders add topics as they record; admins merge and rename; read models follow. */
describe('an open topic vocabulary', () => {
  let t: TestApp;
  let recorder: Send;
  let admin: Send;
  let analyst: Send;
  let position = 0;
  let sourceId: string;
  let ses: string;
  let nurtleu: string;
  const meetings: string[] = [];
  let pledgeId: string;

  const seen = (p: number) => (position = Math.max(position, p));
  const read = (path: string) =>
    analyst('GET', `${path}${path.includes('?') ? '&' : '?'}minPosition=${position}`);
  const retryKey = { 'Idempotency-Key': randomUUID() };
  const meeting = (topics: string[], overrides: object = {}, headers: object = {}) =>
    recorder(
      'POST',
      '/meetings',
      {
        date: '2024-10-14',
        format: 'bilateral',
        participants: [
          { party: { kind: 'person', id: nurtleu }, side: { kind: 'country', id: 'KAZ' } },
          { party: { kind: 'organisation', id: ses }, side: { kind: 'organisation', id: ses } },
        ],
        topics,
        summary: 'Internet for remote villages.',
        engagementKind: 'visit',
        sourceIds: [sourceId],
        ...overrides,
      },
      headers as Record<string, string>,
    );
  const slugs = async () =>
    ((await recorder('GET', '/topics')).body as Array<{ slug: string }>).map((x) => x.slug);
  const answers = async () => ({
    timeline: (await read('/timeline/KAZ?topic=satellite-communications')).body,
    partnership: (await read('/partnerships/KAZ/SES')).body,
    register: (await read('/pledges/register?area=space-industry')).body,
    compliance: (await read('/pledges/compliance?pledger=SES')).body,
  });

  beforeAll(async () => {
    t = await createTestApp();
    recorder = notingPositions(injectClient(t.app, await t.tokenFor('recorder')), seen);
    admin = notingPositions(injectClient(t.app, await t.tokenFor('admin')), seen);
    analyst = injectClient(t.app, await t.tokenFor('analyst'));
    for (const code of ['KAZ', 'LUX']) await recorder('PUT', `/countries/${code}`, {});
    sourceId = (
      await recorder('POST', '/sources', {
        type: 'news-agency',
        publisher: 'Kazinform',
        title: 'Nurtleu meets business leaders in Luxembourg',
        publishedOn: '2024-10-14',
      })
    ).body.id;
    ses = (
      await recorder('POST', '/organisations', {
        name: 'SES Broadband',
        acronym: 'SES',
        kind: 'company',
        homeCountry: 'LUX',
        sector: 'satellite communications',
      })
    ).body.id;
    nurtleu = (await recorder('POST', '/people', { name: 'Murat Nurtleu', nationality: 'KAZ' }))
      .body.id;
  });
  afterAll(() => t.close());

  it('lets a recorder add a topic by its label, once however often it is asked', async () => {
    const first = await recorder('POST', '/topics', { label: 'Critical Minerals' });
    expect(first.status).toBe(201);
    expect(first.body.slug).toBe('critical-minerals');
    const again = await recorder('POST', '/topics', { label: 'critical  minerals' });
    expect(again.status).toBe(201);
    expect(again.body).toMatchObject({ slug: 'critical-minerals', revision: first.body.revision });
    expect((await slugs()).filter((s) => s === 'critical-minerals')).toHaveLength(1);
  });

  it('adds a topic named by a label as it records, and none for a record refused', async () => {
    const ghost = await meeting(['Deep Sea Mining'], { sourceIds: [randomUUID()] });
    expect(ghost.status).toBe(422);
    expect(await slugs()).not.toContain('deep-sea-mining');

    const recorded = await meeting(['green-energy', 'Space Industry'], {}, retryKey);
    expect(recorded.status).toBe(201);
    meetings.push(recorded.body.id);
    const stored = await recorder('GET', `/meetings/${recorded.body.id}`);
    expect(stored.body.topics).toEqual(['green-energy', 'space-industry']);
    const topics = (await recorder('GET', '/topics')).body as Array<Record<string, unknown>>;
    expect(topics).toContainEqual({ slug: 'space-industry', label: 'Space Industry', merged: [] });

    const other = await meeting(['satellite-communications'], { date: '2024-10-15' });
    expect(other.status).toBe(201);
    meetings.push(other.body.id);
  });

  it('lets only an admin merge one topic into another, once', async () => {
    const into = { into: 'satellite-communications' };
    expect((await recorder('POST', '/topics/space-industry/merge', into)).status).toBe(403);
    const merged = await admin('POST', '/topics/space-industry/merge', into);
    expect(merged.status).toBe(201);
    const twice = await admin('POST', '/topics/space-industry/merge', into);
    expect(twice.status).toBe(422);
    expect(twice.body.code).toBe('TOPIC.MERGED_AWAY');
    const unknown = await admin('POST', '/topics/tourism/merge', into);
    expect(unknown.body.code).toBe('TOPIC.UNKNOWN');
    const list = (await recorder('GET', '/topics')).body as Array<Record<string, unknown>>;
    expect(list).toContainEqual(
      expect.objectContaining({ slug: 'satellite-communications', merged: ['space-industry'] }),
    );
    expect(list.map((x) => x.slug)).not.toContain('space-industry');
    // A retry of a creation made before the merge is still the same request.
    const retried = await meeting(['green-energy', 'Space Industry'], {}, retryKey);
    expect(retried.status).toBe(201);
    expect(retried.headers['idempotent-replayed']).toBe('true');
    expect(retried.body.id).toBe(meetings[0]);
  });

  it('stores a record naming a merged-away topic as given, and reads it as the survivor', async () => {
    const pledge = await recorder('POST', '/pledges', {
      pledger: { kind: 'organisation', id: ses },
      beneficiary: { kind: 'country', id: 'KAZ' },
      area: 'Space industry',
      commitment: 'Provide 328 settlements in Kazakhstan with internet via satellites',
      level: 'expressed-intent',
      target: { quantity: 328, unit: 'settlements' },
      targetDate: '2024-12-31',
      meetingId: meetings[0],
      pledgedOn: '2024-10-14',
      sourceIds: [sourceId],
    });
    expect(pledge.status).toBe(201);
    pledgeId = pledge.body.id;
    expect((await recorder('GET', `/pledges/${pledgeId}`)).body.areas).toEqual(['space-industry']);
    const named = await recorder('POST', '/topics', { label: 'Space industry' });
    expect(named.body.slug).toBe('satellite-communications');
  });

  it('finds both meetings on the timeline by the survivor, or by the merged-away slug', async () => {
    for (const topic of ['satellite-communications', 'space-industry']) {
      const reply = await read(`/timeline/KAZ?topic=${topic}&kind=meeting`);
      expect(reply.status).toBe(200);
      expect(reply.body.total).toBe(2);
      expect(reply.body.items.map((i: { recordId: string }) => i.recordId).sort()).toEqual(
        [...meetings].sort(),
      );
      for (const item of reply.body.items)
        expect(item.topics).toContain('satellite-communications');
      expect(reply.body.items.flatMap((i: { topics: string[] }) => i.topics)).not.toContain(
        'space-industry',
      );
    }
    expect((await read('/timeline/KAZ?topic=trade')).body.total).toBe(0);
  });

  it('shows the new label after a rename, on every read model that lists topics', async () => {
    const label = { label: 'Space and satellites' };
    expect((await recorder('POST', '/topics/satellite-communications/rename', label)).status).toBe(
      403,
    );
    expect((await admin('POST', '/topics/satellite-communications/rename', label)).status).toBe(
      201,
    );
    const timeline = (await read('/timeline/KAZ?topic=satellite-communications')).body;
    expect(timeline.items[0].topicLabels).toContain('Space and satellites');
    const page = (await read('/partnerships/KAZ/SES')).body;
    expect(page.areasOfCooperation.items).toContainEqual({
      area: 'satellite-communications',
      label: 'Space and satellites',
      engagements: 2,
      pledges: 1,
    });
    expect(page.pledges.items[0]).toMatchObject({
      area: 'satellite-communications',
      areaLabel: 'Space and satellites',
    });
    const register = (await read('/pledges/register?area=space-industry')).body;
    expect(register.items.map((p: { pledgeId: string }) => p.pledgeId)).toEqual([pledgeId]);
    expect(register.items[0].areaLabel).toBe('Space and satellites');
  });

  it('gives the same answers after a rebuild of every read model that shows topics', async () => {
    const live = await answers();
    for (const name of ['timeline', 'partnerships', 'pledges']) {
      const started = await admin('POST', `/admin/projections/${name}/rebuild`);
      expect(started.status).toBe(202);
    }
    await eventually(async () => {
      const status = (await admin('GET', '/projections/status')).body.projections as Array<{
        name: string;
        generation: number;
        rebuild: unknown;
      }>;
      return status
        .filter((p) => ['timeline', 'partnerships', 'pledges'].includes(p.name))
        .every((p) => p.generation === 2 && p.rebuild === null);
    });
    expect(await answers()).toEqual(live);
  });
  it('adds a topic a correction names by its label, and none when the correction is refused', async () => {
    const correction = { changes: { topics: ['Green Hydrogen'] }, reason: 'The release says so' };
    const stale = await recorder('POST', `/meetings/${meetings[1]}/corrections`, correction, {
      'If-Match': '"7"',
    });
    expect(stale.status).toBe(409);
    expect(await slugs()).not.toContain('green-hydrogen');
    const applied = await recorder('POST', `/meetings/${meetings[1]}/corrections`, correction, {
      'If-Match': '"0"',
    });
    expect(applied.status).toBe(200);
    expect((await recorder('GET', `/meetings/${meetings[1]}`)).body.topics).toEqual([
      'green-hydrogen',
    ]);
    expect(await slugs()).toContain('green-hydrogen');
    const pledge = await recorder(
      'POST',
      `/pledges/${pledgeId}/corrections`,
      { changes: { area: 'Earth observation' }, reason: 'The release says so' },
      { 'If-Match': '"0"' },
    );
    expect(pledge.status).toBe(200);
    expect((await read('/pledges/register?area=Earth observation')).body.total).toBe(1);
  });
});
