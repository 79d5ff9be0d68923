import { upcastEvent } from '@chancery/diplomacy';
import type { RecordedEvent } from '@chancery/event-store';
import type { Projection, ReadModelWriter, StreamHistory } from '@chancery/projections';
import { factsBefore } from '../shared/records';
import { DOCUMENTS, type SearchDocument, type SearchKind } from './search-documents';
import { searchTerms, wordsText } from './search-terms';

interface Indexed {
  kind: SearchKind;
  /** The field of its events naming the record. */
  id: string;
  recorded: string;
  corrected?: string;
  retracted?: string;
}

const KINDS: Indexed[] = [
  { kind: 'country', id: 'code', recorded: 'CountryRegistered' },
  ...(
    [
      ['organisation', 'organisationId', 'Organisation', 'Registered'],
      ['person', 'personId', 'Person', 'Registered'],
      ['source', 'sourceId', 'Source', 'Registered'],
      ['visit', 'visitId', 'Visit', 'Recorded'],
      ['meeting', 'meetingId', 'Meeting', 'Recorded'],
      ['statement', 'statementId', 'Statement', 'Recorded'],
      ['indicator', 'indicatorId', 'Indicator', 'Recorded'],
    ] as const
  ).map(([kind, id, prefix, recorded]) => ({
    kind,
    id,
    recorded: `${prefix}${recorded}`,
    corrected: `${prefix}Corrected`,
    retracted: `${prefix}Retracted`,
  })),
  {
    kind: 'pledge',
    id: 'pledgeId',
    recorded: 'CooperationPledged',
    corrected: 'PledgeCorrected',
    retracted: 'PledgeRetracted',
  },
];

const BY_EVENT = new Map<string, Indexed>(
  KINDS.flatMap((k) =>
    [k.recorded, k.corrected, k.retracted].filter((t): t is string => !!t).map((t) => [t, k]),
  ),
);

const documentOf = (kind: SearchKind, facts: unknown): SearchDocument =>
  (DOCUMENTS[kind] as (facts: unknown) => SearchDocument)(facts);

const wordsOf = (d: SearchDocument) =>
  wordsText(searchTerms(d.title, d.detail, ...(d.extra ?? [])));

function index(tx: ReadModelWriter, id: string, d: SearchDocument, event: RecordedEvent): void {
  tx.upsert(
    'records',
    {
      record_id: id,
      kind: d.kind,
      title: d.title,
      detail: d.detail,
      date: d.date,
      classification: d.classification,
      recorded_at: event.metadata.recordedAt,
      recorded_by: event.metadata.actor,
      recorded_position: event.position,
      words: wordsOf(d),
    },
    // A correction changes what a record says, not when it was first recorded or by whom.
    { recorded_at: 'keep', recorded_by: 'keep', recorded_position: 'keep' },
  );
}

/**
 * Search across every record kind: one row per live record (its title and detail in words, date,
 * classification, when and by whom it was recorded, and the words it is found by). A word is
 * matched by prefix in `words`, so "lux" finds Luxembourg. A search scans the records (about
 * 10 ms per 100,000): a row per word and record, range-scanned by prefix, made a rebuild
 * write 3.5 times as many rows and cost 2 s more CPU per 100,000 events
 * (docs/decisions/2026-12-02-search-words-column.md). Corrections re-index the record;
 * retractions remove it.
 */
export const searchProjection: Projection = {
  name: 'search',
  upcast: upcastEvent,
  // 2: an acronym equal to the name is not repeated; a source's date is not in its detail.
  // 3: a record's words are a column of its row, not rows of their own.
  version: 3,
  onPoison: 'skip',
  tables: [
    {
      name: 'records',
      columns: {
        record_id: 'text',
        kind: 'text',
        title: 'text',
        detail: 'text',
        date: 'text',
        classification: 'text',
        recorded_at: 'text',
        recorded_by: 'text',
        /** Its place in the log: "recorded lately" is newest first by this, not by a clock. */
        recorded_position: 'integer',
        words: 'text',
      },
      primaryKey: ['record_id'],
      indexes: [['recorded_position'], ['kind', 'date']],
    },
  ],
  handles: [...BY_EVENT.keys()],
  apply(event: RecordedEvent, tx: ReadModelWriter, history: StreamHistory) {
    const indexed = BY_EVENT.get(event.type);
    if (!indexed) return;
    const id = String(event.data[indexed.id]);
    if (event.type === indexed.recorded)
      return index(tx, id, documentOf(indexed.kind, event.data), event);
    return reindex(indexed, id, event, tx, history);
  },
};

async function reindex(
  indexed: Indexed,
  id: string,
  event: RecordedEvent,
  tx: ReadModelWriter,
  history: StreamHistory,
): Promise<void> {
  const before = await factsBefore<Record<string, unknown>>(event, history);
  if (!before) return;
  if (event.type === indexed.retracted) return tx.delete('records', { record_id: id });
  const changes = event.data.changes as Record<string, unknown>;
  index(tx, id, documentOf(indexed.kind, { ...before, ...changes }), event);
}
