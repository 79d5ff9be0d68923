import type { EventStore } from '@chancery/event-store';
import {
  LAG_COUNT_LIMIT,
  ProjectionEngine,
  ProjectionLagError,
  RebuildInProgressError,
} from '@chancery/projections';
import { dump, event, Fixture, openFixture, settled, until } from './support/fixtures';
import { fixableTally, tally } from './support/tally.projection';

describe('projection engine', () => {
  let f: Fixture;
  beforeEach(async () => (f = await openFixture()));
  afterEach(() => f.close());

  const count = (stream: string, n: number) =>
    f.store.append(
      stream,
      Array.from({ length: n }, () => event('Counted', { stream })),
      'any',
    );

  it('applies history then live events, and a rebuild from zero gives the same read model', async () => {
    await count('a', 120);
    const projection = tally();
    const engine = f.engine([projection]);
    await engine.start();
    await count('b', 30);
    await f.store.append('a', [event('Renamed', { label: 'alpha' })], 'any');
    await count('a', 5);
    await settled(engine, f.store);
    const live = await dump(engine.reader('tally'), projection);
    expect(live.counts).toEqual([
      { stream_id: 'a', n: 125, label: 'alpha (120)' },
      { stream_id: 'b', n: 30, label: null },
    ]);

    const [next] = await engine.rebuild('tally');
    await engine.whenRebuilt(['tally']);
    expect(next.generation).toBe(2);
    expect((await engine.status())[0].generation).toBe(2);
    expect(await dump(engine.reader('tally'), projection)).toEqual(live);
  });

  it('keeps serving the live generation while the next one builds, then hands over', async () => {
    await count('a', 300);
    const projection = tally();
    const engine = f.engine([projection], 10);
    await engine.start();
    await settled(engine, f.store);
    await engine.rebuild('tally');
    expect(await engine.reader('tally').count('seen')).toBe(300);
    await count('a', 7);
    await engine.whenRebuilt(['tally']);
    await settled(engine, f.store);
    expect((await engine.reader('tally').select('counts'))[0]).toMatchObject({ n: 307 });
    expect((await f.storage.states()).filter((s) => s.role === 'active')).toHaveLength(1);
  });

  it('a redelivered batch changes nothing', async () => {
    await count('a', 20);
    const projection = tally();
    const engine = f.engine([projection]);
    await engine.start();
    await settled(engine, f.store);
    await engine.stop();
    const before = await dump(engine.reader('tally'), projection);
    const batch = [];
    for await (const e of f.store.readAll()) batch.push(e);
    const runner = (engine as unknown as { live: import('@chancery/projections').ProjectionRunner })
      .live;
    await runner.applyBatch(batch);
    await runner.applyBatch(batch.slice(5, 15));
    expect(await dump(engine.reader('tally'), projection)).toEqual(before);
  });

  it('dead-letters a poison event and skips it when the policy says skip', async () => {
    await count('a', 3);
    await f.store.append('a', [event('Counted', { poison: true })], 'any');
    await count('a', 2);
    const engine = f.engine([tally('skip')]);
    await engine.start();
    await settled(engine, f.store);
    expect((await engine.reader('tally').select('counts'))[0]).toMatchObject({ n: 5 });
    const [letter] = await engine.deadLetters('tally');
    expect(letter).toMatchObject({ position: 4, eventType: 'Counted' });
    expect(letter.error).toContain('cannot count this');
    expect((await engine.status())[0]).toMatchObject({ state: 'live', deadLetters: 1 });
  });

  it('stops at a poison event when the policy says stop, and reports it', async () => {
    await count('a', 3);
    await f.store.append('a', [event('Counted', { poison: true })], 'any');
    await count('a', 2);
    const engine = f.engine([tally('stop')]);
    await engine.start();
    await until(async () => (await engine.status())[0].state === 'halted');
    const [status] = await engine.status();
    expect(status).toMatchObject({ position: 3, eventsBehind: 3, deadLetters: 1 });
    expect(status.haltedBy).toContain('cannot count this');
    expect((await engine.reader('tally').select('counts'))[0]).toMatchObject({ n: 3 });
  });

  it('counts the events behind up to a limit, and says when there are more', async () => {
    await f.store.append('a', [event('Counted', { poison: true })], 'any');
    await count('a', LAG_COUNT_LIMIT - 1);
    const engine = f.engine([tally('stop')]);
    await engine.start();
    await until(async () => (await engine.status())[0].state === 'halted');
    expect((await engine.status())[0]).toMatchObject({
      eventsBehind: LAG_COUNT_LIMIT,
      eventsBehindAtLeast: false,
    });
    await count('b', 1);
    expect((await engine.status())[0]).toMatchObject({
      eventsBehind: LAG_COUNT_LIMIT,
      eventsBehindAtLeast: true,
    });
  });

  it('waits for a position it will reach, and reports the lag when it does not in time', async () => {
    const engine = f.engine([tally()]);
    await engine.start();
    const { position } = await count('a', 1);
    await engine.waitFor('tally', position, 20_000);
    expect(engine.position('tally')).toBeGreaterThanOrEqual(position);
    const error = await engine.waitFor('tally', position + 10, 50).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ProjectionLagError);
    expect((error as ProjectionLagError).lag.position).toBe(position);
  });

  it('refuses a second rebuild while one is under way, and takes one once it has taken over', async () => {
    await count('a', 3000);
    const engine = f.engine([tally()], 10);
    await engine.start();
    await settled(engine, f.store);
    await engine.rebuild('tally');
    await expect(engine.rebuild('tally')).rejects.toBeInstanceOf(RebuildInProgressError);
    await engine.whenRebuilt(['tally']);
    expect(await engine.rebuild('tally')).toEqual([{ name: 'tally', generation: 3 }]);
    await engine.whenRebuilt(['tally']);
    expect(await engine.reader('tally').count('seen')).toBe(3000);
  });

  it("goes on with an operator's rebuild that a restart interrupted", async () => {
    await count('a', 3000);
    const first = f.engine([tally()], 10);
    await first.start();
    await settled(first, f.store);
    await first.rebuild('tally');
    await until(async () => ((await first.status())[0].rebuild?.position ?? 0) > 0);
    await first.stop();
    const building = (await f.storage.states()).find((s) => s.role === 'building')!;
    expect(building).toMatchObject({ generation: 2, version: 1 });
    expect(building.position).toBeLessThan(3000);

    let applied = 0;
    const base = tally();
    const counting = {
      ...base,
      apply: (...args: Parameters<typeof base.apply>) => (applied++, base.apply(...args)),
    };
    const restarted = f.engine([counting], 10);
    await restarted.start();
    expect((await restarted.status())[0].rebuild).toMatchObject({ generation: 2 });
    await restarted.whenRebuilt(['tally']);
    const states = await f.storage.states();
    expect(states.filter((s) => s.role === 'active').map((s) => s.generation)).toEqual([2]);
    expect(await restarted.reader('tally').count('seen')).toBe(3000);
    // From its checkpoint: only what it had not applied yet (the live generation had it all).
    expect(applied).toBe(3000 - building.position!);
  });

  it('a resumed projection catches up on its own while the others keep following live', async () => {
    let fixed = false;
    const halting = fixableTally(() => fixed);
    const engine = f.engine([halting, { ...tally(), name: 'other' }], 10);
    await engine.start();
    await f.store.append('p', [event('Counted', { poison: true })], 'any');
    const { position: backlog } = await count('a', 2000);
    await engine.waitFor('other', backlog, 10_000);
    const tallyStatus = async () => (await engine.status()).find((s) => s.name === 'tally')!;
    expect(await tallyStatus()).toMatchObject({ state: 'halted' });

    fixed = true;
    await engine.resume('tally');
    expect(await tallyStatus()).toMatchObject({ state: 'catching-up', haltedBy: null });
    const { position } = await count('b', 1);
    await engine.waitFor('other', position, 10_000);
    expect(engine.position('tally')).toBeLessThan(backlog);
    await engine.waitFor('tally', position, 10_000);
    // Once handed over, it is live when the live runner (resubscribed) has caught up again.
    await until(async () => (await tallyStatus()).state === 'live');
    expect(await tallyStatus()).toMatchObject({ eventsBehind: 0, haltedBy: null });
    expect(await engine.reader('tally').count('seen')).toBe(2001);
  });

  it('a projection halted again while it catches up after a resume loses nothing when resumed again', async () => {
    const fixed = new Set<unknown>();
    const halting = fixableTally((poison) => fixed.has(poison));
    await f.store.append('p', [event('Counted', { poison: 1 })], 'any');
    await count('a', 10);
    await f.store.append('p', [event('Counted', { poison: 2 })], 'any');
    const { position: head } = await count('a', 20_000);
    const engine = f.engine([halting], 10);
    await engine.start();
    const halted = async () => (await engine.status())[0].state === 'halted';
    await until(halted);
    fixed.add(1);
    await engine.resume('tally');
    await until(halted); // at the second poison event, in the runner the resume started
    fixed.add(2);
    await engine.resume('tally');
    await engine.waitFor('tally', head, 30_000);
    expect(await engine.reader('tally').count('seen')).toBe(20_010);
  });

  it('resuming an older version halted before an upgrade clears its halt; the new one takes over once caught up', async () => {
    await count('a', 3000);
    await f.store.append('p', [event('Counted', { poison: true })], 'any');
    const first = f.engine([tally('stop', 1)], 10);
    await first.start();
    await until(async () => (await first.status())[0].state === 'halted');
    await first.stop();
    const fixedVersion = fixableTally(() => true, 'stop', 2);
    const upgraded = f.engine([fixedVersion], 10);
    await upgraded.start();
    await upgraded.resume('tally');
    expect((await upgraded.status())[0]).toMatchObject({ state: 'stale', haltedBy: null });
    await upgraded.whenRebuilt(['tally']);
    expect((await upgraded.status())[0]).toMatchObject({ generation: 2, version: 2 });
    expect(await upgraded.reader('tally').count('seen')).toBe(3000);
  });

  it('a rebuild that overtakes a resumed generation retires it from every runner', async () => {
    await count('a', 1000);
    await f.store.append('p', [event('Counted', { poison: true })], 'any');
    await count('a', 300);
    let fixed = false;
    const halting = fixableTally(() => fixed);
    // Subscriptions from a checkpoint (the resumed generation's) deliver slowly; a rebuild's, from
    // the start, does not: so the rebuild overtakes the resumed generation and takes over.
    const store = Object.create(f.store) as EventStore;
    store.subscribeToAll = (options = {}) => {
      const subscription = f.store.subscribeToAll(options);
      if (options.after === undefined) return subscription;
      const inner = subscription[Symbol.asyncIterator]();
      return {
        stop: () => subscription.stop(),
        [Symbol.asyncIterator]: () => ({
          next: async () => (await new Promise((r) => setTimeout(r, 2)), inner.next()),
        }),
      };
    };
    const engine = new ProjectionEngine(store, f.storage, [halting], {
      clock: f.clock,
      batchSize: 10,
      retryMs: 20,
      retireDelayMs: 1500,
    });
    try {
      await engine.start();
      await until(async () => (await engine.status())[0].state === 'halted');
      fixed = true;
      await engine.rebuild('tally');
      await engine.resume('tally');
      await engine.whenRebuilt(['tally']);
      expect((await engine.status())[0]).toMatchObject({ generation: 2 });
      // The case in hand: the resumed generation had not caught up when it was retired.
      const retired = (await f.storage.states()).find((s) => s.generation === 1);
      expect(retired?.position).toBeLessThan(1301);
      // Once the retired generation's tables are dropped, only the live one is followed: the
      // retired one, had its resume runner handed it over, would dead-letter every event.
      await until(async () => (await f.storage.states()).every((s) => s.generation !== 1), 10_000);
      const { position } = await count('b', 1);
      await engine.waitFor('tally', position, 20_000);
      expect((await engine.status())[0]).toMatchObject({ state: 'live', lastError: null });
      expect((await engine.deadLetters()).map((l) => [l.generation, l.position])).toEqual([
        [1, 1001],
      ]);
    } finally {
      await engine.stop();
    }
  });

  it('refuses a rebuild of several names whole when one is still being rebuilt', async () => {
    await f.store.append('p', [event('Counted', { poison: true })], 'any');
    await count('a', 3000);
    const engine = f.engine([tally('stop'), { ...tally(), name: 'other' }], 10);
    await engine.start();
    await engine.waitFor('other', (await f.store.headPosition())!, 10_000);
    await engine.rebuild('tally', 'other');
    const rebuildOf = async (name: string) =>
      (await engine.status()).find((s) => s.name === name)!.rebuild;
    await until(async () => (await rebuildOf('tally'))?.haltedBy != null);
    await expect(engine.rebuild('tally', 'other')).rejects.toBeInstanceOf(RebuildInProgressError);
    // The halted rebuild of tally is left as it was, not replaced by one that nothing follows.
    expect(await rebuildOf('tally')).toMatchObject({ generation: 2, haltedBy: expect.any(String) });
  });

  it('starts again after a stop and goes on with the rebuild under way', async () => {
    await count('a', 3000);
    const engine = f.engine([tally()], 10);
    await engine.start();
    await settled(engine, f.store);
    await engine.rebuild('tally');
    await engine.stop();
    await engine.start();
    await engine.whenRebuilt(['tally']);
    expect((await engine.status())[0]).toMatchObject({ generation: 2 });
    expect(await engine.reader('tally').count('seen')).toBe(3000);
  });

  it('rebuilds a new version beside the old one when the code version changes', async () => {
    await count('a', 10);
    const first = f.engine([tally('skip', 1)]);
    await first.start();
    await settled(first, f.store);
    await first.stop();
    const second = f.engine([tally('skip', 2)]);
    await second.start();
    await second.whenRebuilt(['tally']);
    const states = await f.storage.states();
    expect(states.filter((s) => s.role === 'active').map((s) => [s.generation, s.version])).toEqual(
      [[2, 2]],
    );
    expect(await second.reader('tally').count('seen')).toBe(10);
  });

  it('resumes the rebuild of a new version that a restart interrupted', async () => {
    await count('a', 3000);
    const first = f.engine([tally('skip', 1)]);
    await first.start();
    await settled(first, f.store);
    await first.stop();
    const interrupted = f.engine([tally('skip', 2)], 10);
    await interrupted.start();
    await interrupted.stop();
    const building = (await f.storage.states()).find((s) => s.role === 'building');
    expect(building).toMatchObject({ generation: 2, version: 2 });

    const restarted = f.engine([tally('skip', 2)], 10);
    await restarted.start();
    await restarted.whenRebuilt(['tally']);
    const states = await f.storage.states();
    expect(states.filter((s) => s.role === 'active').map((s) => [s.generation, s.version])).toEqual(
      [[2, 2]],
    );
    expect(await restarted.reader('tally').count('seen')).toBe(3000);
  });
});
