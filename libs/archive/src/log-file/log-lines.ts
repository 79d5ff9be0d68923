import type { JsonObject, RecordedEvent } from '@chancery/event-store';

/** First line of a log file: what it is. */
export type LogHeader = { format: 'chancery-log'; version: 1; exportedAt: string; from: string };
/** Last line: how much it holds, so a file cut short at a line break is still caught. */
export type LogTrailer = {
  end: 'chancery-log';
  events: number;
  streams: number;
  lastPosition: number | null;
};

export const header = (exportedAt: Date, from: string): LogHeader => ({
  format: 'chancery-log',
  version: 1,
  exportedAt: exportedAt.toISOString(),
  from,
});

/** The envelope as `/audit/export` writes it: the recipe in docs/audit-hash-chain.md checks either. */
export const envelopeOf = (e: RecordedEvent) => ({
  streamId: e.streamId,
  revision: e.revision,
  position: e.position,
  id: e.id,
  type: e.type,
  schemaVersion: e.schemaVersion,
  data: e.data,
  metadata: e.metadata,
});

const isObject = (v: unknown): v is JsonObject =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const isCount = (v: unknown) => Number.isSafeInteger(v) && (v as number) >= 0;
const isText = (v: unknown) => typeof v === 'string' && v.length > 0;

export type ParsedLine =
  | { kind: 'header'; header: LogHeader }
  | { kind: 'trailer'; trailer: LogTrailer }
  | { kind: 'event'; event: RecordedEvent }
  | { kind: 'invalid'; reason: string };

/** One line of a log file, or why it is not one. */
export function parseLine(text: string): ParsedLine {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return { kind: 'invalid', reason: 'not JSON' };
  }
  if (!isObject(value)) return { kind: 'invalid', reason: 'not a JSON object' };
  if (value.format !== undefined) {
    return value.format === 'chancery-log' && value.version === 1
      ? { kind: 'header', header: value as unknown as LogHeader }
      : {
          kind: 'invalid',
          reason: `format ${JSON.stringify(value.format)} version ${JSON.stringify(value.version)} is not a version 1 chancery-log`,
        };
  }
  if (value.end !== undefined) {
    return value.end === 'chancery-log' && isCount(value.events) && isCount(value.streams)
      ? { kind: 'trailer', trailer: value as unknown as LogTrailer }
      : { kind: 'invalid', reason: 'a malformed closing line' };
  }
  const wrong = envelopeProblems(value);
  return wrong.length
    ? { kind: 'invalid', reason: wrong.join(', ') }
    : { kind: 'event', event: value as unknown as RecordedEvent };
}

function envelopeProblems(v: JsonObject): string[] {
  const problems: string[] = [];
  const need = (ok: boolean, field: string, rule: string) =>
    ok || problems.push(`${field} ${rule}`);
  need(isText(v.streamId), 'streamId', 'must be a non-empty string');
  need(isCount(v.revision), 'revision', 'must be a whole number from 0');
  need(isCount(v.position), 'position', 'must be a whole number from 0');
  need(isText(v.id), 'id', 'must be a non-empty string');
  need(isText(v.type), 'type', 'must be a non-empty string');
  need(
    Number.isSafeInteger(v.schemaVersion) && (v.schemaVersion as number) >= 1,
    'schemaVersion',
    'must be a whole number from 1',
  );
  need(isObject(v.data), 'data', 'must be an object');
  need(isObject(v.metadata), 'metadata', 'must be an object');
  return problems;
}
