import type { ReadModelReader, Row, Where } from '@chancery/projections';
import { SEARCH_KINDS, searchTerms, startingWith, type SearchKind } from '@chancery/read-models';
import type { Classification } from '@chancery/identity';
import { visibleTo } from '../shared/clearance';

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
  const words = searchTerms(text);
  const where: Where = { words: startingWith(words), ...visibleTo(levels) };
  const kinds = words.length
    ? await reader.aggregate('records', {
        where,
        groupBy: ['kind'],
        measures: { n: ['count', 'record_id'] },
      })
    : [];
  const byKind = Object.fromEntries(kinds.map((r) => [String(r.kind), Number(r.n)]));
  const kindsShown = page.kind ? [page.kind] : SEARCH_KINDS.filter((k) => byKind[k]);
  const total = kindsShown.reduce((sum, k) => sum + (byKind[k] ?? 0), 0);
  const rows: Row[] = [];
  // Kind by kind (places and people before what happened), by title within a kind: the page is
  // the window [offset, offset + limit) of that order, read from the kinds it spans.
  let skipped = 0;
  for (const kind of kindsShown) {
    const count = byKind[kind] ?? 0;
    const from = Math.max(0, page.offset - skipped);
    const want = page.limit - rows.length;
    skipped += count;
    if (from >= count || want <= 0) continue;
    rows.push(
      ...(await reader.select('records', {
        where: { ...where, kind },
        orderBy: [
          ['title', 'asc'],
          ['record_id', 'asc'],
        ],
        limit: want,
        offset: from,
      })),
    );
  }
  return { items: rows.map(hitOf), total, byKind };
}
