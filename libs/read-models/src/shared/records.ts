import type { RecordedEvent } from '@chancery/event-store';
import type { ReadModelWriter, TableSpec } from '@chancery/projections';
import type { PartyRef } from '@chancery/diplomacy';

/**
 * Each projection keeps the facts of the records it derives rows from, because a correction
 * carries only the changed fields: the rows are cleared and derived again from the merged facts.
 * Every derived row carries its record's id, so clearing is a delete by that id.
 */
export const RECORDS: TableSpec = {
  name: 'records',
  columns: { record_id: 'text', facts: 'json' },
  primaryKey: ['record_id'],
};

export interface Derivation<F> {
  derive(tx: ReadModelWriter, id: string, facts: F): void;
  clear(tx: ReadModelWriter, id: string): void;
}

export function recorded<F extends object>(
  tx: ReadModelWriter,
  id: string,
  facts: F,
  how: Derivation<F>,
): void {
  tx.upsert('records', { record_id: id, facts: facts as never });
  how.derive(tx, id, facts);
}

export async function corrected<F extends object>(
  tx: ReadModelWriter,
  id: string,
  changes: Partial<F>,
  how: Derivation<F>,
): Promise<void> {
  const row = await tx.get('records', { record_id: id });
  if (!row) return;
  how.clear(tx, id);
  recorded(tx, id, { ...(row.facts as F), ...changes }, how);
}

export function retracted<F>(tx: ReadModelWriter, id: string, how: Derivation<F>): void {
  how.clear(tx, id);
  tx.delete('records', { record_id: id });
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
