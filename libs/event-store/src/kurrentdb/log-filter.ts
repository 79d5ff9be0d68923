import {
  eventTypeFilter,
  excludeSystemEvents,
  streamNameFilter,
  type Filter,
} from '@kurrent/kurrentdb-client';
import type { RecordedEvent } from '../envelope';
import type { LogFilter } from '../event-store.port';

export interface ServerSideFilter {
  /** Sent to the server: it filters on event type or on stream name, never both at once. */
  server: Filter;
  /** What the server filter could not express, applied to what it returns; null when nothing is left. */
  residual: ((event: RecordedEvent) => boolean) | null;
}

const escapeRegex = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const isSystemType = (type: string) => type.startsWith('$');

/**
 * Our reads of the global log never see system events ($-types, as a fresh node already holds).
 * Types go to the server as an anchored regex that cannot match a $-type; prefixes alone go as a
 * stream-name prefix filter, and the few $-typed events in user streams (a tombstone's
 * `$streamDeleted`) are dropped here.
 */
export function toServerFilter(filter: LogFilter | undefined): ServerSideFilter {
  // An empty list filters nothing, as in the embedded store.
  const types = filter?.eventTypes?.length ? filter.eventTypes : null;
  const prefixes = filter?.streamPrefixes?.length ? filter.streamPrefixes : null;
  if (types) {
    // Anchored and never starting with `$`, so a system type cannot match.
    const regex = `^(?!\\$)(?:${types.map(escapeRegex).join('|')})$`;
    return {
      server: eventTypeFilter({ regex }),
      residual: prefixes ? (e) => prefixes.some((p) => e.streamId.startsWith(p)) : null,
    };
  }
  if (prefixes) {
    return { server: streamNameFilter({ prefixes }), residual: (e) => !isSystemType(e.type) };
  }
  return { server: excludeSystemEvents(), residual: null };
}
