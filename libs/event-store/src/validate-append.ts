import type { NewEvent } from './envelope';
import { InvalidAppendError } from './errors';
import type { ExpectedRevision } from './event-store.port';

/** An event checked and serialised once, before it joins a commit batch. */
export interface EventRow {
  id: string;
  type: string;
  schemaVersion: number;
  data: string;
  metadata: string;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Refuses a bad append before anything is written, naming the offending field. */
export function validateAppend(streamId: unknown, events: unknown, expected: unknown): EventRow[] {
  if (typeof streamId !== 'string' || streamId.trim() === '') {
    throw new InvalidAppendError('the stream name must not be empty', 'streamId');
  }
  if (!isExpectedRevision(expected)) {
    throw new InvalidAppendError(
      `expected revision ${String(expected)} is not one of any, no_stream, stream_exists or a revision`,
      'expected',
    );
  }
  if (!Array.isArray(events) || events.length === 0) {
    throw new InvalidAppendError('an append needs at least one event', 'events');
  }
  const seen = new Set<string>();
  return events.map((event: NewEvent, i) => {
    const row = toRow(event, i);
    if (seen.has(row.id))
      throw new InvalidAppendError(`event ${i}: id ${row.id} appears twice in the append`, 'id');
    seen.add(row.id);
    return row;
  });
}

function toRow(event: NewEvent, i: number): EventRow {
  if (!isPlainObject(event)) throw new InvalidAppendError(`event ${i} is not an object`, 'events');
  if (typeof event.id !== 'string' || !UUID.test(event.id)) {
    throw new InvalidAppendError(`event ${i}: id must be a UUID`, 'id');
  }
  if (typeof event.type !== 'string' || event.type.trim() === '') {
    throw new InvalidAppendError(`event ${i}: type must not be empty`, 'type');
  }
  if (!Number.isInteger(event.schemaVersion) || event.schemaVersion < 1) {
    throw new InvalidAppendError(
      `event ${i}: schemaVersion must be a positive integer`,
      'schemaVersion',
    );
  }
  return {
    id: event.id.toLowerCase(),
    type: event.type,
    schemaVersion: event.schemaVersion,
    data: serialiseObject(event.data, `event ${i}: data`, 'data'),
    metadata: serialiseObject(event.metadata, `event ${i}: metadata`, 'metadata'),
  };
}

function isExpectedRevision(value: unknown): value is ExpectedRevision {
  return (
    value === 'any' ||
    value === 'no_stream' ||
    value === 'stream_exists' ||
    (Number.isInteger(value) && (value as number) >= 0)
  );
}

function serialiseObject(value: unknown, label: string, field: string): string {
  if (!isPlainObject(value)) throw new InvalidAppendError(`${label} must be a plain object`, field);
  const problem = jsonProblem(value, [label], new Set());
  if (problem) throw new InvalidAppendError(problem, field);
  return JSON.stringify(value);
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return false;
  const proto = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}

/**
 * JSON.stringify silently drops functions, turns NaN into null and Dates into strings; an event
 * would then read back different from what was written, so anything but plain JSON is refused.
 * Every append walks its data this way, so the path is a stack of keys and indexes, written out
 * (`data.a[0].b`) only when there is a problem to name.
 */
function jsonProblem(
  value: unknown,
  path: Array<string | number>,
  ancestors: Set<object>,
): string | null {
  switch (typeof value) {
    case 'string':
    case 'boolean':
      return null;
    case 'number':
      return Number.isFinite(value)
        ? null
        : `${written(path)} holds ${value}, which JSON cannot represent`;
    case 'object': {
      if (value === null) return null;
      if (ancestors.has(value)) return `${written(path)} refers to itself`;
      if (!Array.isArray(value) && !isPlainObject(value)) {
        return `${written(path)} holds a ${value.constructor?.name ?? 'non-plain object'}, not plain JSON`;
      }
      ancestors.add(value);
      let problem: string | null = null;
      if (Array.isArray(value)) {
        for (let i = 0; !problem && i < value.length; i++) {
          path.push(i);
          problem = jsonProblem(value[i], path, ancestors);
          path.pop();
        }
      } else {
        for (const key in value) {
          if (value[key] === undefined) continue;
          path.push(key);
          problem = jsonProblem(value[key], path, ancestors);
          path.pop();
          if (problem) break;
        }
      }
      ancestors.delete(value);
      return problem;
    }
    default:
      return `${written(path)} holds a ${typeof value}, which JSON cannot represent`;
  }
}

const written = ([label, ...rest]: Array<string | number>) =>
  `${label}${rest.map((s) => (typeof s === 'number' ? `[${s}]` : `.${s}`)).join('')}`;
