import type { ReadModelReader, Row, Where } from '@chancery/projections';
import { prefixRange, searchTerms, type SearchKind } from '@chancery/read-models';
import type { Classification } from '@chancery/identity';
import { visibleTo } from '../shared/clearance';

/** How many records one word may match before the others narrow them: search, not export. */
const WORD_MATCH_LIMIT = 5000;

export interface SearchHit {
  kind: string;
  id: string;
  title: string;
  detail: string | null;
  date: string | null;
}

export const hitOf = (r: Row): SearchHit => ({
  kind: String(r.kind),
  id: String(r.record_id),
  title: String(r.title),
  detail: (r.detail as string | null) ?? null,
  date: (r.date as string | null) ?? null,
});

/**
 * The records whose words start with every word of `text`, among those the reader may see.
 * Counts (in total and per kind) are taken after the clearance filter, so a record above the
 * reader's clearance changes no number they are shown.
 */
export async function search(
  reader: ReadModelReader,
  text: string,
  levels: readonly Classification[],
  page: { kind?: SearchKind; limit: number; offset: number },
) {
  const ids = await matching(reader, searchTerms(text));
  const where: Where = { record_id: { in: ids }, ...visibleTo(levels) };
  const kinds = ids.length
    ? await reader.aggregate('records', {
        where,
        groupBy: ['kind'],
        measures: { n: ['count', 'record_id'] },
      })
    : [];
  const byKind = Object.fromEntries(kinds.map((r) => [String(r.kind), Number(r.n)]));
  const filtered = page.kind ? { ...where, kind: page.kind } : where;
  const rows = ids.length
    ? await reader.select('records', {
        where: filtered,
        orderBy: [
          ['title', 'asc'],
          ['record_id', 'asc'],
        ],
        limit: page.limit,
        offset: page.offset,
      })
    : [];
  const total = page.kind ? (byKind[page.kind] ?? 0) : Object.values(byKind).reduce((a, b) => a + b, 0);
  return { items: rows.map(hitOf), total, byKind };
}

async function matching(reader: ReadModelReader, words: string[]): Promise<string[]> {
  let found: Set<string> | null = null;
  // Longest words first: they match fewest records, so the intersection shrinks soonest.
  for (const word of [...words].sort((a, b) => b.length - a.length)) {
    const rows = await reader.select('terms', {
      where: { term: prefixRange(word) },
      limit: WORD_MATCH_LIMIT,
    });
    const ids = new Set(rows.map((r) => String(r.record_id)));
    found = found === null ? ids : new Set([...found].filter((id) => ids.has(id)));
    if (found.size === 0) break;
  }
  return [...(found ?? [])];
}
