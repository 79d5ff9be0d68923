import {
  ServerDuplexStream,
  ServerReadableStream,
  sendUnaryData,
  status as Status,
} from '@grpc/grpc-js';
import type { Expected, InMemoryLog, ProposedEvent, WriteOutcome } from './log';
import { GoogleEmpty, shared, streams } from './proto';
import {
  exception,
  maxAppendSizeExceeded,
  parseUuid,
  rpcStatus,
  streamDeleted,
  streamIdentifier,
  streamName,
} from './wire';

export interface AppendBehaviour {
  maxAppendSize: number;
  /** Delay before a write completes, to provoke deadlines. */
  appendDelayMs: number;
}

/** The server's Event.SizeOnDisk, near enough: payloads plus the type name. */
const sizeOnDisk = (e: ProposedEvent) =>
  e.data.length + e.customMetadata.length + Buffer.byteLength(e.type);

type Proposed = streams.AppendReq.ProposedMessage | streams.BatchAppendReq.ProposedMessage;

function toProposedEvent(message: Proposed): ProposedEvent {
  const id = parseUuid(message.getId());
  if (!id) throw exception(Status.INVALID_ARGUMENT, 'Invalid event id: not a UUID.', {});
  const metadata = message.getMetadataMap();
  const type = metadata.get('type');
  const contentType = metadata.get('content-type');
  if (!type || !contentType) {
    throw exception(Status.INVALID_ARGUMENT, 'Required metadata properties missing.', {
      exception: 'missing-required-metadata-property',
      'required-metadata-properties': 'type,content-type',
    });
  }
  return {
    id,
    type,
    contentType,
    data: message.getData_asU8(),
    customMetadata: message.getCustomMetadata_asU8(),
  };
}

const delay = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** v1 Append: one `options` message, then one `proposed_message` per event. */
export function handleAppend(log: InMemoryLog, behaviour: AppendBehaviour) {
  return (
    call: ServerReadableStream<streams.AppendReq, streams.AppendResp>,
    callback: sendUnaryData<streams.AppendResp>,
  ) => {
    let options: streams.AppendReq.Options | undefined;
    const events: ProposedEvent[] = [];
    let size = 0;
    let failed = false;
    let cancelled = false;
    const fail = (error: Parameters<typeof callback>[0]) => {
      if (failed) return;
      failed = true;
      callback(error);
    };
    call.on('cancelled', () => (cancelled = true));
    call.on('data', (req: streams.AppendReq) => {
      if (failed) return;
      try {
        if (req.hasOptions()) {
          options = req.getOptions();
          return;
        }
        if (!options) throw exception(Status.INVALID_ARGUMENT, 'Options must come first.', {});
        const event = toProposedEvent(req.getProposedMessage()!);
        size += sizeOnDisk(event);
        if (size > behaviour.maxAppendSize) throw maxAppendSizeExceeded(behaviour.maxAppendSize);
        events.push(event);
      } catch (error) {
        fail(error as Parameters<typeof callback>[0]);
      }
    });
    call.on('end', async () => {
      if (failed || !options) return;
      const name = streamName(options.getStreamIdentifier());
      if (behaviour.appendDelayMs > 0) await delay(behaviour.appendDelayMs);
      if (cancelled) return; // the client's deadline passed: nothing is written
      const outcome = log.write(name, events, expectedOfAppend(options));
      if (outcome.kind === 'stream_deleted') return fail(streamDeleted(name));
      callback(null, appendResponse(outcome, options));
    });
  };
}

function expectedOfAppend(options: streams.AppendReq.Options): Expected {
  if (options.hasRevision()) return { kind: 'exact', revision: BigInt(options.getRevision()) };
  if (options.hasNoStream()) return { kind: 'no_stream' };
  if (options.hasStreamExists()) return { kind: 'stream_exists' };
  return { kind: 'any' };
}

function appendResponse(
  outcome: Exclude<WriteOutcome, { kind: 'stream_deleted' }>,
  options: streams.AppendReq.Options,
) {
  const resp = new streams.AppendResp();
  if (outcome.kind === 'ok') {
    const success = new streams.AppendResp.Success();
    if (outcome.lastRevision < 0) success.setNoStream(new shared.Empty());
    else success.setCurrentRevision(String(outcome.lastRevision));
    if (outcome.position < 0n) success.setNoPosition(new shared.Empty());
    else
      success.setPosition(
        new streams.AppendResp.Position()
          .setCommitPosition(outcome.position.toString())
          .setPreparePosition(outcome.position.toString()),
      );
    return resp.setSuccess(success);
  }
  // Wrong expected version is a result, not a gRPC error; the 20.6.0 fields are set too, as the server does.
  const wrong = new streams.AppendResp.WrongExpectedVersion();
  const empty = () => new shared.Empty();
  if (options.hasRevision())
    wrong
      .setExpectedRevision(options.getRevision())
      .setExpectedRevision2060(Number(options.getRevision()));
  else if (options.hasNoStream()) wrong.setExpectedNoStream(empty());
  else if (options.hasStreamExists())
    wrong.setExpectedStreamExists(empty()).setStreamExists2060(empty());
  else wrong.setExpectedAny(empty()).setAny2060(empty());
  if (outcome.current === null) wrong.setCurrentNoStream(empty()).setNoStream2060(empty());
  else wrong.setCurrentRevision(String(outcome.current)).setCurrentRevision2060(outcome.current);
  return resp.setWrongExpectedVersion(wrong);
}

interface PendingBatch {
  name: string;
  expected: Expected;
  deadline: number;
  events: ProposedEvent[];
  size: number;
  timer: NodeJS.Timeout;
}

/** BatchAppend: one long-lived bidi stream; requests grouped by correlation id, the last one `is_final`. */
export function handleBatchAppend(log: InMemoryLog, behaviour: AppendBehaviour) {
  return (call: ServerDuplexStream<streams.BatchAppendReq, streams.BatchAppendResp>) => {
    const pending = new Map<string, PendingBatch>();
    const respond = (correlation: shared.UUID, name: string) =>
      new streams.BatchAppendResp()
        .setCorrelationId(correlation)
        .setStreamIdentifier(streamIdentifier(name));
    const send = (resp: streams.BatchAppendResp) => {
      if (!call.cancelled && call.writable) call.write(resp);
    };
    const timeout = (correlation: shared.UUID, name: string) =>
      respond(correlation, name).setError(
        rpcStatus(
          Status.DEADLINE_EXCEEDED,
          'Timeout',
          new shared.Timeout(),
          'event_store.client.Timeout',
        ),
      );

    call.on('data', async (req: streams.BatchAppendReq) => {
      const correlation = req.getCorrelationId()!;
      const key = parseUuid(correlation) ?? '';
      if (req.hasOptions()) {
        const options = req.getOptions()!;
        const name = streamName(options.getStreamIdentifier());
        const deadline = options.hasDeadline21100()
          ? options.getDeadline21100()!.toDate().getTime()
          : Number.POSITIVE_INFINITY;
        if (deadline <= Date.now()) return send(timeout(correlation, name));
        const timer = setTimeout(
          () => pending.delete(key) && send(timeout(correlation, name)),
          Math.min(deadline - Date.now(), 2 ** 31 - 1),
        );
        pending.set(key, {
          name,
          expected: expectedOfBatch(options),
          deadline,
          events: [],
          size: 0,
          timer,
        });
      }
      const batch = pending.get(key);
      if (!batch) return;
      try {
        for (const message of req.getProposedMessagesList()) {
          const event = toProposedEvent(message);
          batch.size += sizeOnDisk(event);
          batch.events.push(event);
        }
      } catch (error) {
        return abandon(key, batch, badRequest(correlation, batch.name, (error as Error).message));
      }
      if (batch.size > behaviour.maxAppendSize) {
        const detail = new shared.MaximumAppendSizeExceeded().setMaxappendsize(
          behaviour.maxAppendSize,
        );
        return abandon(
          key,
          batch,
          respond(correlation, batch.name).setError(
            rpcStatus(
              Status.INVALID_ARGUMENT,
              'MaximumAppendSizeExceeded',
              detail,
              'event_store.client.MaximumAppendSizeExceeded',
            ),
          ),
        );
      }
      if (!req.getIsFinal()) return;
      if (behaviour.appendDelayMs > 0) await delay(behaviour.appendDelayMs);
      if (!pending.has(key)) return; // timed out meanwhile: nothing is written
      clearTimeout(batch.timer);
      pending.delete(key);
      send(
        batchResponse(
          log.write(batch.name, batch.events, batch.expected),
          respond(correlation, batch.name),
          batch,
        ),
      );
    });
    call.on('end', () => call.end());
    call.on('cancelled', () => pending.forEach((b) => clearTimeout(b.timer)));

    function abandon(key: string, batch: PendingBatch, resp: streams.BatchAppendResp) {
      clearTimeout(batch.timer);
      pending.delete(key);
      send(resp);
    }
  };
}

function badRequest(correlation: shared.UUID, name: string, message: string) {
  return new streams.BatchAppendResp()
    .setCorrelationId(correlation)
    .setStreamIdentifier(streamIdentifier(name))
    .setError(
      rpcStatus(
        Status.INVALID_ARGUMENT,
        'BadRequest',
        new shared.BadRequest().setMessage(message),
        'event_store.client.BadRequest',
      ),
    );
}

function expectedOfBatch(options: streams.BatchAppendReq.Options): Expected {
  if (options.hasStreamPosition())
    return { kind: 'exact', revision: BigInt(options.getStreamPosition()) };
  if (options.hasNoStream()) return { kind: 'no_stream' };
  if (options.hasStreamExists()) return { kind: 'stream_exists' };
  return { kind: 'any' };
}

function batchResponse(outcome: WriteOutcome, resp: streams.BatchAppendResp, batch: PendingBatch) {
  if (outcome.kind === 'stream_deleted') {
    const detail = new shared.StreamDeleted().setStreamIdentifier(streamIdentifier(batch.name));
    return resp.setError(
      rpcStatus(Status.NOT_FOUND, 'StreamDeleted', detail, 'event_store.client.StreamDeleted'),
    );
  }
  if (outcome.kind === 'wrong_expected_version') {
    const detail = new shared.WrongExpectedVersion();
    if (outcome.current === null) detail.setCurrentNoStream(new GoogleEmpty());
    else detail.setCurrentStreamRevision(String(outcome.current));
    const expected = batch.expected;
    if (expected.kind === 'exact') detail.setExpectedStreamPosition(expected.revision.toString());
    else if (expected.kind === 'no_stream') detail.setExpectedNoStream(new GoogleEmpty());
    else if (expected.kind === 'stream_exists') detail.setExpectedStreamExists(new GoogleEmpty());
    else detail.setExpectedAny(new GoogleEmpty());
    return resp.setError(
      rpcStatus(
        Status.ALREADY_EXISTS,
        'WrongExpectedVersion',
        detail,
        'event_store.client.WrongExpectedVersion',
      ),
    );
  }
  const success = new streams.BatchAppendResp.Success();
  if (outcome.lastRevision < 0) success.setNoStream(new GoogleEmpty());
  else success.setCurrentRevision(String(outcome.lastRevision));
  if (outcome.position < 0n) success.setNoPosition(new GoogleEmpty());
  else
    success.setPosition(
      new shared.AllStreamPosition()
        .setCommitPosition(outcome.position.toString())
        .setPreparePosition(outcome.position.toString()),
    );
  return resp.setSuccess(success);
}
