import { jsonEvent, type JSONEventData, type ResolvedEvent } from '@kurrent/kurrentdb-client';
import type { EventMetadata, JsonObject, NewEvent, RecordedEvent } from '../envelope';
import { toPortPosition, toPortRevision } from './positions';

/** Stored inside the event's metadata JSON: KurrentDB has no field of its own for it. */
const SCHEMA_VERSION_KEY = '$schemaVersion';

export function toEventData(event: NewEvent, id: string): JSONEventData {
  return jsonEvent({
    id,
    type: event.type,
    data: event.data,
    metadata: { ...event.metadata, [SCHEMA_VERSION_KEY]: event.schemaVersion },
  });
}

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  !(value instanceof Uint8Array);

/** Events written by other tools may lack our envelope: they read back with empty objects and version 1. */
export function toRecordedEvent(resolved: ResolvedEvent): RecordedEvent {
  const event = resolved.event;
  if (!event)
    throw new RangeError('KurrentDB returned an unresolved link; links are not read by Chancery');
  const { [SCHEMA_VERSION_KEY]: schemaVersion, ...metadata } = isObject(event.metadata)
    ? event.metadata
    : {};
  return {
    id: event.id,
    type: event.type,
    schemaVersion: typeof schemaVersion === 'number' ? schemaVersion : 1,
    data: isObject(event.data) ? event.data : {},
    metadata: metadata as EventMetadata,
    streamId: event.streamId,
    revision: toPortRevision(event.revision),
    position: toPortPosition(event.position),
  };
}
