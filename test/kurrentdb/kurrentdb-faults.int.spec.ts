import { KurrentDBClient } from '@kurrent/kurrentdb-client';
import {
  EventStoreUnavailableError,
  InvalidAppendError,
  KurrentDbEventStore,
  StreamDeletedError,
  StreamNotFoundError,
} from '@chancery/event-store';
import { KurrentDbDouble } from './double/kurrentdb-double';
import {
  collect,
  Consumer,
  eventually,
  newEvent,
  newEvents,
  rejectionOf,
  uniqueName,
} from './support';

const fastBackoff = { initialMs: 20, maxMs: 200 };

describe('KurrentDB adapter under faults, over the wire', () => {
  describe('the server is stopped mid-subscription and restarted on the same port', () => {
    let server: KurrentDbDouble;
    let store: KurrentDbEventStore;

    beforeEach(async () => {
      server = await KurrentDbDouble.start({ checkpointBeyondLastEvent: true });
      store = new KurrentDbEventStore({
        connectionString: server.connectionString(),
        subscriptionBackoff: fastBackoff,
      });
    });
    afterEach(async () => {
      await store.close();
      await server.stop();
    });
    // Right after a restart the client's channel may still be backing off, and an append then is
    // refused (a 503 to the API's caller). Wait as a caller would: until health says reachable
    // (the subscription may still be reconnecting: it resumes when its consumer reads on).
    const reachableAgain = () =>
      eventually(async () => !/unreachable/.test((await store.health()).detail));

    it('resumes after the last event it delivered, so every event arrives exactly once and in order', async () => {
      const stream = uniqueName('legation-');
      const history = newEvents(40);
      for (let i = 0; i < history.length; i += 8)
        await store.append(stream, history.slice(i, i + 8), 'any');
      const consumer = new Consumer(store.subscribeToAll({ filter: { streamPrefixes: [stream] } }));
      // The client has buffered more than the consumer took: those buffered events die with the connection.
      await consumer.take(15);

      await server.stop();
      const health = await eventually(async () => {
        const h = await store.health();
        return !h.ok && /reconnecting/.test(h.detail) ? h : undefined;
      });
      expect(health.detail).toMatch(/subscription \d+ reconnecting .*resuming after position \d+/);

      await server.restart();
      await reachableAgain();
      const live = newEvents(10);
      for (const e of live) await store.append(stream, [e], 'any');
      await consumer.take(history.length - 15 + 1 + live.length);
      await consumer.subscription.stop();

      expect(consumer.eventIds()).toEqual([...history, ...live].map((e) => e.id));
      expect(consumer.received.filter((m) => m.kind === 'caughtUp')).toHaveLength(1);
      // Reads recover too, though the client's native reader gives up on a server that went away.
      await eventually(async () => (await store.health()).ok);
      expect((await collect(store.readStream(stream))).map((e) => e.id)).toEqual(
        [...history, ...live].map((e) => e.id),
      );
    });

    it('resumes from its last event, not from a checkpoint the server reported beyond it (KurrentDB issue 4970)', async () => {
      const stream = uniqueName('residence-');
      await store.append(stream, newEvents(3), 'no_stream');
      const consumer = new Consumer(store.subscribeToAll({ filter: { streamPrefixes: [stream] } }));
      const [, , , caughtUp] = await consumer.take(4);
      expect(caughtUp.kind).toBe('caughtUp');

      // The double reported the log's end as the checkpoint: the next event is written exactly there,
      // so a subscription resumed "after the checkpoint" would silently skip it.
      const checkpoint = server.log.endPosition;
      await server.stop();
      await eventually(async () => store.subscriptions.list()[0]?.state === 'reconnecting');
      await server.restart();
      await reachableAgain();
      const next = newEvent();
      const { position } = await store.append(stream, [next], 2);
      expect(BigInt(position)).toBe(checkpoint);

      const [delivered] = await consumer.take(1);
      expect(delivered).toMatchObject({ kind: 'event', event: { id: next.id, position } });
    });

    it('keeps retrying while the server stays down, and reports it', async () => {
      const stream = uniqueName('chancery-');
      const consumer = new Consumer(store.subscribeToAll({ filter: { streamPrefixes: [stream] } }));
      await consumer.take(1);
      const waiting = consumer.take(1);
      await server.stop();
      await eventually(async () => {
        const [status] = store.subscriptions.list();
        return status?.state === 'reconnecting' && status.attempts >= 3;
      });
      expect((await store.health()).detail).toMatch(
        /unreachable.*; subscription \d+ reconnecting .*attempt \d+/,
      );
      await server.restart();
      await reachableAgain();
      const next = newEvent();
      await store.append(stream, [next], 'no_stream');
      expect(await waiting).toMatchObject([{ kind: 'event', event: { id: next.id } }]);
      expect(store.subscriptions.list()[0]?.state).toBe('live');
      await eventually(async () => (await store.health()).ok);
    });
  });

  describe('the server is unreachable when the API starts', () => {
    it('reports not ready with the reason at once, fails operations with a typed error, and recovers when it comes up', async () => {
      const server = await KurrentDbDouble.start();
      await server.stop();
      const store = new KurrentDbEventStore({
        connectionString: server.connectionString(),
        healthTimeoutMs: 1_000,
        subscriptionBackoff: fastBackoff,
      });
      try {
        const started = Date.now();
        const health = await store.health();
        expect(Date.now() - started).toBeLessThan(1_500);
        expect(health.ok).toBe(false);
        expect(health.detail).toMatch(/KurrentDB at kurrentdb:\/\/127\.0\.0\.1:\d+ unreachable/);

        expect(await rejectionOf(store.append('envoy-1', [newEvent()], 'any'))).toBeInstanceOf(
          EventStoreUnavailableError,
        );
        expect(await rejectionOf(collect(store.readStream('envoy-1')))).toBeInstanceOf(
          EventStoreUnavailableError,
        );
        expect(await rejectionOf(store.headPosition())).toBeInstanceOf(EventStoreUnavailableError);

        const consumer = new Consumer(
          store.subscribeToAll({ filter: { streamPrefixes: ['envoy-'] } }),
        );
        const first = consumer.take(1);
        await eventually(async () => store.subscriptions.list()[0]?.state === 'reconnecting');

        await server.restart();
        expect(await first).toEqual([{ kind: 'caughtUp', position: null }]);
        await eventually(async () => (await store.health()).ok);
        await store.append('envoy-1', [newEvent()], 'no_stream');
        expect(await collect(store.readStream('envoy-1'))).toHaveLength(1);
      } finally {
        await store.close();
        await server.stop();
      }
    });
  });

  for (const batchAppend of [true, false]) {
    describe(`refused and timed-out appends (${batchAppend ? 'BatchAppend' : 'v1 Append'})`, () => {
      let server: KurrentDbDouble;
      let store: KurrentDbEventStore;

      beforeAll(async () => {
        server = await KurrentDbDouble.start({ batchAppend, maxAppendSize: 64 * 1024 });
        store = new KurrentDbEventStore({
          connectionString: server.connectionString(),
          appendDeadlineMs: 300,
        });
      });
      afterAll(async () => {
        await store.close();
        await server.stop();
      });

      it('refuses an append over the server size limit with a typed error, writing nothing', async () => {
        const stream = uniqueName('archive-');
        const bulky = newEvents(3).map((e) => ({ ...e, data: { text: 'x'.repeat(30 * 1024) } }));
        const error = await rejectionOf(store.append(stream, bulky, 'no_stream'));
        expect(error).toBeInstanceOf(InvalidAppendError);
        expect(error).toMatchObject({
          field: 'events',
          message: expect.stringMatching(/maximum append size of 65536 bytes/),
        });
        expect(await rejectionOf(collect(store.readStream(stream)))).toBeInstanceOf(
          StreamNotFoundError,
        );
        // The channel is still usable afterwards.
        expect(await store.append(stream, [newEvent()], 'no_stream')).toMatchObject({
          nextRevision: 0,
        });
      });

      it('maps an exceeded deadline to unavailable and writes nothing', async () => {
        const stream = uniqueName('courier-');
        server.behaviour.appendDelayMs = 600;
        try {
          const error = await rejectionOf(store.append(stream, [newEvent()], 'no_stream'));
          expect(error).toBeInstanceOf(EventStoreUnavailableError);
          expect((error as Error).message).toMatch(/did not answer append in time/);
        } finally {
          server.behaviour.appendDelayMs = 0;
        }
        await new Promise((resolve) => setTimeout(resolve, 700));
        expect(await rejectionOf(collect(store.readStream(stream)))).toBeInstanceOf(
          StreamNotFoundError,
        );
      });

      it('maps a deleted stream on append and on read, and keeps its tombstone out of the global log', async () => {
        const stream = uniqueName('consulate-');
        await store.append(stream, newEvents(2), 'no_stream');
        const admin = KurrentDBClient.connectionString(server.connectionString());
        await admin.tombstoneStream(stream);
        await admin.dispose();

        const appendError = await rejectionOf(store.append(stream, [newEvent()], 'any'));
        expect(appendError).toBeInstanceOf(StreamDeletedError);
        expect(appendError).toMatchObject({ streamId: stream });
        const readError = await rejectionOf(collect(store.readStream(stream)));
        expect(readError).toBeInstanceOf(StreamDeletedError);
        expect(readError).toMatchObject({ streamId: stream });

        expect(
          server.log.records.some((r) => r.streamId === stream && r.type === '$streamDeleted'),
        ).toBe(true);
        const global = await collect(store.readAll({ filter: { streamPrefixes: [stream] } }));
        expect(global.map((e) => e.type)).toEqual(['MeetingRecorded', 'MeetingRecorded']);
      });
    });
  }
});
