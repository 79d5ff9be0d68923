import { upcastEvent } from '@chancery/diplomacy';
import type { RecordedEvent } from '@chancery/event-store';
import type { Projection, ReadModelWriter, StreamHistory } from '@chancery/projections';
import { factsBefore } from '../shared/records';
import { DOCUMENTS, type SearchDocument, type SearchKind } from './search-documents';
import { searchTerms } from './search-terms';

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

const termsOf = (d: SearchDocument) => searchTerms(d.title, d.detail, ...(d.extra ?? []));

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
    },
    // A correction changes what a record says, not when it was first recorded or by whom.
    { recorded_at: 'keep', recorded_by: 'keep', recorded_position: 'keep' },
  );
  for (const term of termsOf(d)) tx.upsert('terms', { term, record_id: id });
}

function unindex(tx: ReadModelWriter, id: string, d: SearchDocument): void {
  for (const term of termsOf(d)) tx.delete('terms', { term, record_id: id });
}

/**
 * Search across every record kind: one row per live record (its title and detail in words, date,
 * classification, when and by whom it was recorded) and one per word it is found by. A word is
 * matched by prefix through the `terms` key, so "lux" finds Luxembourg with an index range scan.
 * Corrections re-index the record; retractions remove it.
 */
export const searchProjection: Projection = {
  name: 'search',
  upcast: upcastEvent,
  // 2: an acronym equal to the name is not repeated; a source's date is not in its detail.
  version: 2,
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
      },
      primaryKey: ['record_id'],
      indexes: [['recorded_position'], ['kind', 'date']],
    },
    {
      name: 'terms',
      columns: { term: 'text', record_id: 'text' },
      primaryKey: ['term', 'record_id'],
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
  unindex(tx, id, documentOf(indexed.kind, before));
  if (event.type === indexed.retracted) return tx.delete('records', { record_id: id });
  const changes = event.data.changes as Record<string, unknown>;
  index(tx, id, documentOf(indexed.kind, { ...before, ...changes }), event);
}
