import { CLOCK, FixedClock } from '@chancery/common';
import { createTestApp, TestApp } from '../../support/test-app';
import * as seed from '../../../examples/seed-visit/fixture';
import { loadSeedVisit, type Send } from '../../../examples/seed-visit/load';
import { injectClient, notingPositions } from '../record/inject-client';

/**
 * A partnership page is served again as it was sent only while nothing has been applied since:
 * a correction, or the clock moving to the next day, is seen by the next request.
 */
describe('partnership pages kept between requests', () => {
  let t: TestApp;
  let send: Send;
  let last = 0;
  const clock = new FixedClock(new Date('2024-11-20T09:00:00Z'));
  const meeting = seed.seedId('meeting:frieden');

  const detail = async (pair = 'KAZ/LUX') => {
    const res = await send('GET', `/partnerships/${pair}?minPosition=${last}`);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^application\/json/);
    return res.body as {
      engagements: { items: Array<{ recordId: string; title: string }> };
      followUps: { overdue: number };
    };
  };
  const titleOf = (body: Awaited<ReturnType<typeof detail>>) =>
    body.engagements.items.find((e) => e.recordId === meeting)?.title;

  beforeAll(async () => {
    t = await createTestApp((b) => b.overrideProvider(CLOCK).useValue(clock));
    const http = injectClient(t.app, await t.tokenFor(['recorder', 'analyst']));
    send = notingPositions(http, (position) => (last = Math.max(last, position)));
    expect((await loadSeedVisit(send)).skipped).toEqual([]);
  });
  afterAll(async () => {
    await t?.close();
  });

  it('answers the corrected page once the correction is applied, not the kept one', async () => {
    const first = await detail();
    const etag = (await send('GET', `/meetings/${meeting}`)).headers.etag!;
    const corrected = await send(
      'POST',
      `/meetings/${meeting}/corrections`,
      { changes: { title: 'Talks with Luc Frieden (corrected)' }, reason: 'title as published' },
      { 'If-Match': etag },
    );
    expect(corrected.status).toBe(200);
    expect(titleOf(first)).not.toBe('Talks with Luc Frieden (corrected)');
    expect(titleOf(await detail())).toBe('Talks with Luc Frieden (corrected)');
  });

  it('counts follow-ups as overdue against the day the page is asked for', async () => {
    // The EIB shortlist is due on 16 December 2024.
    expect((await detail('KAZ/EIB')).followUps.overdue).toBe(0);
    clock.set(new Date('2024-12-20T09:00:00Z'));
    expect((await detail('KAZ/EIB')).followUps.overdue).toBe(1);
  });
});
