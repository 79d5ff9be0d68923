import type { EventStore, RecordedEvent } from '@chancery/event-store';
import type { ReadModelReader } from '@chancery/projections';
import { partnershipsProjection } from '@chancery/read-models';
import { MemoryReadModel } from './memory-read-model';
import { readWholeStream } from './read-streams';
import { asKnown, type AsKnown } from './record-as-known';
import { canSee, type Clearance } from '@chancery/identity';
import { streamClassification } from '../history/record-kinds';

export type PartnershipModel = {
  /** The partnership read model's tables, built in memory from the pair's streams only. */
  model: MemoryReadModel;
  /** Streams and events read that the viewer may see (those above their clearance are not counted). */
  streamsRead: number;
  eventsRead: number;
  eventsApplied: number;
};

/** `kaz` and `KAZ` are the same country; organisation ids are kept as given. */
export const normaliseParty = (party: string) =>
  /^[A-Za-z]{3}$/.test(party) ? party.toUpperCase() : party;

/**
 * The streams that concern a pair, from the party → streams index: every record naming both,
 * the two parties' own streams, and the follow-ups hanging off those records.
 */
export async function pairStreams(index: ReadModelReader, a: string, b: string): Promise<string[]> {
  const [ofA, ofB] = await Promise.all(
    [a, b].map((party) => index.select('party_streams', { where: { party } })),
  );
  const named = new Set(ofB.map((row) => String(row.stream_id)));
  const own = [`country-${a}`, `organisation-${a}`, `country-${b}`, `organisation-${b}`];
  const shared = ofA
    .map((row) => String(row.stream_id))
    .filter((s) => named.has(s) && !own.includes(s));
  const selves = own.filter((s) => named.has(s) || ofA.some((row) => row.stream_id === s));
  const linked = shared.length
    ? await index.select('linked_streams', { where: { stream_id: { in: shared } } })
    : [];
  return [...new Set([...shared, ...selves, ...linked.map((row) => String(row.linked_stream_id))])];
}

/** People a record names as taking part: their names and posts are part of the partnership. */
function peopleIn(events: RecordedEvent[]): string[] {
  const ids = new Set<string>();
  for (const { type, data } of events) {
    const facts = (type.endsWith('Corrected') ? (data.changes ?? {}) : data) as Record<
      string,
      unknown
    >;
    for (const p of (facts.participants as
      Array<{ party: { kind: string; id: string } | null }> | undefined) ?? []) {
      if (p.party?.kind === 'person') ids.add(p.party.id);
    }
    const delegation = facts.delegation as
      { headId: string | null; memberIds: string[] } | undefined;
    if (delegation) [delegation.headId, ...delegation.memberIds].forEach((id) => id && ids.add(id));
  }
  return [...ids];
}

/**
 * Runs the partnership projection's own `apply` in memory over only the events of the pair's
 * streams that were known at `knownAt` (and had happened by `asOf`), in their global order.
 */
export async function partnershipAsKnown(
  store: EventStore,
  index: ReadModelReader,
  a: string,
  b: string,
  when: AsKnown,
  viewer: { clearance: Clearance },
): Promise<PartnershipModel> {
  const streams = await pairStreams(index, a, b);
  const records = await Promise.all(streams.map((s) => readWholeStream(store, s)));
  const people = peopleIn(records.flat())
    .map((id) => `person-${id}`)
    .filter((s) => !streams.includes(s));
  const persons = await Promise.all(people.map((s) => readWholeStream(store, s)));
  const loaded = [...records, ...persons];
  const all = loaded.flat();
  const applied = asKnown(
    all.sort((x, y) => x.position - y.position),
    when,
  );
  const model = new MemoryReadModel(partnershipsProjection.tables);
  const handles = new Set(partnershipsProjection.handles);
  // A stream's past is read from what was loaded, so `knownAt` also bounds what a correction sees.
  // Read as the projection reads them live: older event versions upcast to the current shape.
  const upcast = partnershipsProjection.upcast ?? ((e: RecordedEvent) => e);
  const history = async (event: RecordedEvent) =>
    applied
      .filter((e) => e.streamId === event.streamId && e.revision < event.revision)
      .map(upcast);
  for (const event of applied) {
    if (!handles.has(event.type)) continue;
    const pending = partnershipsProjection.apply(upcast(event), model, history);
    if (pending) await pending;
  }
  // The counts, like the summary, say nothing of streams the viewer may not see.
  const seen = new Set(
    [...streams, ...people].filter((s, i) => canSee(viewer, streamClassification(s, loaded[i]))),
  );
  return {
    model,
    streamsRead: seen.size,
    eventsRead: all.filter((e) => seen.has(e.streamId)).length,
    eventsApplied: applied.filter((e) => seen.has(e.streamId)).length,
  };
}
