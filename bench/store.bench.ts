/**
 * `npm run bench:store`: the embedded store's durable append and global-log read rates beside
 * the raw better-sqlite3 ceilings of the same machine, run after run, with the target ratios.
 * BENCH_EVENTS (default 1,000,000), BENCH_RUNS (5), BENCH_SECONDS per append run (1.5).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { rawInsertRate, storeAppendRate } from './support/append-rates';
import { fillLog } from './support/fill-log';
import { fmt, median } from './support/measure';

const EVENTS = Number(process.env.BENCH_EVENTS ?? 1_000_000);
const RUNS = Number(process.env.BENCH_RUNS ?? 5);
const SECONDS = Number(process.env.BENCH_SECONDS ?? 1.5);

interface ReadFigures {
  events: number;
  perSecond: number;
  peakRssMb: number;
}

function readInChild(file: string, mode: 'store' | 'raw'): ReadFigures {
  const out = execFileSync(
    process.execPath,
    ['--import', 'tsx', join(__dirname, 'support', 'read-worker.ts'), file, mode],
    {
      encoding: 'utf8',
    },
  );
  const figures = JSON.parse(out.trim().split('\n').pop()!) as ReadFigures;
  if (figures.events !== EVENTS)
    throw new Error(`${mode} read saw ${figures.events} events, expected ${EVENTS}`);
  return figures;
}

function verdict(name: string, value: number, target: string, met: boolean): void {
  console.log(`  ${met ? 'MET ' : 'MISS'}  ${name}: ${value.toFixed(2)} (target ${target})`);
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'chancery-bench-'));
  try {
    console.log(
      `store bench: ${RUNS} runs, ${SECONDS}s per append run, ${fmt(EVENTS)} events to read, dir ${dir}`,
    );
    const file = (name: string, run: number) => join(dir, `${name}-${run}.sqlite`);

    // Interleaved run by run: the disk's fsync rate drifts with whatever else the machine does,
    // so each ratio compares figures taken moments apart.
    const raw: number[] = [];
    const one: number[] = [];
    const many: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      raw.push(rawInsertRate(file('raw', run), SECONDS));
      one.push(await storeAppendRate(file('one', run), 1, SECONDS));
      many.push(await storeAppendRate(file('many', run), 64, SECONDS));
    }
    const runs = (values: number[]) => `runs ${values.map(fmt).join(', ')}`;
    console.log(`raw insert, 1 FULL-sync transaction each: ${fmt(median(raw))}/s   ${runs(raw)}`);
    console.log(`store append, 1 appender:                 ${fmt(median(one))}/s   ${runs(one)}`);
    console.log(`store append, 64 appenders:               ${fmt(median(many))}/s   ${runs(many)}`);
    const appendRatio = median(many.map((m, run) => m / raw[run]));

    const log = join(dir, 'log.sqlite');
    const fillStarted = Date.now();
    await fillLog(log, EVENTS);
    console.log(
      `filled the log: ${fmt(EVENTS)} events, ${fmt(statSync(log).size / 2 ** 20)} MB, in ${((Date.now() - fillStarted) / 1000).toFixed(1)}s`,
    );

    const rawReads: ReadFigures[] = [];
    const storeReads: ReadFigures[] = [];
    for (let run = 0; run < RUNS; run++) {
      // Alternated so that neither reader always meets a warmer page cache.
      rawReads.push(readInChild(log, 'raw'));
      storeReads.push(readInChild(log, 'store'));
    }
    const rawRead = median(rawReads.map((r) => r.perSecond));
    const storeRead = median(storeReads.map((r) => r.perSecond));
    const readRatio = median(storeReads.map((r, run) => r.perSecond / rawReads[run].perSecond));
    const peakRss = Math.max(...storeReads.map((r) => r.peakRssMb));
    console.log(
      `raw read + JSON.parse:                  ${fmt(rawRead)} events/s   runs ${rawReads.map((r) => fmt(r.perSecond)).join(', ')}`,
    );
    console.log(
      `store readAll:                          ${fmt(storeRead)} events/s   runs ${storeReads.map((r) => fmt(r.perSecond)).join(', ')}`,
    );
    console.log(
      `peak RSS while reading through the store: ${fmt(peakRss)} MB (max of runs; raw reader ${fmt(Math.max(...rawReads.map((r) => r.peakRssMb)))} MB)`,
    );

    console.log('targets:');
    verdict(
      '64-appender rate / raw per-insert rate (median of per-run ratios)',
      appendRatio,
      '>= 3',
      appendRatio >= 3,
    );
    verdict(
      'store read rate / raw read rate (median of per-run ratios)',
      readRatio,
      '>= 0.5',
      readRatio >= 0.5,
    );
    verdict('peak RSS while reading, MB', peakRss, '< 300', peakRss < 300);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
