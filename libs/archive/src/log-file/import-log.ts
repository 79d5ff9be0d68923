import type { EventStore, NewEvent, RecordedEvent } from '@chancery/event-store';
import { ArchiveRefusedError } from '../errors';
import { surveyDifferences, surveyLog, type LogSurvey } from '../log-survey';
import { parseLine } from './log-lines';
import { numberedLines, verifyLogFile } from './verify-log-file';

export type ImportOptions = {
  store: EventStore;
  file: string;
  /**
   * Appends sent before the first is acknowledged. Above 1 only for a store that commits appends
   * in the order they were made (the embedded store's group commit): the log's order is kept.
   */
  inFlight?: number;
  onProgress?: (events: number) => void;
};

const PROGRESS_EVERY = 10_000;
/** Consecutive events of one stream go in one append, up to these (a KurrentDB append is at most 1 MiB). */
const BATCH_EVENTS = 100;
const BATCH_CHARS = 256 * 1024;

/**
 * Imports a verified log file into an empty store of either adapter, in the file's order.
 * Event ids, types, data and metadata (hash chain included) are carried over as they are, so
 * every chain verifies in the new store; positions are the new store's own.
 */
export async function importLog(options: ImportOptions): Promise<LogSurvey> {
  const { store, file } = options;
  const head = await store.headPosition();
  if (head !== null)
    throw new ArchiveRefusedError('import refused', [
      `the target event store is not empty (its log ends at position ${head}): import into an empty store`,
    ]);
  const expected = await verifyLogFile(file);

  let batch: RecordedEvent[] = [];
  let chars = 0;
  let appended = 0;
  const pending = new InFlight(options.inFlight ?? 1);
  const flush = async () => {
    if (!batch.length) return;
    const first = batch[0];
    const events = batch.map(toNewEvent);
    await pending.add(() =>
      store.append(first.streamId, events, first.revision === 0 ? 'no_stream' : first.revision - 1),
    );
    appended += batch.length;
    if (
      Math.floor(appended / PROGRESS_EVERY) > Math.floor((appended - batch.length) / PROGRESS_EVERY)
    )
      options.onProgress?.(appended);
    batch = [];
    chars = 0;
  };
  for await (const { text } of numberedLines(file)) {
    const parsed = parseLine(text);
    if (parsed.kind !== 'event') continue;
    const event = parsed.event;
    if (
      batch.length &&
      (batch[0].streamId !== event.streamId ||
        batch.length >= BATCH_EVENTS ||
        chars + text.length > BATCH_CHARS)
    )
      await flush();
    batch.push(event);
    chars += text.length;
  }
  await flush();
  await pending.settle();

  const imported = await surveyLog(store.readAll());
  const reasons = [
    ...imported.breaks.map(
      (b) => `broken chain in stream ${b.streamId} at revision ${b.revision} after the import`,
    ),
    ...surveyDifferences({ ...expected, lastPosition: imported.lastPosition }, imported),
  ];
  if (reasons.length)
    throw new ArchiveRefusedError('the imported log differs from the file', reasons);
  return imported;
}

const toNewEvent = (e: RecordedEvent): NewEvent => ({
  id: e.id,
  type: e.type,
  schemaVersion: e.schemaVersion,
  data: e.data,
  metadata: e.metadata,
});

/** At most `limit` appends awaiting acknowledgement; the first failure stops the import. */
class InFlight {
  private readonly waiting: Promise<void>[] = [];
  private failure: { error: unknown } | null = null;

  constructor(private readonly limit: number) {}

  async add(append: () => Promise<unknown>): Promise<void> {
    this.check();
    this.waiting.push(
      append().then(
        () => undefined,
        (error: unknown) => void (this.failure ??= { error }),
      ),
    );
    if (this.waiting.length >= this.limit) await this.waiting.shift();
    this.check();
  }

  async settle(): Promise<void> {
    await Promise.all(this.waiting.splice(0));
    this.check();
  }

  private check(): void {
    if (this.failure) throw this.failure.error;
  }
}
