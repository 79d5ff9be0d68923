import type { RecordedEvent } from '@chancery/event-store';
import type { Projection } from '@chancery/projections';
import { event, type Fixture, openFixture, settled } from './support/fixtures';

/** v1 `Noted` has `text`; v2 calls it `words`. */
function countingUpcast() {
  const calls: string[] = [];
  const upcast = (e: RecordedEvent): RecordedEvent => {
    calls.push(`${e.type}@${e.position}`);
    if (e.type !== 'Noted' || e.schemaVersion !== 1) return e;
    return { ...e, schemaVersion: 2, data: { id: e.data.id, words: e.data.text } };
  };
  return { upcast, calls };
}

const noting = (name: string, upcast: Projection['upcast'], seen: string[][]): Projection => ({
  name,
  version: 1,
  tables: [{ name: 'notes', columns: { id: 'text', words: 'text' }, primaryKey: ['id'] }],
  handles: ['Noted', 'NoteCorrected'],
  onPoison: 'stop',
  async apply(e, tx, history) {
    if (e.type === 'Noted') return tx.upsert('notes', { id: e.data.id, words: e.data.words });
    const before = await history(e);
    seen.push(before.map((b) => String(b.data.words)));
    tx.upsert('notes', { id: e.data.id, words: e.data.words });
  },
  upcast,
});

describe('projection runner: upcasting', () => {
  let f: Fixture;
  beforeEach(async () => (f = await openFixture()));
  afterEach(() => f.close());

  it('upcasts each event and each history once for every projection that shares the upcaster', async () => {
    await f.store.append('note-1', [event('Noted', { id: '1', text: 'first' })], 'no_stream');
    await f.store.append('note-1', [event('NoteCorrected', { id: '1', words: 'second' })], 0);
    const { upcast, calls } = countingUpcast();
    const seen: string[][] = [];
    const engine = f.engine([noting('left', upcast, seen), noting('right', upcast, seen)]);
    await engine.start();
    await settled(engine, f.store);

    // Each projection saw the v1 event as v2, in the event itself and in the correction's history.
    expect(seen).toEqual([['first'], ['first']]);
    for (const name of ['left', 'right'])
      expect(await engine.reader(name).select('notes')).toEqual([{ id: '1', words: 'second' }]);
    // Two events and one history event, each upcast once although two projections read them.
    expect(calls.sort()).toEqual(['NoteCorrected@2', 'Noted@1', 'Noted@1'].sort());
  });
});
