import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { AUDIT_INDEX_FILE, AUDIT_PROJECTIONS, verifyLog, type VerifyReport } from '@chancery/audit';
import { systemClock } from '@chancery/common';
import { EVENT_STORE, eventStoreConfigFromEnv, type EventStore } from '@chancery/event-store';
import { SqliteReadModelStorage } from '@chancery/projections';
import { READ_MODEL_PROJECTIONS } from '@chancery/read-models';
import { withContext } from '../context';

export interface AuditCliIo {
  print(line: string): void;
  /** Sets the process's exit status without cutting the output short. */
  exit(code: number): void;
}

const consoleIo: AuditCliIo = {
  print: (line) => console.log(line),
  exit: (code) => (process.exitCode = code),
};

/** `chancery audit verify`. */
export function registerAuditCommands(program: Command, io: AuditCliIo = consoleIo): Command {
  const audit = program.command('audit').description('Prove the record has not been tampered with');
  audit
    .command('verify')
    .description(
      'Check every stream\'s hash chain, replay every projection into a scratch database and compare it with the live read models; exits 1 on any break or difference',
    )
    .option('--json', 'print the full report as JSON')
    .action((options: { json?: boolean }) =>
      withContext(async (app) => {
        const report = await verifyDataDir(app.get<EventStore>(EVENT_STORE));
        if (options.json) io.print(JSON.stringify(report, null, 2));
        else printReport(report, io);
        io.exit(report.ok ? 0 : 1);
      }),
    );
  return audit;
}

/** The live read models sit in DATA_DIR, where the API's engines keep them. */
async function verifyDataDir(store: EventStore): Promise<VerifyReport> {
  const dataDir = eventStoreConfigFromEnv().dataDir;
  const readModels = SqliteReadModelStorage.open(join(dataDir, 'read-models.sqlite'));
  const auditIndex = SqliteReadModelStorage.open(join(dataDir, AUDIT_INDEX_FILE));
  const scratchDir = mkdtempSync(join(tmpdir(), 'chancery-verify-'));
  const scratch = SqliteReadModelStorage.open(join(scratchDir, 'replay.sqlite'));
  try {
    const live = [
      { storage: readModels, projections: READ_MODEL_PROJECTIONS },
      { storage: auditIndex, projections: AUDIT_PROJECTIONS },
    ];
    return await verifyLog({ store, live, scratch, clock: systemClock });
  } finally {
    await Promise.all([scratch.close(), readModels.close(), auditIndex.close()]);
    rmSync(scratchDir, { recursive: true, force: true });
  }
}

const MAX_ROWS_SHOWN = 20;

export function printReport(report: VerifyReport, io: Pick<AuditCliIo, 'print'>): void {
  io.print(`Checked ${report.events} events: ${report.chainedStreams} hash-chained streams.`);
  for (const b of report.breaks) {
    io.print(`BROKEN CHAIN: stream ${b.streamId} revision ${b.revision} event ${b.eventId} (position ${b.position}): ${b.reason}: ${b.detail}`);
  }
  for (const p of report.projections) {
    const at = `at position ${p.position ?? 'none'}`;
    if (p.outcome === 'skipped') io.print(`Projection ${p.name}: skipped (${p.note})`);
    else if (p.outcome === 'same') io.print(`Projection ${p.name} ${at}: same as a replay from the log${p.note ? ` (${p.note})` : ''}`);
    else {
      io.print(`Projection ${p.name} ${at}: DIFFERS from a replay from the log in ${p.differences.length} rows${p.note ? ` (${p.note})` : ''}`);
      for (const d of p.differences.slice(0, MAX_ROWS_SHOWN)) {
        const what = d.kind === 'missing' ? 'missing from the live table' : d.kind === 'unexpected' ? 'in the live table but not in the replay' : 'differs';
        io.print(`  ${p.name}.${d.table} ${JSON.stringify(d.key)}: ${what}`);
        if (d.live) io.print(`    live:     ${JSON.stringify(d.live)}`);
        if (d.replayed) io.print(`    replayed: ${JSON.stringify(d.replayed)}`);
      }
      if (p.differences.length > MAX_ROWS_SHOWN) io.print(`  … and ${p.differences.length - MAX_ROWS_SHOWN} more`);
    }
  }
  io.print(report.ok ? 'Verified: every chain holds and every read model matches the log.' : 'VERIFICATION FAILED.');
}
