/**
 * `npm run bench:drafts`: drafts every press release of ../shared/press-releases whose body is
 * present (01-08 from the git-ignored bench/.cache/press-releases, 09-12 from the folder) and the
 * seed, scores each draft against its `*.expected.json`, and prints precision and recall per kind
 * with the targets, and the time per text. BENCH_VERBOSE=1 prints every text's figures.
 */
import { draftFromText } from '@chancery/drafting';
import { performance } from 'node:perf_hooks';
import { gazetteer, loadCorpus } from './drafts/corpus';
import { add, KINDS, precision, recall, score, type Kind, type Tally } from './drafts/score';
import { median } from './support/measure';

const TARGETS: Record<Kind, number> = {
  participants: 0.8,
  'meeting dates': 0.8,
  quotes: 0.8,
  pledges: 0.6,
  indicators: 0.6,
};
const RUNS = Number(process.env.BENCH_RUNS ?? 7);
const VERBOSE = process.env.BENCH_VERBOSE === '1';

const pct = (x: number) => x.toFixed(2);

function main(): void {
  const { texts, skipped } = loadCorpus();
  for (const s of skipped) console.log(`skipped ${s.id}: ${s.why}`);
  const totals = Object.fromEntries(
    KINDS.map((k) => [k, { proposed: 0, expected: 0, matched: 0 }]),
  ) as Record<Kind, Tally>;
  const times: number[] = [];
  const cold = performance.now();
  draftFromText(texts[0].body, texts[0].meta, gazetteer);
  const coldMs = performance.now() - cold;
  console.log(`\n${texts.length} texts drafted (${RUNS} runs each, median time kept)\n`);
  console.log(
    `${'text'.padEnd(48)} chars   ms  ${KINDS.map((k) => k.slice(0, 12).padStart(13)).join('')}`,
  );
  for (const t of texts) {
    const runs: number[] = [];
    let draft = draftFromText(t.body, t.meta, gazetteer);
    for (let i = 0; i < RUNS; i++) {
      const start = performance.now();
      draft = draftFromText(t.body, t.meta, gazetteer);
      runs.push(performance.now() - start);
    }
    if (draft.status !== 'drafted') console.log(`  ${t.id}: empty draft: ${draft.reason}`);
    const ms = median(runs);
    times.push(ms);
    const s = score(draft, t.expected as never, gazetteer);
    for (const k of KINDS) totals[k] = add(totals[k], s[k]);
    const cells = KINDS.map((k) =>
      `${s[k].matched}/${s[k].proposed}/${s[k].expected}`.padStart(13),
    ).join('');
    console.log(
      `${t.id.slice(0, 47).padEnd(48)}${String(t.body.length).padStart(5)} ${ms.toFixed(1).padStart(5)} ${cells}`,
    );
    if (VERBOSE)
      console.log(
        JSON.stringify({ meetings: draft.meetings.length, pledges: draft.pledges.length }, null, 0),
      );
  }
  console.log(`${''.padEnd(48)}            (cells: matched/proposed/expected)\n`);
  console.log(`${'kind'.padEnd(16)} ${'P'.padStart(5)} ${'R'.padStart(5)}  target  verdict`);
  let met = true;
  for (const k of KINDS) {
    const p = precision(totals[k]);
    const r = recall(totals[k]);
    const ok = p >= TARGETS[k] && r >= TARGETS[k];
    met &&= ok;
    console.log(
      `${k.padEnd(16)} ${pct(p).padStart(5)} ${pct(r).padStart(5)}  ≥ ${TARGETS[k].toFixed(1)}   ${ok ? 'MET' : 'MISS'}`,
    );
  }
  const longest = texts.reduce((x, y) => (y.body.length > x.body.length ? y : x));
  console.log(
    `\ntime per text: median ${median(times).toFixed(1)} ms, max ${Math.max(...times).toFixed(1)} ms; first draft (builds the name matcher) ${coldMs.toFixed(0)} ms`,
  );
  console.log(
    `longest text: ${longest.id}, ${longest.body.length} chars, ${times[texts.indexOf(longest)].toFixed(1)} ms (target < 200 ms for 3,000 chars): ${Math.max(...times) < 200 ? 'MET' : 'MISS'}`,
  );
  console.log(
    met ? '\nall precision/recall targets met' : '\nsome precision/recall targets missed',
  );
}

main();
