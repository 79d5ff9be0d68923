import type { RecordedEvent } from '@chancery/event-store';
import { fold, type RecordFold } from '../history/record-kinds';
import { happenedBy, recordedBy } from './happened-on';

/** `knownAt`: only events recorded by that instant; `asOf`: only what had happened by that day. */
export type AsKnown = { knownAt?: Date; asOf?: string };

export type RecordAsKnown = {
  streamId: string;
  knownAt: string | null;
  asOf: string | null;
  /** The last event that went into the state, or null when none did. */
  revision: number | null;
  eventsApplied: number;
  state: unknown;
};

/** Narrows a set of events to what was known at `knownAt` about what had happened by `asOf`. */
export function asKnown(events: RecordedEvent[], { knownAt, asOf }: AsKnown): RecordedEvent[] {
  const known = knownAt ? recordedBy(events, knownAt) : events;
  return asOf ? happenedBy(known, asOf) : known;
}

/** One record's state as it was known, folded in memory with the domain's own `evolve`. */
export function recordAsKnown(kind: RecordFold, streamId: string, events: RecordedEvent[], when: AsKnown): RecordAsKnown {
  const applied = asKnown(events, when);
  return {
    streamId,
    knownAt: when.knownAt?.toISOString() ?? null,
    asOf: when.asOf ?? null,
    revision: applied.at(-1)?.revision ?? null,
    eventsApplied: applied.length,
    state: fold(kind, applied),
  };
}
