import { ServerWritableStream, status as Status } from '@grpc/grpc-js';
import type { InMemoryLog, LogRecord } from './log';
import { streams } from './proto';
import {
  exception,
  recordedEvent,
  streamDeleted,
  streamIdentifier,
  streamName,
  timestampNow,
} from './wire';

type ReadCall = ServerWritableStream<streams.ReadReq, streams.ReadResp>;
type Options = streams.ReadReq.Options;

/** The server's default read batch: the filter window when `count` is chosen. */
const DEFAULT_WINDOW = 32;

export interface ReadBehaviour {
  /** Reproduce KurrentDB issue 4970: the end-of-catch-up checkpoint lies beyond the last event. */
  checkpointBeyondLastEvent: boolean;
}

/** Streams/Read: stream and `$all` reads, and catch-up subscriptions, as the server enumerators emit them. */
export function handleRead(log: InMemoryLog, behaviour: ReadBehaviour) {
  return async (call: ReadCall): Promise<void> => {
    const options = call.request.getOptions();
    if (!options || !options.hasUuidOption()) {
      call.emit(
        'error',
        exception(Status.INVALID_ARGUMENT, "Required argument 'uuidOption' not set.", {}),
      );
      return;
    }
    const out = new Writer(call, options.getUuidOption()!.hasStructured());
    try {
      if (options.hasSubscription()) {
        if (options.hasStream()) await subscribeToStream(log, options, out);
        else await subscribeToAll(log, options, out, behaviour);
      } else if (options.hasStream()) readStream(log, options, out);
      else readAll(log, options, out);
      if (!out.cancelled) call.end();
    } catch (error) {
      if (!out.cancelled) call.emit('error', error);
    }
  };
}

class Writer {
  cancelled = false;
  private drained: (() => void) | null = null;
  readonly whenCancelled: Promise<void>;
  constructor(
    private readonly call: ReadCall,
    readonly structuredIds: boolean,
  ) {
    let cancel!: () => void;
    this.whenCancelled = new Promise((resolve) => (cancel = resolve));
    call.on('cancelled', () => {
      this.cancelled = true;
      this.drained?.();
      cancel();
    });
    call.on('drain', () => this.drained?.());
  }

  /** Honours the client's flow control, as the server's bounded channel does. */
  async send(resp: streams.ReadResp): Promise<void> {
    if (this.cancelled) return;
    if (!this.call.write(resp)) await new Promise<void>((resolve) => (this.drained = resolve));
    this.drained = null;
  }

  sendNow(resp: streams.ReadResp): void {
    if (!this.cancelled) this.call.write(resp);
  }

  event(record: LogRecord) {
    return new streams.ReadResp().setEvent(recordedEvent(record, this.structuredIds));
  }
}

const count = (options: Options) => BigInt(options.getCount() || '0');
const backwards = (options: Options) =>
  options.getReadDirection() === streams.ReadReq.Options.ReadDirection.BACKWARDS;

function readStream(log: InMemoryLog, options: Options, out: Writer): void {
  const stream = options.getStream()!;
  const name = streamName(stream.getStreamIdentifier());
  if (log.isTombstoned(name)) throw streamDeleted(name);
  const events = log.readableEvents(name);
  if (events === null) {
    out.sendNow(
      new streams.ReadResp().setStreamNotFound(
        new streams.ReadResp.StreamNotFound().setStreamIdentifier(streamIdentifier(name)),
      ),
    );
    return;
  }
  const max = count(options);
  const last = log.lastRevision(name)!;
  let selected: LogRecord[];
  if (backwards(options)) {
    const from = stream.hasRevision()
      ? BigInt(stream.getRevision())
      : stream.hasEnd()
        ? BigInt(last)
        : 0n;
    selected = events.filter((e) => BigInt(e.revision) <= from).reverse();
  } else {
    const from = stream.hasRevision()
      ? BigInt(stream.getRevision())
      : stream.hasEnd()
        ? BigInt(last) + 1n
        : 0n;
    selected = events.filter((e) => BigInt(e.revision) >= from);
  }
  for (const record of selected.slice(
    0,
    Number(max > BigInt(selected.length) ? BigInt(selected.length) : max),
  )) {
    out.sendNow(out.event(record));
  }
  if ((options.getControlOption()?.getCompatibility() ?? 0) >= 1) {
    out.sendNow(new streams.ReadResp().setLastStreamPosition(String(last)));
  }
}

/** Matches a record against the request's filter; `$all` filters see every record, system ones included. */
export function recordFilter(options: Options): (record: LogRecord) => boolean {
  if (!options.hasFilter()) return () => true;
  const filter = options.getFilter()!;
  const onType = filter.hasEventType();
  const expression = onType ? filter.getEventType()! : filter.getStreamIdentifier()!;
  const field = (r: LogRecord) => (onType ? r.type : r.streamId);
  const regex = expression.getRegex();
  if (regex) {
    const pattern = new RegExp(regex);
    return (r) => pattern.test(field(r));
  }
  const prefixes = expression.getPrefixList();
  return (r) => prefixes.some((p) => field(r).startsWith(p));
}

function allPosition(options: Options, log: InMemoryLog): bigint {
  const all = options.getAll()!;
  if (all.hasPosition()) return BigInt(all.getPosition()!.getCommitPosition());
  return all.hasEnd() ? log.endPosition : 0n;
}

function readAll(log: InMemoryLog, options: Options, out: Writer): void {
  const matches = recordFilter(options);
  const from = allPosition(options, log);
  let max = count(options);
  const start = log.indexAtOrAfter(from);
  if (backwards(options)) {
    // Backwards from P yields what lies strictly before P.
    for (let i = start - 1; i >= 0 && max > 0n; i--) {
      if (!matches(log.records[i])) continue;
      out.sendNow(out.event(log.records[i]));
      max--;
    }
    return;
  }
  // Forwards from P includes P.
  for (let i = start; i < log.records.length && max > 0n; i++) {
    if (!matches(log.records[i])) continue;
    out.sendNow(out.event(log.records[i]));
    max--;
  }
}

function confirmation(): streams.ReadResp {
  return new streams.ReadResp().setConfirmation(
    new streams.ReadResp.SubscriptionConfirmation().setSubscriptionId(crypto.randomUUID()),
  );
}

function checkpoint(position: bigint): streams.ReadResp {
  return new streams.ReadResp().setCheckpoint(
    new streams.ReadResp.Checkpoint()
      .setCommitPosition(position.toString())
      .setPreparePosition(position.toString())
      .setTimestamp(timestampNow()),
  );
}

/**
 * Feeds records appended after `index` to `onRecord` until the call is cancelled.
 * Catch-up and live share one cursor over the single-threaded log, so nothing is skipped or repeated.
 */
async function follow(
  log: InMemoryLog,
  out: Writer,
  index: number,
  onRecord: (r: LogRecord) => Promise<void>,
) {
  let cursor = index;
  while (!out.cancelled) {
    while (cursor < log.records.length && !out.cancelled) await onRecord(log.records[cursor++]);
    if (out.cancelled) return;
    let wake!: () => void;
    const appended = new Promise<void>((resolve) => (wake = resolve));
    log.appended.once('records', wake);
    await Promise.race([appended, out.whenCancelled]);
    log.appended.off('records', wake);
  }
}

async function subscribeToAll(
  log: InMemoryLog,
  options: Options,
  out: Writer,
  behaviour: ReadBehaviour,
) {
  const matches = recordFilter(options);
  const filtered = options.hasFilter();
  const filter = options.getFilter();
  const window = filter?.hasMax() ? filter.getMax() : DEFAULT_WINDOW;
  const interval = window * Math.max(1, filter?.getCheckpointintervalmultiplier() ?? 1);
  const all = options.getAll()!;
  // Subscribing from P delivers what comes strictly after P.
  const after = all.hasPosition()
    ? BigInt(all.getPosition()!.getCommitPosition())
    : all.hasEnd()
      ? log.endPosition - 1n
      : -1n;
  await out.send(confirmation());

  let considered = 0;
  let lastConsidered: bigint | null = null;
  const catchUpEnd = log.records.length;
  let index = log.indexAtOrAfter(after + 1n);
  for (; index < catchUpEnd && !out.cancelled; index++) {
    const record = log.records[index];
    if (matches(record)) await out.send(out.event(record));
    lastConsidered = record.position;
    if (filtered && ++considered >= interval) {
      considered = 0;
      await out.send(checkpoint(record.position));
    }
  }
  if (filtered) {
    const reported = behaviour.checkpointBeyondLastEvent ? log.endPosition : lastConsidered;
    if (reported !== null) await out.send(checkpoint(reported));
  }
  const caughtUp = new streams.ReadResp.CaughtUp().setTimestamp(timestampNow());
  const at = lastConsidered ?? (after >= 0n ? after : null);
  if (at !== null) {
    caughtUp.setPosition(
      new streams.ReadResp.Position()
        .setCommitPosition(at.toString())
        .setPreparePosition(at.toString()),
    );
  }
  await out.send(new streams.ReadResp().setCaughtUp(caughtUp));

  await follow(log, out, Math.max(index, catchUpEnd), async (record) => {
    if (record.position <= after) return;
    if (matches(record)) await out.send(out.event(record));
    if (filtered && ++considered >= interval) {
      considered = 0;
      await out.send(checkpoint(record.position));
    }
  });
}

async function subscribeToStream(log: InMemoryLog, options: Options, out: Writer) {
  const stream = options.getStream()!;
  const name = streamName(stream.getStreamIdentifier());
  if (log.isTombstoned(name)) throw streamDeleted(name);
  // Subscribing from revision N delivers N+1 onwards; a missing stream is waited for, not an error.
  const after = stream.hasRevision()
    ? BigInt(stream.getRevision())
    : stream.hasEnd()
      ? BigInt(log.lastRevision(name) ?? -1)
      : -1n;
  await out.send(confirmation());
  const catchUpEnd = log.records.length;
  for (const record of log.readableEvents(name) ?? []) {
    if (out.cancelled) return;
    if (BigInt(record.revision) > after) await out.send(out.event(record));
  }
  const caughtUp = new streams.ReadResp.CaughtUp().setTimestamp(timestampNow());
  const last = log.lastRevision(name);
  if (last !== null) caughtUp.setStreamRevision(String(last));
  await out.send(new streams.ReadResp().setCaughtUp(caughtUp));
  await follow(log, out, catchUpEnd, async (record) => {
    if (record.streamId === name && BigInt(record.revision) > after)
      await out.send(out.event(record));
  });
}
