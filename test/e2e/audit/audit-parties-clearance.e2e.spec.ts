import { CLOCK, FixedClock } from '@chancery/common';
import { hashToken } from '@chancery/identity';
import { createTestApp, type TestApp } from '../../support/test-app';
import * as seed from '../../../examples/seed-visit/fixture';
import { loadSeedVisit, type Send } from '../../../examples/seed-visit/load';
import { injectClient, notingPositions } from '../record/inject-client';

/**
 * Issue 14 §2 and §4 on the audit routes: they resolve parties as the read models do and take
 * minPosition; their counts say nothing of streams above the auditor's clearance; and no auditor
 * is shown credential material.
 */
describe('audit routes: parties, minPosition, hidden counts and credentials', () => {
  let t: TestApp;
  let writer: Send;
  let position = 0;
  const tokens: Record<'writer' | 'internal' | 'cleared', string> = {} as never;
  const as: Record<'internal' | 'cleared', Send> = {} as never;
  const eu = seed.seedId('organisation:eu');

  const read = async (who: Send, path: string) => {
    const reply = await who('GET', path);
    expect([reply.status, reply.body?.message]).toEqual([200, undefined]);
    return reply.body;
  };
  const counts = async (who: Send) => (await read(who, '/audit/partnerships/KAZ/LUX')).read;

  beforeAll(async () => {
    t = await createTestApp((b) =>
      b.overrideProvider(CLOCK).useValue(new FixedClock(new Date('2025-03-01T09:00:00Z'))),
    );
    tokens.writer = await t.tokenFor('recorder');
    writer = notingPositions(
      injectClient(t.app, tokens.writer),
      (seen) => (position = Math.max(position, seen)),
    );
    await loadSeedVisit(writer);
    tokens.internal = await t.tokenFor('auditor', { clearance: 'internal' });
    tokens.cleared = await t.tokenFor('auditor', { clearance: 'confidential' });
    as.internal = injectClient(t.app, tokens.internal);
    as.cleared = injectClient(t.app, tokens.cleared);
  });

  afterAll(() => t?.close());

  it('resolves an acronym, an organisation id and a lower-case code, and takes minPosition', async () => {
    const byId = await read(as.cleared, `/audit/partnerships/KAZ/${eu}?minPosition=${position}`);
    const byAcronym = await read(as.cleared, `/audit/partnerships/kaz/EU?minPosition=${position}`);
    expect(byAcronym).toEqual(byId);
    expect(byId.partnership.engagements.count).toBeGreaterThan(0);
    const feed = (path: string) => read(as.cleared, path).then((body) => body.items.length);
    const byParty = await feed(`/audit/events?party=${eu}&minPosition=${position}`);
    expect(byParty).toBeGreaterThan(0);
    expect(await feed(`/audit/events?party=EU&minPosition=${position}`)).toBe(byParty);
    const history = await as.cleared(
      'GET',
      `/audit/records/country-KAZ/history?minPosition=${position}`,
    );
    expect(history.status).toBe(200);
  });

  it('does not count streams or events above the auditor’s clearance', async () => {
    const before = { internal: await counts(as.internal), cleared: await counts(as.cleared) };
    for (const commitment of ['First', 'Second', 'Third']) {
      const reply = await writer('POST', '/pledges', {
        ...seed.pledges[2].body,
        commitment: `${commitment} confidential undertaking`,
        meetingId: null,
        classification: 'confidential',
      });
      expect(reply.status).toBe(201);
    }
    expect(await counts(as.internal)).toEqual(before.internal);
    const cleared = await counts(as.cleared);
    expect(cleared.streams).toBe(before.cleared.streams + 3);
    expect(cleared.events).toBe(before.cleared.events + 3);
  });

  it('shows no auditor a token hash, in the feed or the export', async () => {
    const feed = await as.cleared('GET', '/audit/events?type=ApiTokenIssued&limit=1000');
    expect(feed.status).toBe(200);
    expect(feed.body.items.length).toBeGreaterThanOrEqual(3);
    for (const item of feed.body.items) {
      expect(item.data).not.toHaveProperty('tokenHash');
      expect(item.redacted).toEqual(['data.tokenHash']);
      expect(item.metadata.hash).toMatch(/^[0-9a-f]{64}$/);
    }
    const exported = await t.app.inject({
      method: 'GET',
      url: '/audit/export?from=2025-03-01',
      headers: { authorization: `Bearer ${tokens.cleared}` },
    });
    expect(exported.statusCode).toBe(200);
    expect(exported.body).toContain('"ApiTokenIssued"');
    for (const token of Object.values(tokens)) {
      expect(JSON.stringify(feed.body)).not.toContain(hashToken(token));
      expect(exported.body).not.toContain(hashToken(token));
    }
  });
});
