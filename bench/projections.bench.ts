/**
 * `npm run bench:projections`: rebuilds every read-model projection from a generated log and
 * prints events/s, peak RSS, the same log's read-and-parse ceiling through the store, their
 * ratio, and the p99 of `GET /partnerships/{a}/{b}` under 64 connections on the rebuilt data.
 * PROJECTIONS_BENCH_EVENTS (default 1,000,000), PROJECTIONS_BENCH_RUNS (3), PROJECTIONS_BENCH_ONLY
 * (comma-separated projection names, to profile some). Each measured phase
 * runs in its own process, so its peak RSS is its own.
 */
import 'reflect-metadata';
import { execFile, execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import autocannon from 'autocannon';
import { systemClock } from '@chancery/common';
import { ProjectionEngine, SqliteReadModelStorage } from '@chancery/projections';
import { READ_MODEL_PROJECTIONS } from '@chancery/read-models';
import { SqliteEventStore } from '../libs/event-store/src/sqlite/sqlite-event-store';
import { diplomaticLog } from '../test/projections/support/diplomatic-log';
import { appendAll } from '../test/projections/support/fixtures';
import { startFlags } from './support/start-flags';

const EVENTS = Number(process.env.PROJECTIONS_BENCH_EVENTS ?? 1_000_000);
const RUNS = Number(process.env.PROJECTIONS_BENCH_RUNS ?? 3);

const peakRssMb = () => process.resourceUsage().maxRSS / 1024;
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const fmt = (n: number) => Math.round(n).toLocaleString('en-US');

async function ceiling(dir: string) {
  const store = SqliteEventStore.open(join(dir, 'events.sqlite'));
  const started = performance.now();
  let events = 0;
  let bytes = 0;
  for await (const e of store.readAll()) {
    events++;
    bytes += e.type.length;
  }
  const seconds = (performance.now() - started) / 1000;
  await store.close();
  return { events, perSecond: events / seconds, peakRssMb: peakRssMb(), bytes };
}

async function rebuild(dir: string, file: string) {
  const store = SqliteEventStore.open(join(dir, 'events.sqlite'));
  const storage = SqliteReadModelStorage.open(join(dir, file));
  // The engine's own batch sizes, as the API runs it.
  const only = process.env.PROJECTIONS_BENCH_ONLY?.split(',').filter(Boolean);
  // Empty means every projection.
  const projections = READ_MODEL_PROJECTIONS.filter((p) => !only?.length || only.includes(p.name));
  const engine = new ProjectionEngine(store, storage, projections, { clock: systemClock });
  const head = (await store.headPosition()) ?? 0;
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  await engine.start();
  // Live means caught up with the secondary indexes built: queries can start.
  while (
    engine.names().some((n) => (engine.position(n) ?? 0) < head) ||
    (await engine.status()).some((s) => s.state !== 'live')
  )
    await new Promise((r) => setTimeout(r, 20));
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const deadLetters = (await engine.deadLetters()).length;
  await engine.stop();
  await storage.close();
  await store.close();
  return {
    events: head,
    perSecond: head / seconds,
    seconds,
    // CPU time is steadier than wall time on a shared machine: what to compare two commits by.
    perCpuSecond: head / cpuSeconds,
    cpuSeconds,
    peakRssMb: peakRssMb(),
    deadLetters,
  };
}

async function http(dir: string) {
  process.env.DATA_DIR = dir;
  const { createApp } = await import('../apps/api/src/bootstrap');
  const { UserAdministration } = await import('@chancery/identity');
  const { ReadModelEngine } = await import('../apps/api/src/read-models/shared/engine.provider');
  const { AuditIndexEngine } = await import('../apps/api/src/audit/audit-index.engine');
  const app = await createApp();
  await app.listen(0, '127.0.0.1');
  // Every engine the API runs must have caught up first: a catch-up in the background (the audit
  // index builds from zero on first start) would be measured instead of the query.
  const store = SqliteEventStore.open(join(dir, 'events.sqlite'));
  const head = (await store.headPosition()) ?? 0;
  await store.close();
  const caughtUp = Date.now();
  // Live, as in the rebuild phase: caught up, with the indexes built after catch-up in place.
  for (const engine of [app.get(ReadModelEngine), app.get(AuditIndexEngine)])
    while (
      engine.names().some((n) => (engine.position(n) ?? -1) < head) ||
      (await engine.status()).some((s) => s.state !== 'live')
    )
      await new Promise((r) => setTimeout(r, 100));
  // So must the web pickers' directory, whose worker replays its streams at start.
  const { DirectoryFeed } = await import('../apps/api/src/web/directory/directory.feed');
  await app.get(DirectoryFeed).caughtUp;
  const waitedS = (Date.now() - caughtUp) / 1000;
  const { token } = await app
    .get(UserAdministration)
    .register(
      { name: `bench-analyst-${Date.now()}`, roles: ['analyst'], clearance: 'confidential' },
      'bench',
    );
  const reader = SqliteReadModelStorage.open(join(dir, 'read-models.sqlite'));
  const [active] = (await reader.states()).filter(
    (s) => s.name === 'partnerships' && s.role === 'active',
  );
  const pairs = await reader.reader(active).aggregate('engagements', {
    groupBy: ['party', 'counterpart'],
    measures: { n: ['count', '*'] },
  });
  await reader.close();
  const paths = pairs
    .filter((_, i) => i % 7 === 0)
    .slice(0, 2000)
    .map((p) => `/partnerships/${String(p.party)}/${String(p.counterpart)}`);
  const url = `http://127.0.0.1:${(app.getHttpServer().address() as { port: number }).port}`;
  const pathsFile = join(dir, 'paths.json');
  writeFileSync(pathsFile, JSON.stringify(paths));
  // The load generator runs in its own process: sharing the server's event loop would add its
  // own work to every measured latency.
  const { stdout } = await promisify(execFile)(
    process.execPath,
    ['--import', 'tsx', __filename, 'load', url, token, pathsFile],
    { encoding: 'utf8', maxBuffer: 1 << 26 },
  );
  await app.close();
  return { ...JSON.parse(stdout.trim().split('\n').pop()!), pairs: paths.length, waitedS };
}

async function load(url: string, token: string, pathsFile: string) {
  const paths = JSON.parse(readFileSync(pathsFile, 'utf8')) as string[];
  const run = (duration: number) =>
    autocannon({
      url,
      connections: 64,
      duration,
      headers: { authorization: `Bearer ${token}` },
      requests: [
        {
          setupRequest: (req) => ({
            ...req,
            path: paths[Math.floor(Math.random() * paths.length)],
          }),
        },
      ],
    });
  await run(2); // warm-up
  const results = [await run(5), await run(5), await run(5)];
  // The framework's own floor at the same concurrency: the liveness probe does no work at all.
  const floor = [];
  for (let i = 0; i < 3; i++)
    floor.push(await autocannon({ url: `${url}/health/live`, connections: 64, duration: 5 }));
  return {
    p99Ms: median(results.map((r) => r.latency.p99)),
    p50Ms: median(results.map((r) => r.latency.p50)),
    requestsPerSecond: median(results.map((r) => r.requests.average)),
    non2xx: results.reduce((n, r) => n + r.non2xx, 0),
    floorP99Ms: median(floor.map((r) => r.latency.p99)),
    floorRequestsPerSecond: median(floor.map((r) => r.requests.average)),
  };
}

function inChild<T>(phase: string, ...args: string[]): T {
  // swc keeps decorator metadata, which Nest's injection needs for the HTTP phase (tsx drops it).
  const loader = phase === 'http' ? ['-r', '@swc-node/register'] : ['--import', 'tsx'];
  // Every phase runs with the Node flags `npm start` gives the API, whose worker threads rebuild.
  const flags = [...startFlags(), ...loader];
  const out = execFileSync(process.execPath, [...flags, __filename, phase, ...args], {
    encoding: 'utf8',
    maxBuffer: 1 << 26,
    // The API logs a line per request at `info`: under load that overran this buffer (ENOBUFS).
    env: { ...process.env, LOG_LEVEL: process.env.LOG_LEVEL ?? 'warn' },
  });
  return JSON.parse(out.trim().split('\n').pop()!) as T;
}

function verdict(name: string, value: string, target: string, met: boolean) {
  console.log(`  ${met ? 'MET ' : 'MISS'}  ${name}: ${value} (target ${target})`);
}

/** The generated log, alone: `tsx bench/projections.bench.ts log DIR` keeps one to profile rebuilds on. */
async function writeLog(dir: string) {
  const store = SqliteEventStore.open(join(dir, 'events.sqlite'));
  await appendAll(store, diplomaticLog(EVENTS, 42, 150, 3000), 4000);
  await store.close();
  return { events: EVENTS };
}

async function main() {
  const dir = mkdtempSync(join(tmpdir(), 'chancery-projections-bench-'));
  try {
    console.log(`projections bench: ${fmt(EVENTS)} generated events, ${RUNS} runs, dir ${dir}`);
    const filling = performance.now();
    await writeLog(dir);
    console.log(`  log written in ${((performance.now() - filling) / 1000).toFixed(1)} s`);

    const ceilings: number[] = [];
    const rebuilds: Array<{
      perSecond: number;
      perCpuSecond: number;
      cpuSeconds: number;
      peakRssMb: number;
      seconds: number;
      deadLetters: number;
    }> = [];
    for (let run = 0; run < RUNS; run++) {
      const c = inChild<{ perSecond: number }>('ceiling', dir);
      const file = run === RUNS - 1 ? 'read-models.sqlite' : `read-models-${run}.sqlite`;
      const r = inChild<(typeof rebuilds)[number]>('rebuild', dir, file);
      ceilings.push(c.perSecond);
      rebuilds.push(r);
      console.log(
        `  run ${run + 1}: rebuild ${fmt(r.perSecond)} events/s (${r.seconds.toFixed(1)} s; ${fmt(r.perCpuSecond)} events per CPU second, ${r.cpuSeconds.toFixed(1)} s of CPU; peak RSS ${r.peakRssMb.toFixed(0)} MB, dead letters ${r.deadLetters}); store read-and-parse ceiling ${fmt(c.perSecond)} events/s`,
      );
    }
    const rate = median(rebuilds.map((r) => r.perSecond));
    const ceiling = median(ceilings);
    const rss = Math.max(...rebuilds.map((r) => r.peakRssMb));
    const h = inChild<{
      p99Ms: number;
      p50Ms: number;
      requestsPerSecond: number;
      pairs: number;
      non2xx: number;
      waitedS: number;
      floorP99Ms: number;
      floorRequestsPerSecond: number;
    }>('http', dir);
    console.log(
      `  GET /partnerships/{a}/{b} over ${h.pairs} pairs, 64 connections: p50 ${h.p50Ms} ms, p99 ${h.p99Ms} ms, ${fmt(h.requestsPerSecond)} req/s, non-2xx ${h.non2xx} (after ${h.waitedS.toFixed(0)} s for the API's engines and directory to catch up)`,
    );
    console.log(
      `  framework floor, same server and concurrency: GET /health/live p99 ${h.floorP99Ms} ms, ${fmt(h.floorRequestsPerSecond)} req/s`,
    );
    console.log('medians:');
    verdict('rebuild of all projections, events/s', fmt(rate), '>= 100,000', rate >= 100_000);
    console.log(
      `  rebuild of all projections, events per CPU second: ${fmt(median(rebuilds.map((r) => r.perCpuSecond)))} (compare commits by this on a shared machine)`,
    );
    verdict(
      'ratio to the store read-and-parse ceiling',
      `${((rate / ceiling) * 100).toFixed(1)}% of ${fmt(ceiling)}`,
      '>= 25%',
      rate / ceiling >= 0.25,
    );
    verdict('peak RSS of a rebuild, MB', rss.toFixed(0), '< 300', rss < 300);
    verdict(
      'p99 GET /partnerships/{a}/{b}, ms',
      String(h.p99Ms),
      '< 10',
      h.p99Ms < 10 && h.non2xx === 0,
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const [phase, ...args] = process.argv.slice(2);
const phases: Record<string, () => Promise<unknown>> = {
  log: () => writeLog(args[0]),
  ceiling: () => ceiling(args[0]),
  rebuild: () => rebuild(args[0], args[1]),
  http: () => http(args[0]),
  load: () => load(args[0], args[1], args[2]),
};
if (phase) {
  phases[phase]()
    .then((result) => {
      console.log(JSON.stringify(result));
      process.exit(0);
    })
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
} else {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
