import * as seed from '../../examples/seed-visit/fixture';
import { loadSeedVisit } from '../../examples/seed-visit/load';
import { injectClient } from '../e2e/record/inject-client';
import { createTestApp, type TestApp } from '../support/test-app';

/** Issue 19: GET /metrics in the Prometheus format, for the addresses in METRICS_ALLOW only. */
describe('GET /metrics', () => {
  let t: TestApp;
  let meetingId: string;
  const embedded = process.env.CHANCERY_E2E_STORE !== 'kurrentdb';

  beforeAll(async () => {
    process.env.METRICS_ALLOW = '127.0.0.1,::1';
    t = await createTestApp();
    delete process.env.METRICS_ALLOW;
    const recorder = await t.tokenFor('recorder');
    await loadSeedVisit(injectClient(t.app, recorder));
    meetingId = seed.seedId(`meeting:${seed.meetings[0].key}`);
    const read = await injectClient(t.app, recorder)('GET', `/meetings/${meetingId}`);
    expect(read.status).toBe(200);
    const refused = await injectClient(t.app, 'chy_not-a-token')('GET', '/auth/me');
    expect(refused.status).toBe(401);
  }, 120_000);
  afterAll(() => t?.close());

  const scrape = (remoteAddress = '127.0.0.1') =>
    t.app.inject({ method: 'GET', url: '/metrics', remoteAddress });
  const sample = (text: string, name: string, labels = '') =>
    Number(new RegExp(`^${name}${labels.replace(/[{}]/g, '\\$&')} (\\S+)$`, 'm').exec(text)?.[1]);

  it('is a 404, as if it did not exist, for an address not allowed', async () => {
    const answer = await scrape('10.0.0.7');
    expect(answer.statusCode).toBe(404);
    expect(answer.body).not.toContain('chancery_');
  });

  it('labels requests by route pattern, never by the URL', async () => {
    const text = (await scrape()).body;
    expect(
      sample(
        text,
        'chancery_http_request_duration_seconds_count',
        '{method="GET",route="/meetings/:id",status="200"}',
      ),
    ).toBe(1);
    expect(
      sample(
        text,
        'chancery_http_request_duration_seconds_count',
        '{method="POST",route="/meetings",status="201"}',
      ),
    ).toBe(seed.meetings.length);
    expect(text).not.toContain(meetingId);
    expect(sample(text, 'chancery_auth_failures_total')).toBe(1);
  });

  it('times appends and, on the embedded store, counts the appends of each group commit', async () => {
    const text = (await scrape()).body;
    const appends = sample(text, 'chancery_event_store_append_duration_seconds_count');
    expect(appends).toBeGreaterThanOrEqual(seed.meetings.length);
    if (embedded) {
      // Every append was committed in some batch: the batch sizes add up to the appends.
      expect(sample(text, 'chancery_group_commit_appends_sum')).toBe(appends);
      expect(sample(text, 'chancery_group_commit_duration_seconds_count')).toBeGreaterThan(0);
    }
  });

  it('gives each projection its lag and dead letters, and declares rebuild progress', async () => {
    const text = (await scrape()).body;
    expect(sample(text, 'chancery_projection_status_up')).toBe(1);
    for (const projection of ['partnerships', 'party_streams']) {
      expect(
        sample(text, 'chancery_projection_lag_events', `{projection="${projection}"}`),
      ).toBeGreaterThanOrEqual(0);
      expect(sample(text, 'chancery_projection_dead_letters', `{projection="${projection}"}`)).toBe(
        0,
      );
    }
    expect(text).toContain('# TYPE chancery_projection_rebuild_position gauge');
  });
});
