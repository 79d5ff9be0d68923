import { CLOCK, FixedClock } from '@chancery/common';
import { createTestApp, TestApp } from '../../support/test-app';
import * as seed from '../../../examples/seed-visit/fixture';
import { loadSeedVisit, type Send } from '../../../examples/seed-visit/load';
import { injectClient, notingPositions } from '../record/inject-client';

/**
 * Lists answered as CSV are opened in spreadsheets: a cell that starts like a formula must arrive
 * as text, and a yes/no column must tell `false` apart from an empty (null) cell.
 */
describe('read models as CSV', () => {
  let t: TestApp;
  let send: Send;
  let last = 0;
  let assignee = '';
  let token = '';
  const pledgeId = seed.seedId('pledge:ses-328-settlements');

  beforeAll(async () => {
    t = await createTestApp((b) =>
      b.overrideProvider(CLOCK).useValue(new FixedClock(new Date('2024-11-20T09:00:00Z'))),
    );
    token = await t.tokenFor(['recorder', 'analyst']);
    const http = injectClient(t.app, token);
    send = notingPositions(http, (position) => (last = Math.max(last, position)));
    expect((await loadSeedVisit(send)).skipped).toEqual([]);
    assignee = (await send('GET', '/auth/me')).body.id;
  });
  afterAll(async () => {
    await t?.close();
  });

  const assign = async (action: string, dueDate: string) => {
    const reply = await send('POST', '/follow-ups', {
      action,
      assignee,
      dueDate,
      pledgeId,
      meetingId: null,
      classification: 'internal',
    });
    expect(reply.status).toBe(201);
    return reply.body.id as string;
  };

  const boardCsv = async () => {
    const reply = await t.app.inject({
      method: 'GET',
      url: `/follow-ups/board?minPosition=${last}`,
      headers: { authorization: `Bearer ${token}`, accept: 'text/csv' },
    });
    expect(reply.statusCode).toBe(200);
    expect(reply.headers['content-type']).toContain('text/csv');
    return reply.body;
  };

  it('writes a cell that starts like a formula as text, and yes/no as true/false', async () => {
    const cases = [
      ["=cmd|' /C calc'!A0", '2024-11-01', 'true'],
      ['+1+1', '2024-11-02', 'true'],
      ['-2+3', '2025-01-03', 'false'],
      ['@SUM(A1)', '2025-01-04', 'false'],
    ] as const;
    const ids: string[] = [];
    for (const [action, due] of cases) ids.push(await assign(action, due));
    const csv = await boardCsv();
    const lines = csv.trimEnd().split('\n');
    expect(lines[0]).toBe(
      'followUpId,action,assignee,dueDate,status,overdue,completedOn,outcome,meetingId,pledgeId,classification',
    );
    cases.forEach(([action, due, overdue], i) =>
      expect(lines).toContain(
        `${ids[i]},'${action},${assignee},${due},open,${overdue},,,,${pledgeId},internal`,
      ),
    );
    expect(csv).not.toMatch(/(^|,)[=+@-]/m);
  });
});
