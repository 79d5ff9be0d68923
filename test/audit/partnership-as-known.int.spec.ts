import { join } from 'node:path';
import { AUDIT_INDEX_FILE, partnershipAsKnown } from '@chancery/audit';
import { SqliteReadModelStorage } from '@chancery/projections';
import { PartnershipQueries } from '../../apps/api/src/read-models/partnerships/partnerships.queries';
import { diplomaticLog } from '../projections/support/diplomatic-log';
import { auditFixture, AuditFixture } from './support/audit-fixture';

const LEVELS = ['public', 'internal', 'confidential'];

/** Built in memory from the pair's streams, the summary must equal the live read model's, pair for pair. */
describe("the partnership as known now, rebuilt in memory from the pair's streams", () => {
  let f: AuditFixture;
  beforeAll(async () => {
    f = auditFixture();
    const batch: Array<Promise<unknown>> = [];
    for (const { streamId, event } of diplomaticLog(2000, 3, 20, 200))
      batch.push(f.store.append(streamId, [event], 'any'));
    await Promise.all(batch);
    await f.project();
  });
  afterAll(() => f.close());

  it('gives the same summary as the live read model for the busiest pairs', async () => {
    const live = SqliteReadModelStorage.open(join(f.dataDir, 'read-models.sqlite'));
    const index = SqliteReadModelStorage.open(join(f.dataDir, AUDIT_INDEX_FILE));
    try {
      const active = (storage: SqliteReadModelStorage, name: string) =>
        storage
          .states()
          .then((states) =>
            storage.reader(states.find((s) => s.name === name && s.role === 'active')!),
          );
      const liveReader = await active(live, 'partnerships');
      const indexReader = await active(index, 'party_streams');
      const pairs = await liveReader.aggregate('engagements', {
        groupBy: ['party', 'counterpart'],
        measures: { n: ['count', '*'] },
        orderBy: [
          ['n', 'desc'],
          ['party', 'asc'],
          ['counterpart', 'asc'],
        ],
      });
      expect(pairs.length).toBeGreaterThan(5);
      const total = (await f.store.headPosition())!;
      for (const { party, counterpart } of pairs.slice(0, 5)) {
        const [a, b] = [String(party), String(counterpart)];
        const expected = await new PartnershipQueries(() => liveReader).detail(
          a,
          b,
          LEVELS,
          '2026-01-01',
        );
        const built = await partnershipAsKnown(
          f.store,
          indexReader,
          a,
          b,
          {},
          { clearance: 'confidential' },
        );
        const actual = await new PartnershipQueries(() => built.model).detail(
          a,
          b,
          LEVELS,
          '2026-01-01',
        );
        expect(actual).toEqual(expected);
        expect(built.eventsRead).toBeLessThan(total / 4);
      }
    } finally {
      await Promise.all([live.close(), index.close()]);
    }
  });
});
