import type { GenerationRef } from '@chancery/projections';
import { Fixture, openFixture } from './support/fixtures';
import { tally } from './support/tally.projection';

/** What status and the engine read of the bookkeeping is what has committed, never an open batch. */
describe('storage bookkeeping reads beside an open batch', () => {
  let f: Fixture;
  beforeEach(async () => (f = await openFixture()));
  afterEach(() => f.close());

  const ref: GenerationRef = { name: 'tally', generation: 1 };

  it('sees neither the checkpoint nor the dead letter of a batch not yet committed', async () => {
    await f.storage.createGeneration(ref, 1, 'active', tally().tables);
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let started!: () => void;
    const open = new Promise<void>((resolve) => (started = resolve));
    const batch = f.storage.transaction(async (s) => {
      s.advance(ref, null, 9, '2024-10-14T10:00:00Z');
      s.deadLetter({
        ...ref,
        position: 5,
        eventId: 'e-5',
        eventType: 'Counted',
        error: 'cannot count this',
        at: '2024-10-14T10:00:00Z',
      });
      started();
      await gate; // a stream-history read, or any async step of `apply`
      throw new Error('poison');
    });
    await open;

    expect((await f.storage.states())[0]).toMatchObject({ position: null });
    expect(await f.storage.deadLetterCounts()).toEqual(new Map());
    expect(await f.storage.deadLetters()).toEqual([]);
    release();
    await expect(batch).rejects.toThrow('poison');
    expect((await f.storage.states())[0]).toMatchObject({ position: null });
  });
});
