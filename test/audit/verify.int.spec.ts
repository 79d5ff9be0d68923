import Database from 'better-sqlite3';
import { join } from 'node:path';
import { Command } from 'commander';
import { AUDIT_INDEX_FILE, AUDIT_PROJECTIONS, verifyLog } from '@chancery/audit';
import { SqliteReadModelStorage } from '@chancery/projections';
import { READ_MODEL_PROJECTIONS } from '@chancery/read-models';
import { registerAuditCommands } from '../../apps/cli/src/audit/audit.command';
import { auditFixture, AuditFixture, seedMeeting } from './support/audit-fixture';

describe('audit verify', () => {
  let f: AuditFixture;
  let meetingId: string;

  const verify = async () => {
    const open = (file: string) => SqliteReadModelStorage.open(join(f.dataDir, file));
    const [readModels, auditIndex, scratch] = [open('read-models.sqlite'), open(AUDIT_INDEX_FILE), open(`scratch-${Date.now()}-${Math.random()}.sqlite`)];
    try {
      return await verifyLog({
        store: f.store,
        live: [
          { storage: readModels, projections: READ_MODEL_PROJECTIONS },
          { storage: auditIndex, projections: AUDIT_PROJECTIONS },
        ],
        scratch,
        clock: f.clock,
      });
    } finally {
      await Promise.all([readModels.close(), auditIndex.close(), scratch.close()]);
    }
  };

  /** `chancery audit verify` as an operator runs it, on the fixture's DATA_DIR. */
  const runCli = async () => {
    const lines: string[] = [];
    let code = -1;
    const program = new Command('chancery').exitOverride();
    registerAuditCommands(program, { print: (line) => lines.push(line), exit: (c) => (code = c) });
    process.env.DATA_DIR = f.dataDir;
    await program.parseAsync(['node', 'chancery', 'audit', 'verify']);
    return { code, output: lines.join('\n') };
  };

  beforeEach(async () => {
    f = auditFixture();
    ({ meetingId } = await seedMeeting(f));
    f.clock.advance(60_000);
    await f.record(`meeting-${meetingId}`, [
      { type: 'MeetingCorrected', data: { meetingId, changes: { topics: ['fintech', 'green-energy', 'security'] }, reason: 'the press release lists security too' } },
    ]);
    await f.project();
  });
  afterEach(() => f.close());

  it('passes on an untouched log whose read models match a replay', async () => {
    const report = await verify();
    expect(report.breaks).toEqual([]);
    const expected = [...READ_MODEL_PROJECTIONS.map((p) => p.name), 'party_streams'].sort();
    expect(report.projections.map((p) => [p.name, p.outcome]).sort()).toEqual(expected.map((name) => [name, 'same']));
    expect(report).toMatchObject({ ok: true, events: 8, chainedStreams: 5 });
    const cli = await runCli();
    expect(cli.code).toBe(0);
    expect(cli.output).toContain('Verified');
  });

  it('fails and names the event when a stored event is edited behind the application\'s back', async () => {
    const db = new Database(join(f.dataDir, 'events.sqlite'));
    const target = db.prepare(`SELECT event_id, revision FROM events WHERE stream_id = ? AND revision = 0`).get(`meeting-${meetingId}`) as { event_id: string; revision: number };
    db.prepare(`UPDATE events SET data = json_set(data, '$.date', '2024-10-13') WHERE event_id = ?`).run(target.event_id);
    db.close();

    const report = await verify();
    expect(report.ok).toBe(false);
    expect(report.breaks).toEqual([
      expect.objectContaining({ streamId: `meeting-${meetingId}`, revision: 0, eventId: target.event_id, reason: 'hash-mismatch' }),
    ]);
    const cli = await runCli();
    expect(cli.code).toBe(1);
    expect(cli.output).toContain(`BROKEN CHAIN: stream meeting-${meetingId} revision 0 event ${target.event_id}`);
    expect(cli.output).toContain('VERIFICATION FAILED');
  });

  it('fails when an event is deleted from the middle of a stream', async () => {
    const db = new Database(join(f.dataDir, 'events.sqlite'));
    db.prepare(`DELETE FROM events WHERE stream_id = ? AND revision = 0`).run(`meeting-${meetingId}`);
    db.close();
    const report = await verify();
    expect(report.breaks).toEqual([expect.objectContaining({ streamId: `meeting-${meetingId}`, revision: 1, reason: 'revision-gap' })]);
  });

  it('fails and shows the row when a live read-model row was altered', async () => {
    const db = new Database(join(f.dataDir, 'read-models.sqlite'));
    const { name } = db.prepare(`SELECT name FROM sqlite_master WHERE type = 'table' AND name LIKE '%partnerships%engagements%'`).get() as { name: string };
    const changed = db.prepare(`UPDATE "${name}" SET date = '1999-01-01' WHERE party = 'KAZ' AND counterpart = 'LUX'`).run().changes;
    db.close();
    expect(changed).toBe(1);

    const report = await verify();
    expect(report.ok).toBe(false);
    expect(report.breaks).toEqual([]);
    const partnerships = report.projections.find((p) => p.name === 'partnerships')!;
    expect(partnerships.outcome).toBe('differs');
    expect(partnerships.differences).toEqual([
      expect.objectContaining({ table: 'engagements', kind: 'differs', key: { party: 'KAZ', counterpart: 'LUX', record_id: meetingId }, live: expect.objectContaining({ date: '1999-01-01' }), replayed: expect.objectContaining({ date: '2024-10-14' }) }),
    ]);
    const cli = await runCli();
    expect(cli.code).toBe(1);
    expect(cli.output).toContain('Projection partnerships at position');
    expect(cli.output).toContain('DIFFERS');
  });
});
