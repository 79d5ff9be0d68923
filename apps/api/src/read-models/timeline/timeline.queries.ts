import type { ReadModelReader, Row, Where } from '@chancery/projections';
import { newestFirst } from '../shared/newest-first';

export interface TimelineItem {
  date: Row[string];
  kind: Row[string];
  recordId: Row[string];
  title: Row[string];
  summary: Row[string];
  counterparts: string[];
  topics: Row[string];
  classification: Row[string];
}

/**
 * A page of `party`'s timeline. A record's row names up to two of its parties (`party` and
 * `partner`), so the page is merged from the first `offset + limit` rows found on each side.
 */
export async function timelinePage(
  reader: ReadModelReader,
  party: string,
  filter: Where,
  limit: number,
  offset: number,
) {
  const rows: Row[] = [];
  let total = 0;
  for (const side of ['party', 'partner']) {
    const where = { ...filter, [side]: party };
    rows.push(
      ...(await reader.select('entries', {
        where,
        orderBy: [
          ['date', 'desc'],
          ['record_id', 'asc'],
        ],
        limit: offset + limit,
      })),
    );
    total += await reader.count('entries', where);
  }
  const items: TimelineItem[] = rows
    .sort(newestFirst('record_id'))
    .slice(offset, offset + limit)
    .map((r) => ({
      date: r.date,
      kind: r.kind,
      recordId: r.record_id,
      title: r.title,
      summary: r.summary,
      counterparts: (r.parties as string[]).filter((p) => p !== party),
      topics: r.topics,
      classification: r.classification,
    }));
  return { items, total };
}
