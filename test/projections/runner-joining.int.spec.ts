import type {
  EventStore,
  RecordedEvent,
  Subscription,
  SubscriptionMessage,
} from '@chancery/event-store';
import { type Member, ProjectionRunner } from '@chancery/projections';
import { event, Fixture, openFixture, until } from './support/fixtures';
import { tally } from './support/tally.projection';

/**
 * A log whose subscriptions the spec steers: `waiting` is told each time the runner asks for a
 * message that is not there yet, which is where a live runner holds a batch not yet committed.
 */
class SteeredLog {
  readonly events: RecordedEvent[] = [];
  waiting?: () => void;
  private wakeAll = new Set<() => void>();

  append(count: number): RecordedEvent {
    for (let i = 0; i < count; i++) {
      const position = this.events.length + 1;
      this.events.push({
        ...event('Counted', {}),
        streamId: 's',
        revision: position - 1,
        position,
      });
    }
    for (const wake of this.wakeAll) wake();
    return this.events[this.events.length - 1];
  }

  subscribeToAll({ after }: { after?: number } = {}): Subscription {
    let next = this.events.findIndex((e) => e.position > (after ?? 0));
    if (next < 0) next = this.events.length;
    let caughtUp = false;
    let stopped = false;
    let pending: ((message: IteratorResult<SubscriptionMessage>) => void) | null = null;
    const take = (): IteratorResult<SubscriptionMessage> | null => {
      if (stopped) return { done: true, value: undefined };
      if (next < this.events.length)
        return { done: false, value: { kind: 'event', event: this.events[next++] } };
      if (!caughtUp) {
        caughtUp = true;
        return { done: false, value: { kind: 'caughtUp', position: this.events.length } };
      }
      return null;
    };
    const wake = () => {
      const message = pending && take();
      if (!message) return;
      const resolve = pending!;
      pending = null;
      resolve(message);
    };
    this.wakeAll.add(wake);
    return {
      [Symbol.asyncIterator]: () => ({
        next: () =>
          new Promise((resolve) => {
            const message = take();
            if (message) return resolve(message);
            pending = resolve;
            this.waiting?.();
          }),
      }),
      stop: async () => {
        stopped = true;
        this.wakeAll.delete(wake);
        const resolve = pending;
        pending = null;
        resolve?.({ done: true, value: undefined });
      },
    };
  }
}

describe('projection runner: a generation joining a live runner', () => {
  let f: Fixture;
  let runner: ProjectionRunner;
  beforeEach(async () => (f = await openFixture()));
  afterEach(async () => {
    await runner.stop();
    await f.close();
  });

  const member = async (generation: number): Promise<Member> => {
    const projection = tally();
    const ref = { name: 'tally', generation };
    await f.storage.createGeneration(ref, 1, 'active', projection.tables);
    return {
      projection,
      ref,
      version: 1,
      handles: new Set(projection.handles),
      position: null,
      lastRecordedAt: null,
      haltedBy: null,
    };
  };

  it('gets every event from its own checkpoint, even when it joins while a live batch waits', async () => {
    const log = new SteeredLog();
    log.append(11);
    runner = new ProjectionRunner(log as unknown as EventStore, f.storage, {
      batchSize: 50,
      retryMs: 20,
      now: () => new Date(),
    });
    const [first, joining] = [await member(1), await member(2)];
    runner.add(first);
    runner.start();
    await until(async () => runner.caughtUp && first.position === 11);
    // Event 12 arrives; the runner holds it in a batch and asks for more: the second joins then.
    log.waiting = () => {
      log.waiting = undefined;
      runner.add(joining);
    };
    log.append(1);
    await until(async () => joining.position === 12 && first.position === 12);
    expect(await f.storage.reader(joining.ref).count('seen')).toBe(12);
    expect(await f.storage.reader(first.ref).count('seen')).toBe(12);
  });
});
