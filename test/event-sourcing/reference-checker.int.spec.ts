import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { FixedClock } from '@chancery/common';
import {
  EventAppender,
  LiveRecords,
  ReferenceChecker,
  StreamReader,
  UnknownReferenceError,
} from '@chancery/event-sourcing';
import type { EventStore } from '@chancery/event-store';
import { sourceStream } from '@chancery/diplomacy';
import type { Clearance } from '@chancery/identity';
import { SqliteEventStore } from '../../libs/event-store/src/sqlite/sqlite-event-store';

const metadata = { correlationId: randomUUID(), causationId: null, actor: 'recorder-1' };
const facts = {
  type: 'press-release',
  publisher: 'MFA',
  title: 'Visit',
  publishedOn: '2024-10-14',
  url: null,
};

describe('ReferenceChecker with remembered live records', () => {
  let dir: string;
  let store: SqliteEventStore;
  let live: LiveRecords;
  let checker: ReferenceChecker;
  let appender: EventAppender;

  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'chancery-references-'));
    store = SqliteEventStore.open(join(dir, 'events.sqlite'), { pollIntervalMs: 20 });
    live = new LiveRecords(store);
    checker = new ReferenceChecker(new StreamReader(store), live);
    appender = new EventAppender(store, new FixedClock(new Date('2024-10-15T09:00:00Z')), live);
    await live.onApplicationBootstrap();
  });

  afterEach(async () => {
    await live.onApplicationShutdown();
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  const register = async (via: EventAppender = appender, classification = 'internal') => {
    const id = randomUUID();
    await via.append(
      sourceStream(id),
      [{ type: 'SourceRegistered', data: { ...facts, sourceId: id, classification } }],
      'no_stream',
      { metadata },
    );
    return id;
  };
  const retract = (id: string, via: EventAppender = appender) =>
    via.append(
      sourceStream(id),
      [{ type: 'SourceRetracted', data: { sourceId: id, reason: 'wrong' } }],
      'stream_exists',
      { metadata },
    );
  const reclassify = (id: string, classification: string, via: EventAppender = appender) =>
    via.append(
      sourceStream(id),
      [
        {
          type: 'SourceCorrected',
          data: { sourceId: id, changes: { classification }, reason: 'reviewed' },
        },
      ],
      'stream_exists',
      { metadata },
    );
  const check = (id: string, clearance: Clearance = 'confidential') =>
    checker.requireExisting([{ field: 'sourceIds[0]', streamId: sourceStream(id) }], {
      clearance,
    });
  const refusal = (id: string, clearance: Clearance = 'confidential') =>
    check(id, clearance).then(
      () => null,
      (error: unknown) => error,
    );

  it('accepts a live record, again without reading it, and refuses one never recorded', async () => {
    const id = await register();
    await check(id);
    expect(live.has(sourceStream(id))).toBe(true);
    await check(id);
    const absent = randomUUID();
    const error = await refusal(absent);
    expect(error).toBeInstanceOf(UnknownReferenceError);
    expect((error as UnknownReferenceError).missing).toEqual([
      { field: 'sourceIds[0]', streamId: sourceStream(absent) },
    ]);
    expect(live.has(sourceStream(absent))).toBe(false);
  });

  it('refuses a remembered record as soon as this process retracts it', async () => {
    const id = await register();
    await check(id);
    await retract(id);
    expect(await refusal(id)).toBeInstanceOf(UnknownReferenceError);
  });

  it('refuses a remembered record once another process has retracted it', async () => {
    const id = await register();
    await check(id);
    const other: EventStore = SqliteEventStore.open(join(dir, 'events.sqlite'));
    try {
      await retract(id, new EventAppender(other, new FixedClock(new Date('2024-10-15T10:00:00Z'))));
    } finally {
      await other.close();
    }
    const deadline = Date.now() + 20_000;
    while (live.has(sourceStream(id)) && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 10));
    expect(await refusal(id)).toBeInstanceOf(UnknownReferenceError);
  });

  it('does not remember what a read found if a retraction landed while it was under way', async () => {
    const id = await register();
    const mark = live.mark();
    live.forget(sourceStream(randomUUID()));
    live.remember(sourceStream(id), 'internal', mark);
    expect(live.has(sourceStream(id))).toBe(false);
  });

  it('remembers nothing once it no longer follows the store, and still answers from the store', async () => {
    const id = await register();
    await live.onApplicationShutdown();
    await check(id);
    expect(live.has(sourceStream(id))).toBe(false);
    await retract(id);
    expect(await refusal(id)).toBeInstanceOf(UnknownReferenceError);
  });

  it('refuses a record above the clearance exactly as one never recorded, remembered or not', async () => {
    const id = await register(appender, 'confidential');
    const hidden = await refusal(id, 'internal');
    const absent = randomUUID();
    const never = await refusal(absent, 'internal');
    expect(hidden).toBeInstanceOf(UnknownReferenceError);
    expect((hidden as Error).message.replace(id, absent)).toBe((never as Error).message);
    // Remembered now (read for the refusal): still refused below, accepted at its level.
    expect(live.has(sourceStream(id))).toBe(true);
    expect(await refusal(id, 'internal')).toBeInstanceOf(UnknownReferenceError);
    await check(id, 'confidential');
  });

  it('reads the classification a correction gave the record, not the one it was recorded with', async () => {
    const id = await register(appender, 'public');
    await reclassify(id, 'confidential');
    expect(await refusal(id, 'internal')).toBeInstanceOf(UnknownReferenceError);
  });

  it('refuses a remembered record as soon as this process classifies it above the clearance', async () => {
    const id = await register(appender, 'public');
    await check(id, 'public');
    await reclassify(id, 'confidential');
    expect(await refusal(id, 'public')).toBeInstanceOf(UnknownReferenceError);
  });

  it('refuses a remembered record once another process has classified it above the clearance', async () => {
    const id = await register(appender, 'public');
    await check(id, 'public');
    const other: EventStore = SqliteEventStore.open(join(dir, 'events.sqlite'));
    try {
      await reclassify(
        id,
        'confidential',
        new EventAppender(other, new FixedClock(new Date('2024-10-15T10:00:00Z'))),
      );
    } finally {
      await other.close();
    }
    const deadline = Date.now() + 20_000;
    while (live.has(sourceStream(id)) && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 10));
    expect(await refusal(id, 'public')).toBeInstanceOf(UnknownReferenceError);
  });
});
