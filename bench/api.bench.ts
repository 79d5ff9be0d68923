/**
 * `npm run bench:api`: RecordMeeting over HTTP on the embedded store (64 connections, autocannon on
 * the same machine), against GET /health in the same run as the framework's own ceiling.
 * The API runs in a child process so the load generator does not share its event loop.
 * Target (issue 4): >= 2,000 durable commands/s, p99 < 50 ms, >= 25% of the /health rate.
 * Each phase also prints the API process's CPU per request and the share of a core it got, which
 * stay comparable when other work loads the machine (rates and latencies do not).
 * BENCH_RUNS (3) runs of BENCH_SECONDS (10) each; the medians close the report.
 */
import 'reflect-metadata';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import autocannon from 'autocannon';
import { startFlags } from './support/start-flags';

const CONNECTIONS = 64;
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const RUNS = Number(process.env.BENCH_RUNS ?? 3);

/** Child: the real application, listening on a loopback port the OS chooses, with a recorder token. */
async function serve(): Promise<void> {
  const { createApp } = await import('../apps/api/src/bootstrap');
  const { UserAdministration } = await import('@chancery/identity');
  const app = await createApp();
  app.useLogger(['error', 'warn']);
  const { token } = await app
    .get(UserAdministration)
    .register({ name: 'bench-recorder', roles: ['recorder'], clearance: 'confidential' }, 'bench');
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  process.stdout.write(`READY ${JSON.stringify({ port: address.port, token })}\n`);
  // Each line on stdin ends a phase: report this process's CPU and event-loop delay since the last.
  const delay = monitorEventLoopDelay({ resolution: 10 });
  delay.enable();
  let cpu = process.cpuUsage();
  for await (const _ of createInterface({ input: process.stdin })) {
    const used = process.cpuUsage(cpu);
    cpu = process.cpuUsage();
    const stats: ServerStats = {
      cpuMs: (used.user + used.system) / 1000,
      loopDelayP99: delay.percentile(99) / 1e6,
      loopDelayMax: delay.max / 1e6,
    };
    delay.reset();
    process.stdout.write(`STATS ${JSON.stringify(stats)}\n`);
  }
}

/** The API process's own cost over one phase: comparable across runs even when the machine is busy. */
type ServerStats = { cpuMs: number; loopDelayP99: number; loopDelayMax: number };

/** A handle on the API child: `phase()` reports its CPU and event-loop delay since the last call. */
type Server = { child: ChildProcess; port: number; token: string; phase(): Promise<ServerStats> };

async function startServer(dataDir: string): Promise<Server> {
  // BENCH_CPU_PROF=<dir> writes a CPU profile of the API process there, to see where the time goes.
  const profile = process.env.BENCH_CPU_PROF
    ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`]
    : [];
  const child = spawn(
    process.execPath,
    [...profile, ...startFlags(), '-r', '@swc-node/register', __filename, '--serve'],
    {
      env: { ...process.env, DATA_DIR: dataDir },
      stdio: ['pipe', 'pipe', 'inherit'],
    },
  );
  const lines = createInterface({ input: child.stdout! })[Symbol.asyncIterator]();
  const next = async (prefix: string): Promise<string> => {
    for (let line = await lines.next(); !line.done; line = await lines.next()) {
      if (line.value.startsWith(prefix)) return line.value.slice(prefix.length);
    }
    throw new Error('the API exited');
  };
  const ready = JSON.parse(await next('READY ')) as { port: number; token: string };
  const phase = async () => {
    child.stdin!.write('\n');
    return JSON.parse(await next('STATS ')) as ServerStats;
  };
  return { child, ...ready, phase };
}

async function main(): Promise<void> {
  const dataDir = mkdtempSync(join(tmpdir(), 'chancery-bench-api-'));
  const { child, port, token, phase } = await startServer(dataDir);
  const base = `http://127.0.0.1:${port}`;
  const headers = { 'content-type': 'application/json', authorization: `Bearer ${token}` };
  const post = async (method: string, path: string, body: object) => {
    const response = await fetch(`${base}${path}`, { method, headers, body: JSON.stringify(body) });
    if (response.status >= 300)
      throw new Error(`${method} ${path}: ${response.status} ${await response.text()}`);
    return (await response.json()) as { id: string };
  };
  try {
    for (const code of ['KAZ', 'LUX']) await post('PUT', `/countries/${code}`, {});
    const source = await post('POST', '/sources', {
      type: 'press-release',
      publisher: 'MFA of Kazakhstan',
      title: 'Visit to Luxembourg',
      publishedOn: '2024-10-14',
    });
    const nurtleu = await post('POST', '/people', { name: 'Murat Nurtleu', nationality: 'KAZ' });
    const frieden = await post('POST', '/people', { name: 'Luc Frieden', nationality: 'LUX' });
    // No meetingId and no Idempotency-Key: every request records a new meeting.
    const meeting = JSON.stringify({
      date: '2024-10-14',
      place: { city: 'Luxembourg', country: 'LUX' },
      format: 'bilateral',
      participants: [
        { party: { kind: 'person', id: nurtleu.id }, side: { kind: 'country', id: 'KAZ' } },
        { party: { kind: 'person', id: frieden.id }, side: { kind: 'country', id: 'LUX' } },
      ],
      topics: ['fintech', 'green-energy'],
      summary: 'Key areas of cooperation between Kazakhstan and Luxembourg.',
      engagementKind: 'visit',
      sourceIds: [source.id],
    });

    const rows: Row[] = [];
    for (let run = 1; run <= RUNS; run++) {
      await phase();
      const record = withServer(
        await load({ url: `${base}/meetings`, method: 'POST', headers, body: meeting }),
        await phase(),
      );
      const health = withServer(await load({ url: `${base}/health` }), await phase());
      const row = { record, health, ratio: record.rate / health.rate };
      rows.push(row);
      print(`run ${run}`, row);
    }
    const median = (pick: (r: Row) => number) =>
      rows.map(pick).sort((a, b) => a - b)[Math.floor(rows.length / 2)];
    print(`median of ${RUNS}`, {
      record: {
        rate: median((r) => r.record.rate),
        p50: median((r) => r.record.p50),
        p99: median((r) => r.record.p99),
        errors: median((r) => r.record.errors),
        cpuMsPerRequest: median((r) => r.record.cpuMsPerRequest),
        cpuShare: median((r) => r.record.cpuShare),
        loopDelayP99: median((r) => r.record.loopDelayP99),
        loopDelayMax: median((r) => r.record.loopDelayMax),
      },
      health: {
        rate: median((r) => r.health.rate),
        p50: median((r) => r.health.p50),
        p99: median((r) => r.health.p99),
        errors: median((r) => r.health.errors),
        cpuMsPerRequest: median((r) => r.health.cpuMsPerRequest),
        cpuShare: median((r) => r.health.cpuShare),
        loopDelayP99: median((r) => r.health.loopDelayP99),
        loopDelayMax: median((r) => r.health.loopDelayMax),
      },
      ratio: median((r) => r.ratio),
    });
    const rate = median((r) => r.record.rate);
    const p99 = median((r) => r.record.p99);
    const ratio = median((r) => r.ratio);
    verdict(
      'durable RecordMeeting/s',
      Math.round(rate).toLocaleString('en'),
      '>= 2,000',
      rate >= 2000,
    );
    verdict('RecordMeeting p99, ms', String(p99), '< 50', p99 < 50);
    verdict('share of the /health rate', `${(ratio * 100).toFixed(1)}%`, '>= 25%', ratio >= 0.25);
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    rmSync(dataDir, { recursive: true, force: true });
  }
}

type Load = { rate: number; p50: number; p99: number; errors: number; requests: number };
type Measure = Omit<Load, 'requests'> & {
  cpuMsPerRequest: number;
  /** Share of one core the API process got: well under 100% means the machine starved it. */
  cpuShare: number;
  loopDelayP99: number;
  loopDelayMax: number;
};
type Row = { record: Measure; health: Measure; ratio: number };

/** Successful (2xx) responses per second: a refused command is not a durable one. */
async function load(options: autocannon.Options): Promise<Load> {
  const result = await autocannon({ connections: CONNECTIONS, duration: SECONDS, ...options });
  return {
    rate: result['2xx'] / SECONDS,
    p50: result.latency.p50,
    p99: result.latency.p99,
    errors: result.non2xx + result.errors + result.timeouts,
    requests: result.requests.total,
  };
}

function withServer({ requests, ...load }: Load, stats: ServerStats): Measure {
  return {
    ...load,
    cpuMsPerRequest: stats.cpuMs / Math.max(1, requests),
    cpuShare: stats.cpuMs / (SECONDS * 1000),
    loopDelayP99: stats.loopDelayP99,
    loopDelayMax: stats.loopDelayMax,
  };
}

function verdict(name: string, value: string, target: string, met: boolean): void {
  console.log(`  ${met ? 'MET ' : 'MISS'}  ${name}: ${value} (target ${target})`);
}

function print(label: string, { record, health, ratio }: Row): void {
  const line = (name: string, m: Measure) =>
    `  ${name.padEnd(22)} ${Math.round(m.rate).toLocaleString('en').padStart(8)} req/s  p50 ${m.p50} ms  p99 ${m.p99} ms  non-2xx/errors ${m.errors}` +
    `  | server CPU ${m.cpuMsPerRequest.toFixed(3)} ms/req (${(m.cpuShare * 100).toFixed(0)}% of a core), event-loop delay p99 ${m.loopDelayP99.toFixed(0)} ms max ${m.loopDelayMax.toFixed(0)} ms`;
  console.log(
    `${label}\n${line('POST /meetings', record)}\n${line('GET /health', health)}\n  RecordMeeting / health  ${(ratio * 100).toFixed(1)}%`,
  );
}

if (process.argv.includes('--serve')) {
  serve().catch((error) => {
    console.error(error);
    process.exit(1);
  });
} else {
  main().catch((error) => {
    console.error(error);
    process.exitCode = 1;
  });
}
