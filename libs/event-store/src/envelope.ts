/** A JSON value as stored in an event's data or metadata. */
export type JsonValue = string | number | boolean | null | JsonValue[] | { [key: string]: JsonValue };
export type JsonObject = { [key: string]: JsonValue };

/**
 * Who caused an event and when it was recorded. Extra keys (hash chain, classification…)
 * travel alongside and are stored as given.
 */
export interface EventMetadata {
  correlationId: string;
  /** Id of the event or command that caused this one; null for a first cause. */
  causationId: string | null;
  /** The acting user's id. */
  actor: string;
  /** ISO-8601 instant at which the application recorded the event. */
  recordedAt: string;
  [extra: string]: JsonValue | undefined;
}

/** An event about to be appended. */
export interface NewEvent<D extends JsonObject = JsonObject> {
  /** UUID; re-sending the same ids after the same revision is an idempotent no-op. */
  id: string;
  /** Stable past-tense name, e.g. `MeetingRecorded`; never a class name. */
  type: string;
  schemaVersion: number;
  data: D;
  metadata: EventMetadata;
}

/** An event as read back from the store. */
export interface RecordedEvent<D extends JsonObject = JsonObject> extends NewEvent<D> {
  streamId: string;
  /** Position in its stream, from 0, contiguous. */
  revision: number;
  /** Position in the global log: strictly increasing across all streams, may have gaps. */
  position: number;
}
