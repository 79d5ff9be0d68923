import type { SubscriptionMessage } from './port';
import {
  caughtUpCount,
  collect,
  eventsOf,
  expectStrictlyIncreasing,
  ids,
  newEvent,
  newEvents,
  uniqueName,
  takeUntil,
  uniquePrefix,
  type StoreUnderTest,
} from './fixtures';

const yieldToOthers = () => new Promise<void>((resolve) => setImmediate(resolve));

export function describeSubscribing(store: StoreUnderTest): void {
  const head = async () => (await store().headPosition()) ?? undefined;
  const sawEvent = (id: string) => (messages: SubscriptionMessage[]) =>
    messages.some((m) => m.kind === 'event' && m.event.id === id);

  /** Checks the caught-up signal against the events around it. */
  function expectOneCaughtUpSplittingTheLog(messages: SubscriptionMessage[]): number {
    expect(caughtUpCount(messages)).toBe(1);
    const at = messages.findIndex((m) => m.kind === 'caughtUp');
    const signal = messages[at] as Extract<SubscriptionMessage, { kind: 'caughtUp' }>;
    if (signal.position !== null) {
      for (const e of eventsOf(messages.slice(0, at)))
        expect(e.position).toBeLessThanOrEqual(signal.position);
      for (const e of eventsOf(messages.slice(at + 1)))
        expect(e.position).toBeGreaterThan(signal.position);
    }
    return at;
  }

  describe('catch-up subscription to the global log', () => {
    it('delivers history, one caught-up signal, then live events, each once and in order, while appends race the switch', async () => {
      const prefix = uniquePrefix();
      const streams = [0, 1, 2, 3].map((i) => `${prefix}${i}`);
      const after = await head();
      const history = streams.map(() => newEvents(5));
      for (const [i, s] of streams.entries()) await store().append(s, history[i], 'no_stream');

      const subscription = store().subscribeToAll({ after, filter: { streamPrefixes: [prefix] } });
      const last = newEvent('SessionClosed');
      // The caught-up signal may come before or after the last event, depending on who wins the race.
      const consuming = takeUntil(
        subscription,
        (m) => sawEvent(last.id)(m) && caughtUpCount(m) > 0,
        {
          onMessage: yieldToOthers,
        },
      );
      await Promise.all(
        streams.map(async (s) => {
          for (let i = 0; i < 10; i++) await store().append(s, newEvents(2), 4 + 2 * i);
        }),
      );
      await store().append(streams[0], [last], 'any');
      const messages = await consuming;

      const delivered = eventsOf(messages);
      const log = await collect(store().readAll({ filter: { streamPrefixes: [prefix] } }));
      expect(log).toHaveLength(5 * 4 + 2 * 10 * 4 + 1);
      expect(ids(delivered)).toEqual(ids(log));
      expect(delivered).toEqual(log);
      expectStrictlyIncreasing(delivered.map((e) => e.position));
      const at = expectOneCaughtUpSplittingTheLog(messages);
      const beforeCaughtUp = new Set(ids(eventsOf(messages.slice(0, at))));
      for (const e of history.flat()) expect(beforeCaughtUp.has(e.id)).toBe(true);
    });

    it('delivers every event once and in order without a filter', async () => {
      const prefix = uniquePrefix();
      const subscription = store().subscribeToAll({ after: await head() });
      const written = newEvents(10);
      const consuming = takeUntil(subscription, sawEvent(written[9].id));
      for (const [i, e] of written.entries()) await store().append(`${prefix}${i % 3}`, [e], 'any');
      const messages = await consuming;
      const delivered = eventsOf(messages);
      expect(new Set(ids(delivered)).size).toBe(delivered.length);
      expectStrictlyIncreasing(delivered.map((e) => e.position));
      expect(ids(delivered.filter((e) => e.streamId.startsWith(prefix)))).toEqual(ids(written));
      expectOneCaughtUpSplittingTheLog(messages);
    });

    it('starts from the beginning of the log when given no checkpoint', async () => {
      const prefix = uniquePrefix();
      const written = newEvents(3);
      await store().append(prefix + 'a', written, 'no_stream');
      const messages = await takeUntil(
        store().subscribeToAll({ filter: { streamPrefixes: [prefix] } }),
        (m) => caughtUpCount(m) === 1,
      );
      expect(ids(eventsOf(messages))).toEqual(ids(written));
      expect(messages[messages.length - 1].kind).toBe('caughtUp');
    });

    it('resumes strictly after a checkpoint', async () => {
      const prefix = uniquePrefix();
      await store().append(prefix + 'a', newEvents(6), 'no_stream');
      const mine = await collect(store().readStream(prefix + 'a'));
      const messages = await takeUntil(
        store().subscribeToAll({ after: mine[2].position, filter: { streamPrefixes: [prefix] } }),
        (m) => caughtUpCount(m) === 1,
      );
      expect(ids(eventsOf(messages))).toEqual(ids(mine.slice(3)));
      expectOneCaughtUpSplittingTheLog(messages);
    });

    it('signals caught-up at once when there is no history, then delivers live events', async () => {
      const prefix = uniquePrefix();
      const live = newEvents(3);
      const messages = await takeUntil(
        store().subscribeToAll({ after: await head(), filter: { streamPrefixes: [prefix] } }),
        sawEvent(live[2].id),
        {
          onMessage: async (m) => {
            if (m.kind === 'caughtUp')
              for (const e of live) await store().append(prefix + 'a', [e], 'any');
          },
        },
      );
      expect(messages[0].kind).toBe('caughtUp');
      expect(ids(eventsOf(messages))).toEqual(ids(live));
    });

    it('filters live and historical events by type', async () => {
      const prefix = uniquePrefix();
      const wanted = uniqueName('TreatySigned');
      const after = await head();
      const early = [newEvent(wanted), newEvent('Other')];
      await store().append(prefix + 'a', early, 'no_stream');
      const late = [newEvent('Other'), newEvent(wanted)];
      const messages = await takeUntil(
        store().subscribeToAll({ after, filter: { eventTypes: [wanted] } }),
        sawEvent(late[1].id),
        {
          onMessage: async (m) =>
            void (m.kind === 'caughtUp' && (await store().append(prefix + 'a', late, 1))),
        },
      );
      expect(ids(eventsOf(messages))).toEqual([early[0].id, late[1].id]);
    });

    it('ends iteration promptly when stopped while waiting for live events, and delivers nothing after', async () => {
      const prefix = uniquePrefix();
      const subscription = store().subscribeToAll({
        after: await head(),
        filter: { streamPrefixes: [prefix] },
      });
      const seen: SubscriptionMessage[] = [];
      let markCaughtUp!: () => void;
      const caughtUp = new Promise<void>((resolve) => (markCaughtUp = resolve));
      const iterating = (async () => {
        for await (const m of subscription) {
          seen.push(m);
          if (m.kind === 'caughtUp') markCaughtUp();
        }
      })();
      await caughtUp;
      await subscription.stop();
      await iterating;
      await store().append(prefix + 'a', [newEvent()], 'no_stream');
      await yieldToOthers();
      expect(seen.map((m) => m.kind)).toEqual(['caughtUp']);
    });

    it('yields nothing once stopped before iteration begins', async () => {
      const subscription = store().subscribeToAll({ after: await head() });
      await subscription.stop();
      expect(await collect(subscription)).toEqual([]);
    });
  });
}
