/**
 * `npx tsx bench/drafts/seed-diff.ts`: drafts the seed release as `POST /drafts` does (the items
 * `draftItems` makes) and prints, item by item, how each differs from the hand-coded seed
 * (`bench/drafts/seed.expected.json`, written from examples/seed-visit/fixture.ts).
 */
import { draftFromText } from '@chancery/drafting';
import { draftItems } from '../../apps/api/src/record/drafts/draft-items';
import { gazetteer, loadCorpus } from './corpus';
import { sideKey } from './score';

const key = sideKey(gazetteer);

type Json = unknown;

/** Every path where the two values differ, with both values. */
export function differences(draft: Json, coded: Json, at = ''): string[] {
  if (JSON.stringify(draft) === JSON.stringify(coded)) return [];
  const isObj = (x: Json) => x !== null && typeof x === 'object';
  if (!isObj(draft) || !isObj(coded))
    return [`${at || '.'}: draft ${JSON.stringify(draft)} | coded ${JSON.stringify(coded)}`];
  const keys = new Set([...Object.keys(draft as object), ...Object.keys(coded as object)]);
  return [...keys].flatMap((k) =>
    differences(
      (draft as Record<string, Json>)[k],
      (coded as Record<string, Json>)[k],
      `${at}.${k}`,
    ),
  );
}

function main(): void {
  const seed = loadCorpus().texts.find((t) => t.id.startsWith('seed/'))!;
  const coded = seed.expected as Record<string, Json[]>;
  const draft = draftFromText(seed.body, seed.meta, gazetteer);
  const items = draftItems(draft, { url: null, ...seed.meta } as never, seed.body);
  for (const kind of ['visits', 'meetings', 'pledges', 'statements', 'indicators']) {
    const mine = items.filter((i) => i.kind === kind);
    const theirs = coded[kind] ?? [];
    console.log(`\n== ${kind}: drafted ${mine.length}, coded ${theirs.length}`);
    // each drafted item against the coded one of the same parties (pledges) or the next one left
    const free = theirs.map((_, i) => i);
    const whose = (v: unknown) => key(((v ?? {}) as { by?: string }).by ?? null);
    for (const item of mine) {
      const at =
        kind === 'pledges' ? free.findIndex((i) => whose(theirs[i]) === whose(item.value)) : 0;
      const c = at < 0 || !free.length ? null : free.splice(at, 1)[0];
      const d = c === null ? ['no coded counterpart'] : differences(item.value, theirs[c]);
      console.log(`${item.path} ~ coded ${kind}.${c}: ${d.length ? 'DIFFERS' : 'same'}`);
      for (const line of d) console.log(`   ${line}`);
    }
    for (const c of free) console.log(`coded ${kind}.${c}: not drafted`);
  }
}

if (require.main === module) main();
