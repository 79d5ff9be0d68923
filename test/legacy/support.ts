import { Command } from 'commander';
import { registerAuditCommands } from '../../apps/cli/src/audit/audit.command';
import { eventually } from '../support/eventually';

type Send = (
  method: 'GET' | 'POST',
  url: string,
  token: string,
) => Promise<{ status: number; body: any }>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** Rebuilds each projection from zero through the admin API and waits until it has taken over. */
export async function rebuildFromZero(send: Send, admin: string, names: string[]): Promise<void> {
  for (const name of names) {
    const rebuild = await send('POST', `/admin/projections/${name}/rebuild`, admin);
    expect(rebuild.status).toBe(202);
    await eventually(async () => {
      const { body } = await send('GET', '/projections/status', admin);
      const state = body.projections.find((p: { name: string }) => p.name === name);
      return state.generation === rebuild.body.generation && state.rebuild === null;
    });
  }
}

/** `chancery audit verify` on a data directory (the API that wrote it closed): its exit code and lines. */
export async function auditVerify(dataDir: string): Promise<{ code: number; lines: string[] }> {
  const lines: string[] = [];
  let code = -1;
  const program = new Command('chancery').exitOverride();
  registerAuditCommands(program, { print: (line) => lines.push(line), exit: (c) => (code = c) });
  process.env.DATA_DIR = dataDir;
  await program.parseAsync(['node', 'chancery', 'audit', 'verify']);
  return { code, lines };
}

export const VERIFIED = 'Verified: every chain holds and every read model matches the log.';
