import { Command } from 'commander';

export interface ProjectionsCliIo {
  print(line: string): void;
  exit(code: number): void;
  env: NodeJS.ProcessEnv;
  fetch: typeof fetch;
}

const defaultIo: ProjectionsCliIo = {
  print: (line) => console.log(line),
  exit: (code) => (process.exitCode = code),
  env: process.env,
  fetch: (...args) => fetch(...args),
};

/**
 * `chancery projections status|rebuild|resume`. The running API owns the live read-model
 * generations, so a rebuild must happen inside it (beside the live one, without downtime):
 * these commands ask it over HTTP with an admin token, rather than writing its files from a second process.
 */
export function registerProjectionsCommands(
  program: Command,
  io: ProjectionsCliIo = defaultIo,
): Command {
  const projections = program
    .command('projections')
    .description('Projection lag, dead letters and rebuilds, through the running API')
    .option('--url <url>', 'the API (default: CHANCERY_URL or http://localhost:3000)')
    .option('--token <token>', 'an admin token (default: CHANCERY_TOKEN)');

  const apiUrl = () =>
    projections.opts<{ url?: string }>().url ?? io.env.CHANCERY_URL ?? 'http://localhost:3000';
  const call = async (method: 'GET' | 'POST', path: string) => {
    const { token } = projections.opts<{ token?: string }>();
    const base = apiUrl();
    const bearer = token ?? io.env.CHANCERY_TOKEN;
    if (!bearer) throw new Error('An admin token is needed: pass --token or set CHANCERY_TOKEN');
    const response = await io.fetch(new URL(path, base), {
      method,
      headers: { authorization: `Bearer ${bearer}` },
    });
    const body = (await response.json().catch(() => ({}))) as Record<string, unknown>;
    if (!response.ok) {
      io.print(`${response.status}: ${String(body.message ?? response.statusText)}`);
      io.exit(1);
      return null;
    }
    return body;
  };

  projections
    .command('status')
    .description('Each projection: state, checkpoint, events and seconds behind, dead letters')
    .action(async () => {
      const body = await call('GET', '/projections/status');
      if (!body) return;
      for (const p of body.projections as Array<Record<string, unknown>>) io.print(describe(p));
      for (const p of await auditIndex()) io.print(describe(p));
    });

  /**
   * The audit's party index (`party_streams`) is a projection too, run by the API beside the read
   * models; /projections/status lists only those, /health both (its 503 still carries the details).
   */
  const auditIndex = async (): Promise<Array<Record<string, unknown>>> => {
    const response = await io.fetch(new URL('/health', apiUrl()));
    const body = (await response.json().catch(() => ({}))) as {
      details?: { auditIndex?: Record<string, unknown> };
    };
    const index = body.details?.auditIndex;
    if (!index)
      return [{ name: 'audit index', state: `not reported (GET /health: ${response.status})` }];
    return Object.entries(index)
      .filter(([name]) => name !== 'status')
      .map(([name, status]) => ({ name, ...(status as Record<string, unknown>) }));
  };

  projections
    .command('rebuild <name>')
    .description(
      'Build the next generation of a projection from zero; it takes over once caught up',
    )
    .action(async (name: string) => {
      const body = await call('POST', `/admin/projections/${encodeURIComponent(name)}/rebuild`);
      if (body)
        io.print(`${name}: generation ${String(body.generation)} building beside the live one`);
    });

  projections
    .command('resume <name>')
    .description('Retry a halted projection from its poison event, after a fix')
    .action(async (name: string) => {
      const body = await call('POST', `/admin/projections/${encodeURIComponent(name)}/resume`);
      if (body) io.print(`${name}: resumed`);
    });

  return projections;
}

function describe(p: Record<string, unknown>): string {
  const fields = Object.entries(p)
    .filter(([key]) => key !== 'name')
    .map(
      ([key, value]) =>
        `${key}=${typeof value === 'object' ? JSON.stringify(value) : String(value)}`,
    );
  return [String(p.name), ...fields].join('\t');
}
