import type { ReadModelReader, Row, Where } from '@chancery/projections';
import { TopicNames } from '@chancery/read-models';

export interface TimelineItem {
  /** As precise as the source stated it (`2024-10`, `before 2024`), or null when not stated. */
  date: Row[string];
  /** The first and last day `date` may be (null: open end, or not stated). */
  dateFrom: string | null;
  dateTo: string | null;
  kind: Row[string];
  recordId: Row[string];
  title: Row[string];
  summary: Row[string];
  /** A meeting's format (`multilateral`, `video-call`) and named format (`C5+1 ministerial`). */
  format: Row[string];
  formatName: Row[string];
  counterparts: string[];
  /** Surviving topic slugs, and their labels as they stand (merges and renames followed). */
  topics: string[];
  topicLabels: string[];
  classification: Row[string];
}

/** Newest first by the first day a date may be; a record with no date stated comes last. */
export const newestFirst = (x: Row, y: Row): number => {
  const [dx, dy] = [String(x.sort_key ?? ''), String(y.sort_key ?? '')];
  if (dx !== dy) return dx < dy ? 1 : -1;
  const [ix, iy] = [String(x.record_id), String(y.record_id)];
  return ix < iy ? -1 : ix > iy ? 1 : 0;
};

const OPEN = new Set(['0001-01-01', '9999-12-31']);
const day = (value: Row[string]) => (typeof value === 'string' && !OPEN.has(value) ? value : null);

export function timelineItem(r: Row, party: string | null, names: TopicNames): TimelineItem {
  const topics = names.survivors(r.topics as string[]);
  return {
    date: r.date ?? null,
    dateFrom: day(r.date_from),
    dateTo: day(r.date_to),
    kind: r.kind,
    recordId: r.record_id,
    title: r.title,
    summary: r.summary,
    format: r.format ?? null,
    formatName: r.format_name ?? null,
    counterparts: (r.parties as string[]).filter((p) => p !== party),
    topics,
    topicLabels: topics.map((t) => names.label(t)),
    classification: r.classification,
  };
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
        ['sort_key', 'desc'],
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
    .sort(newestFirst)
    .slice(offset, offset + limit)
    .map((r) => timelineItem(r, party, names));
  return { items, total };
}
