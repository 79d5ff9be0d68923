import { upcastEvent } from '@chancery/diplomacy';
import type { RecordedEvent } from '@chancery/event-store';
import { changeList, type FieldChange } from './change-list';
import type { RecordFold } from './record-kinds';

export type HistoryEntry = {
  position: number;
  revision: number;
  eventId: string;
  type: string;
  schemaVersion: number;
  data: object;
  actor: string;
  recordedAt: string;
  correlationId: string;
  causationId: string | null;
  hash: string | null;
  prevHash: string | null;
  before: unknown;
  after: unknown;
  changes: FieldChange[];
};

/** Every event of a record, oldest first, with who recorded it when and what it changed. */
export function recordHistory(kind: RecordFold, events: RecordedEvent[]): HistoryEntry[] {
  let state = kind.initialState();
  return events.map((event) => {
    const before = state;
    const current = upcastEvent(event);
    state = kind.evolve(state, { type: current.type, data: current.data });
    const { metadata } = event;
    return {
      position: event.position,
      revision: event.revision,
      eventId: event.id,
      type: event.type,
      schemaVersion: event.schemaVersion,
      data: event.data,
      actor: metadata.actor,
      recordedAt: metadata.recordedAt,
      correlationId: metadata.correlationId,
      causationId: metadata.causationId,
      hash: typeof metadata.hash === 'string' ? metadata.hash : null,
      prevHash: typeof metadata.prevHash === 'string' ? metadata.prevHash : null,
      before,
      after: state,
      changes: changeList(before, state),
    };
  });
}
