import type { ReadModelReader, Row, Where } from '@chancery/projections';
import { TopicNames } from '@chancery/read-models';
import { newestFirst } from '../shared/newest-first';

export interface TimelineItem {
  date: Row[string];
  kind: Row[string];
  recordId: Row[string];
  title: Row[string];
  summary: Row[string];
  counterparts: string[];
  /** Surviving topic slugs, and their labels as they stand (merges and renames followed). */
  topics: string[];
  topicLabels: string[];
  classification: Row[string];
}

/**
 * A page of `party`'s timeline. A record's row names up to two of its parties (`party` and
 * `partner`), so the page is merged from the first `offset + limit` rows found on each side.
 * A `topic` (slug or label) keeps the rows filed under it or under a slug merged into it: topics
 * are a JSON list, so that filter reads all of the party's rows in range and pages in memory.
 */
export async function timelinePage(
  reader: ReadModelReader,
  party: string,
  filter: Where,
  limit: number,
  offset: number,
  topic?: string,
) {
  const names = await TopicNames.of(reader);
  const wanted = topic === undefined ? null : new Set(names.readAs(topic));
  const filed = (r: Row) => wanted === null || (r.topics as string[]).some((t) => wanted.has(t));
  let rows: Row[] = [];
  let total = 0;
  for (const side of ['party', 'partner']) {
    const where = { ...filter, [side]: party };
    const found = await reader.select('entries', {
      where,
      orderBy: [
        ['date', 'desc'],
        ['record_id', 'asc'],
      ],
      ...(wanted === null ? { limit: offset + limit } : {}),
    });
    rows.push(...found);
    if (wanted === null) total += await reader.count('entries', where);
  }
  if (wanted !== null) {
    rows = rows.filter(filed);
    total = rows.length;
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
      topics: names.survivors(r.topics as string[]),
      topicLabels: names.survivors(r.topics as string[]).map((t) => names.label(t)),
      classification: r.classification,
    }));
  return { items, total };
}
