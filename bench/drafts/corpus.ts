import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { COMMON_ORGANISATIONS, type Gazetteer, type SourceMeta } from '@chancery/drafting';
import { organisations as seedDirectory } from '../../examples/seed-visit/fixture';

export interface BenchText {
  id: string;
  meta: SourceMeta;
  body: string;
  expected: unknown;
}

export interface Corpus {
  texts: BenchText[];
  skipped: { id: string; why: string }[];
}

const SHARED = process.env.CHANCERY_SHARED ?? join(__dirname, '..', '..', '..', 'shared');
export const RELEASES = join(SHARED, 'press-releases');
export const CACHE = join(__dirname, '..', '.cache', 'press-releases');
const SEED = join(SHARED, 'seed');

/** `Source:` / `Publisher:` / `Published:` header, `---`, then the body (absent for 01-08). */
export function parseRelease(file: string): { meta: SourceMeta; body: string | null } {
  const raw = readFileSync(file, 'utf8');
  const cut = raw.indexOf('\n---\n');
  const header = raw.slice(0, cut);
  const field = (name: string) =>
    new RegExp(`^${name}:\\s*(.*)$`, 'm').exec(header)?.[1]?.trim() ?? null;
  const published = field('Published');
  const body = raw.slice(cut + 5);
  return {
    meta: {
      url: field('Source'),
      publisher: field('Publisher'),
      published: published && /^\d{4}/.test(published) ? published : null,
    },
    body: body.startsWith('(Body not kept here') ? null : body,
  };
}

export function loadCorpus(): Corpus {
  const texts: BenchText[] = [];
  const skipped: Corpus['skipped'] = [];
  for (const file of readdirSync(RELEASES)
    .filter((f) => f.endsWith('.txt'))
    .sort()) {
    const id = file.replace(/\.txt$/, '');
    const expected = JSON.parse(readFileSync(join(RELEASES, `${id}.expected.json`), 'utf8'));
    let { meta, body } = parseRelease(join(RELEASES, file));
    if (body === null) {
      const cached = join(CACHE, file);
      if (existsSync(cached)) ({ meta, body } = parseRelease(cached));
      else {
        skipped.push({ id, why: `body not in ${CACHE}` });
        continue;
      }
    }
    texts.push({
      id,
      meta: { ...meta, title: expected.source?.title ?? null },
      body: body!,
      expected,
    });
  }
  for (const file of existsSync(SEED) ? readdirSync(SEED).filter((f) => f.endsWith('.txt')) : []) {
    const body = readFileSync(join(SEED, file), 'utf8');
    const expected = JSON.parse(readFileSync(join(__dirname, 'seed.expected.json'), 'utf8'));
    texts.push({ id: `seed/${file.replace(/\.txt$/, '')}`, meta: expected.source, body, expected });
  }
  return { texts, skipped };
}

/** The project's directory as a deployment with the seed loaded holds it, beside the common bodies. */
export const gazetteer: Gazetteer = {
  organisations: [
    ...seedDirectory.map((o) => ({
      name: o.body.name,
      acronym: o.body.acronym,
      code: o.body.acronym === 'EU' ? 'EU' : (o.body.acronym ?? o.body.name),
    })),
    ...COMMON_ORGANISATIONS.filter((c) => !seedDirectory.some((o) => o.body.name === c.name)),
  ],
};
