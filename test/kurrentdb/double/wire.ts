import { Metadata, status as Status, ServerErrorResponse } from '@grpc/grpc-js';
import type { Expected, LogRecord } from './log';
import { Any, shared, status as rpc, streams, Timestamp } from './proto';

export function streamName(identifier: shared.StreamIdentifier | undefined): string {
  return identifier ? Buffer.from(identifier.getStreamName_asU8()).toString('utf8') : '';
}

export function streamIdentifier(name: string): shared.StreamIdentifier {
  return new shared.StreamIdentifier().setStreamName(Buffer.from(name, 'utf8'));
}

const UUID_PATTERN = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Reads a UUID in either wire form; null when it is not a UUID (the server rejects those). */
export function parseUuid(uuid: shared.UUID | undefined): string | null {
  if (!uuid) return null;
  if (uuid.hasStructured()) {
    const s = uuid.getStructured()!;
    const hex = (v: string) => (BigInt(v) & 0xffffffffffffffffn).toString(16).padStart(16, '0');
    const ms = hex(s.getMostSignificantBits());
    const ls = hex(s.getLeastSignificantBits());
    return `${ms.slice(0, 8)}-${ms.slice(8, 12)}-${ms.slice(12)}-${ls.slice(0, 4)}-${ls.slice(4)}`;
  }
  const text = uuid.getString();
  return UUID_PATTERN.test(text) ? text.toLowerCase() : null;
}

export function uuid(id: string, structured: boolean): shared.UUID {
  const result = new shared.UUID();
  if (!structured) return result.setString(id);
  const hex = id.replace(/-/g, '');
  const signed = (h: string) => BigInt.asIntN(64, BigInt(`0x${h}`)).toString();
  return result.setStructured(
    new shared.UUID.Structured()
      .setMostSignificantBits(signed(hex.slice(0, 16)))
      .setLeastSignificantBits(signed(hex.slice(16))),
  );
}

export function recordedEvent(
  record: LogRecord,
  structuredIds: boolean,
): streams.ReadResp.ReadEvent {
  const event = new streams.ReadResp.ReadEvent.RecordedEvent()
    .setId(uuid(record.id, structuredIds))
    .setStreamIdentifier(streamIdentifier(record.streamId))
    .setStreamRevision(String(record.revision))
    .setCommitPosition(record.position.toString())
    .setPreparePosition(record.position.toString())
    .setData(record.data)
    .setCustomMetadata(record.customMetadata);
  const metadata = event.getMetadataMap();
  metadata.set('type', record.type);
  metadata.set('content-type', record.contentType);
  metadata.set('created', record.createdTicks.toString());
  return new streams.ReadResp.ReadEvent()
    .setEvent(event)
    .setCommitPosition(record.position.toString());
}

export function timestampNow(): Timestamp {
  return Timestamp.fromDate(new Date());
}

/** An error status with the `exception` trailer the client dispatches on. */
export function exception(
  code: Status,
  details: string,
  trailers: Record<string, string>,
): ServerErrorResponse {
  const metadata = new Metadata();
  for (const [key, value] of Object.entries(trailers)) metadata.set(key, value);
  return Object.assign(new Error(details), { code, details, metadata });
}

export const streamDeleted = (name: string) =>
  exception(Status.FAILED_PRECONDITION, `Event stream '${name}' is deleted.`, {
    exception: 'stream-deleted',
    'stream-name': name,
  });

/** The server's version numbers in trailers: -1 no stream, -2 any, -4 stream exists. */
const versionNumber: Record<Exclude<Expected['kind'], 'exact'>, string> = {
  no_stream: '-1',
  any: '-2',
  stream_exists: '-4',
};

/** A refused delete or tombstone: unlike appends, a gRPC error with the versions in trailers. */
export const wrongExpectedVersion = (
  operation: string,
  name: string,
  expected: Expected,
  current: number | null,
) => {
  const expectedVersion =
    expected.kind === 'exact' ? expected.revision.toString() : versionNumber[expected.kind];
  return exception(
    Status.FAILED_PRECONDITION,
    `${operation} failed due to WrongExpectedVersion. Stream: ${name}, Expected version: ${expectedVersion}, Actual version: ${current ?? -1}`,
    {
      exception: 'wrong-expected-version',
      'stream-name': name,
      'expected-version': expectedVersion,
      'actual-version': String(current ?? -1),
    },
  );
};

export const maxAppendSizeExceeded = (max: number) =>
  exception(Status.INVALID_ARGUMENT, `Maximum Append Size of ${max} Exceeded.`, {
    exception: 'maximum-append-size-exceeded',
    'maximum-append-size': String(max),
  });

/** A google.rpc.Status as BatchAppend carries it, with its typed detail packed in an Any. */
export function rpcStatus(
  code: number,
  message: string,
  detail: { serializeBinary(): Uint8Array },
  typeName: string,
) {
  const any = new Any();
  any.pack(detail.serializeBinary(), typeName);
  return new rpc.Status().setCode(code).setMessage(message).setDetails(any);
}
