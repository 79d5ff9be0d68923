import type { RecordedEvent } from '@chancery/event-store';
import type { Projection, ReadModelWriter } from '@chancery/projections';

/** A small projection for engine tests: counts per stream, one row per event, and a poison switch. */
export function tally(onPoison: Projection['onPoison'] = 'skip', version = 1): Projection {
  return {
    name: 'tally',
    version,
    onPoison,
    handles: ['Counted', 'Renamed'],
    tables: [
      {
        name: 'counts',
        columns: { stream_id: 'text', n: 'integer', label: 'text' },
        primaryKey: ['stream_id'],
      },
      {
        name: 'seen',
        columns: { position: 'integer', stream_id: 'text', data: 'json' },
        primaryKey: ['position'],
      },
    ],
    apply(event: RecordedEvent, tx: ReadModelWriter) {
      if (event.data.poison) throw new Error('cannot count this');
      if (event.type === 'Renamed') return rename(event, tx);
      tx.upsert('counts', { stream_id: event.streamId, n: 1 }, { n: 'add' });
      tx.insert('seen', { position: event.position, stream_id: event.streamId, data: event.data });
    },
  };
}

async function rename(event: RecordedEvent, tx: ReadModelWriter) {
  const row = await tx.get('counts', { stream_id: event.streamId });
  if (row)
    tx.update(
      'counts',
      { stream_id: event.streamId },
      { label: `${String(event.data.label)} (${String(row.n)})` },
    );
}

/**
 * `tally` with a fix deployed: an event it poisoned on counts as nothing once `fixed` says so of
 * its `poison` mark (a value, so one of several may be fixed at a time).
 */
export function fixableTally(
  fixed: (poison: unknown) => boolean,
  onPoison: Projection['onPoison'] = 'stop',
  version = 1,
): Projection {
  const base = tally(onPoison, version);
  return {
    ...base,
    apply: (event, tx, history) =>
      event.data.poison && fixed(event.data.poison) ? undefined : base.apply(event, tx, history),
  };
}
