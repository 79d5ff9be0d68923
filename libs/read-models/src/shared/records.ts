import type { RecordedEvent } from '@chancery/event-store';
import type { ReadModelWriter, StreamHistory } from '@chancery/projections';
import type { PartyRef } from '@chancery/diplomacy';

/**
 * A correction or retraction carries only the record's id and changes: the facts as they stood
 * are read back from the record's own stream (immutable, so rebuilds see the same). `clear`
 * deletes exactly the rows `derive` wrote from those facts, each by its full key, so no table
 * needs a second index on the record id (each one costs a random insert per row written).
 */
export interface Derivation<F> {
  derive(tx: ReadModelWriter, id: string, facts: F): void;
  clear(tx: ReadModelWriter, id: string, facts: F): void;
}

export function recorded<F extends object>(
  tx: ReadModelWriter,
  id: string,
  facts: F,
  how: Derivation<F>,
): void {
  how.derive(tx, id, facts);
}

/** The record's facts as its stream stood before `event`: the first event's data, corrections merged in order. */
export async function factsBefore<F>(
  event: RecordedEvent,
  history: StreamHistory,
): Promise<F | null> {
  const [first, ...rest] = await history(event);
  if (!first) return null;
  let facts = { ...first.data } as F;
  for (const e of rest)
    if (e.type.endsWith('Corrected')) facts = { ...facts, ...(e.data.changes as Partial<F>) };
  return facts;
}

export async function corrected<F extends object>(
  tx: ReadModelWriter,
  id: string,
  event: RecordedEvent,
  history: StreamHistory,
  how: Derivation<F>,
): Promise<void> {
  const facts = await factsBefore<F>(event, history);
  if (!facts) return;
  how.clear(tx, id, facts);
  how.derive(tx, id, { ...facts, ...(event.data.changes as Partial<F>) });
}

export async function retracted<F>(
  tx: ReadModelWriter,
  id: string,
  event: RecordedEvent,
  history: StreamHistory,
  how: Derivation<F>,
): Promise<void> {
  const facts = await factsBefore<F>(event, history);
  if (facts) how.clear(tx, id, facts);
}

/** A record kind as a projection sees it: its three lifecycle events, the field naming its id, its rows. */
export interface RecordKind {
  recorded: string;
  corrected: string;
  retracted: string;
  id: string;
  how: Derivation<object>;
}

/**
 * The recorded / corrected / retracted dispatch for several record kinds at once: `handles`
 * lists their events; `apply` does nothing for an event none of them has.
 */
export function recordKinds(kinds: RecordKind[]) {
  type Step = (
    event: RecordedEvent,
    tx: ReadModelWriter,
    history: StreamHistory,
  ) => void | Promise<void>;
  const steps = new Map<string, Step>();
  for (const kind of kinds) {
    const id = (event: RecordedEvent) => String(event.data[kind.id]);
    steps.set(kind.recorded, (e, tx) => recorded(tx, id(e), e.data, kind.how));
    steps.set(kind.corrected, (e, tx, history) => corrected(tx, id(e), e, history, kind.how));
    steps.set(kind.retracted, (e, tx, history) => retracted(tx, id(e), e, history, kind.how));
  }
  return {
    handles: [...steps.keys()],
    apply: (event: RecordedEvent, tx: ReadModelWriter, history: StreamHistory) =>
      steps.get(event.type)?.(event, tx, history),
  };
}

/** Events carry plain JSON; the catalogue's types say what shape it has. */
export const dataOf = <T>(event: RecordedEvent) => event.data as unknown as T;

/** Countries are keyed by their upper-case alpha-3 code, organisations and people by id: they never collide. */
export const partyKey = (ref: PartyRef) => (ref.kind === 'country' ? ref.id.toUpperCase() : ref.id);

/** Every unordered pair of distinct parties among `sides` (countries and organisations, not people). */
export function pairsOf(sides: PartyRef[]): Array<[PartyRef, PartyRef]> {
  const unique = new Map<string, PartyRef>();
  for (const side of sides) if (side.kind !== 'person') unique.set(partyKey(side), side);
  const list = [...unique.values()];
  const pairs: Array<[PartyRef, PartyRef]> = [];
  for (let i = 0; i < list.length; i++)
    for (let j = i + 1; j < list.length; j++) pairs.push([list[i], list[j]]);
  return pairs;
}
