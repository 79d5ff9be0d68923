import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { registerAuditCommands } from '../../apps/cli/src/audit/audit.command';
import * as seed from '../../examples/seed-visit/fixture';
import { createTestApp } from '../support/test-app';

/**
 * A log written by the code of 2 December 2026, before the richer record changed any event's shape
 * (the seed visit, then a progress report, a level change, a correction, a fulfilment, a withdrawal,
 * a lapse, a rescheduled, a completed and a cancelled follow-up, a corrected and a retracted meeting).
 * Stored events are never rewritten: whatever the code becomes, this log must keep loading, verifying
 * and projecting. How it was made: `test/fixtures/legacy-log-v1/README.md`.
 */
const FIXTURE = join(__dirname, '../fixtures/legacy-log-v1/events.sqlite');

describe('a log written before the richer record', () => {
  let dataDir: string;

  beforeAll(() => {
    dataDir = mkdtempSync(join(tmpdir(), 'chancery-legacy-'));
    copyFileSync(FIXTURE, join(dataDir, 'events.sqlite'));
  });
  afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

  it('reads back through the API and projects as it was written', async () => {
    const t = await createTestApp(undefined, { dataDir });
    try {
      const token = await t.tokenFor(['recorder', 'analyst'], { clearance: 'confidential' });
      const get = async (url: string) => {
        const reply = await t.app.inject({
          method: 'GET',
          url,
          headers: { authorization: `Bearer ${token}` },
        });
        expect(reply.statusCode).toBe(200);
        return reply.json();
      };
      const pledge = await get(`/pledges/${seed.seedId('pledge:ses-328-settlements')}`);
      expect(pledge).toMatchObject({
        commitment: 'Provide 328 settlements in Kazakhstan with stable satellite internet',
        status: 'recorded',
      });
      expect(JSON.stringify(pledge)).toContain('328');
      const meeting = await t.app.inject({
        method: 'GET',
        url: `/meetings/${seed.seedId('meeting:cargolux')}`,
        headers: { authorization: `Bearer ${token}` },
      });
      expect(meeting.json()).toMatchObject({
        status: 'retracted',
        retractionReason: 'Recorded twice',
      });
      const visit = await get(`/visits/${seed.seedId('visit:nurtleu-luxembourg')}`);
      expect(visit).toMatchObject({ hostCountry: 'LUX', startDate: '2024-10-14' });
      const head = pledge.position as number;
      const page = await get(`/partnerships/KAZ/LUX?minPosition=${head}`);
      expect(JSON.stringify(page)).toContain('Frieden');
    } finally {
      await t.close();
    }
  });

  it('passes audit verify: every hash chain holds and the read models match a replay', async () => {
    const lines: string[] = [];
    let code = -1;
    const program = new Command('chancery').exitOverride();
    registerAuditCommands(program, { print: (line) => lines.push(line), exit: (c) => (code = c) });
    process.env.DATA_DIR = dataDir;
    await program.parseAsync(['node', 'chancery', 'audit', 'verify']);
    expect(lines.join('\n')).toContain('Verified');
    expect(code).toBe(0);
  });
});
