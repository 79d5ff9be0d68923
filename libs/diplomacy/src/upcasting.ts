import { MEETING_UPCASTERS } from './meetings/upcasters';
import { PLEDGE_UPCASTERS } from './pledges/upcasters';
import { INDICATOR_UPCASTERS } from './indicators/upcasters';
import { ORGANISATION_UPCASTERS } from './organisations/upcasters';
import { STATEMENT_UPCASTERS } from './statements/upcasters';
import type { Upcaster } from './upcaster';
import { VISIT_UPCASTERS } from './visits/upcasters';

/**
 * Stored events are never rewritten: when an event's data changes shape, its type's schema
 * version is bumped and an upcaster turns the stored older version into the current one as it is
 * read (by deciders, projections and history views; `audit verify` hashes what is stored).
 * Each kind lists its upcasters beside its events and registers them in `UPCASTERS` below.
 */
export type { Upcaster } from './upcaster';

type Readable = { type: string; schemaVersion: number; data: object };

/** Upcasts through every step registered for the event's type, oldest first; untouched if none. */
export function upcasterOf(upcasters: readonly Upcaster[]) {
  const steps = new Map(upcasters.map((u) => [`${u.type}@${u.from}`, u]));
  return function upcast<E extends Readable>(event: E): E {
    let step = steps.get(`${event.type}@${event.schemaVersion}`);
    if (!step) return event;
    let data = event.data as Record<string, unknown>;
    let version = event.schemaVersion;
    while (step) {
      data = step.upcast(data);
      version += 1;
      step = steps.get(`${event.type}@${version}`);
    }
    return { ...event, schemaVersion: version, data };
  };
}

/** Every upcaster of the diplomatic record. */
export const UPCASTERS: readonly Upcaster[] = [
  ...PLEDGE_UPCASTERS,
  ...MEETING_UPCASTERS,
  ...VISIT_UPCASTERS,
  ...STATEMENT_UPCASTERS,
  ...ORGANISATION_UPCASTERS,
  ...INDICATOR_UPCASTERS,
];

export const upcastEvent = upcasterOf(UPCASTERS);
