import { event, Fixture, openFixture, settled, until } from './support/fixtures';
import { tally } from './support/tally.projection';

/** /health counts the dead letters of the generations in use; the listing keeps every one as history. */
describe('dead letters across generations', () => {
  let f: Fixture;
  beforeEach(async () => (f = await openFixture()));
  afterEach(() => f.close());

  it('counts one poison event once after a rebuild took over, and still lists both letters', async () => {
    const poison = event('Counted', { poison: true });
    await f.store.append('a', [event('Counted', {}), poison], 'any');
    await f.store.append('a', [event('Counted', {})], 'any');
    const engine = f.engine([tally('skip')]);
    await engine.start();
    await settled(engine, f.store);
    expect((await engine.status())[0].deadLetters).toBe(1);

    await engine.rebuild('tally');
    await engine.whenRebuilt(['tally']);
    await until(async () => !(await f.storage.states()).some((s) => s.generation === 1));

    expect((await engine.status())[0]).toMatchObject({ generation: 2, deadLetters: 1 });
    const letters = await engine.deadLetters('tally');
    expect(letters.map((l) => [l.generation, l.eventId])).toEqual([
      [1, poison.id],
      [2, poison.id],
    ]);
  });

  it('counts the letters of a rebuild under way beside those of the active generation', async () => {
    await f.storage.createGeneration({ name: 'tally', generation: 1 }, 1, 'retired', []);
    await f.storage.createGeneration({ name: 'tally', generation: 2 }, 1, 'active', []);
    await f.storage.createGeneration({ name: 'tally', generation: 3 }, 1, 'building', []);
    await f.storage.createGeneration({ name: 'other', generation: 1 }, 1, 'active', []);
    const letter = (name: string, generation: number) => ({
      name,
      generation,
      position: 0,
      eventId: 'e',
      eventType: 'Counted',
      error: 'cannot count this',
      at: '2024-10-20T00:00:00Z',
    });
    await f.storage.transaction(async (s) => {
      for (const generation of [1, 2, 3, 4]) s.deadLetter(letter('tally', generation));
      s.deadLetter(letter('other', 1));
    });
    expect(await f.storage.deadLetterCounts()).toEqual(
      new Map([
        ['other', 1],
        ['tally', 2],
      ]),
    );
    expect(await f.storage.deadLetters('tally')).toHaveLength(4);
  });
});
