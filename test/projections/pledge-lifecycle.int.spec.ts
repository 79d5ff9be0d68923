import { randomUUID } from 'node:crypto';
import type { JsonObject, NewEvent } from '@chancery/event-store';
import {
  evolvePledge,
  initialPledgeState,
  upcastEvent,
  type PledgeEvent,
} from '@chancery/diplomacy';
import type { Row } from '@chancery/projections';
import { READ_MODEL_PROJECTIONS } from '@chancery/read-models';
import { cooperationPledged, event, Fixture, openFixture, settled } from './support/fixtures';

const pledged = (pledgeId: string, target: JsonObject | null = null) =>
  cooperationPledged({ pledgeId, target, sourceIds: ['s'] });
const levelChanged = (pledgeId: string, from: string, to: string) =>
  event('PledgeLevelChanged', { pledgeId, from, to, on: '2024-02-01', sourceIds: ['s'] });
const reported = (pledgeId: string, reportedOn: string, note: string, quantity: number | null) =>
  event('PledgeProgressReported', {
    pledgeId,
    reportedOn,
    note,
    achieved: quantity === null ? null : { quantity, unit: 'settlements' },
    sourceIds: ['s'],
  });
const correctedTo = (pledgeId: string, changes: JsonObject) =>
  event('PledgeCorrected', { pledgeId, changes, reason: 'r' });

/** What the domain itself makes of a pledge's stream (written here at v1, read as current). */
const fold = (events: NewEvent[]) => {
  const state = events
    .map(upcastEvent)
    .reduce(
      (s, e) => evolvePledge(s, { type: e.type, data: e.data } as unknown as PledgeEvent),
      initialPledgeState(),
    );
  if (state.status === 'empty') throw new Error('no pledge');
  return state.record;
};

/** The partnership page and the pledge register follow a pledge's lifecycle as the domain does. */
describe('pledge lifecycle in the read models', () => {
  let f: Fixture;
  beforeEach(async () => (f = await openFixture()));
  afterEach(() => f.close());

  /** Applies the streams live, then again through a rebuild: both must give `check` the same answer. */
  async function liveAndRebuilt(
    streams: Map<string, NewEvent[]>,
    check: (rows: (projection: string) => Promise<Row[]>) => Promise<void>,
  ) {
    const engine = f.engine(READ_MODEL_PROJECTIONS);
    await engine.start();
    for (const [id, events] of streams) await f.store.append(`pledge-${id}`, events, 'no_stream');
    await settled(engine, f.store);
    const rows = (projection: string) => engine.reader(projection).select('pledges');
    await check(rows);
    await engine.rebuild('partnerships', 'pledges');
    await engine.whenRebuilt(['partnerships', 'pledges']);
    await check(rows);
  }

  it('the level is the last one a level change or a correction of the level set', async () => {
    const [corrected, otherFact, changedAfter, correctedOnly] = [
      randomUUID(),
      randomUUID(),
      randomUUID(),
      randomUUID(),
    ];
    const streams = new Map([
      [
        corrected,
        [
          pledged(corrected),
          levelChanged(corrected, 'expressed-intent', 'firm-commitment'),
          correctedTo(corrected, { level: 'signed-agreement' }),
        ],
      ],
      [
        otherFact,
        [
          pledged(otherFact),
          levelChanged(otherFact, 'expressed-intent', 'firm-commitment'),
          correctedTo(otherFact, { commitment: 'two ports' }),
        ],
      ],
      [
        changedAfter,
        [
          pledged(changedAfter),
          correctedTo(changedAfter, { level: 'pledge' }),
          levelChanged(changedAfter, 'pledge', 'signed-agreement'),
          correctedTo(changedAfter, { commitment: 'two ports' }),
        ],
      ],
      [correctedOnly, [pledged(correctedOnly), correctedTo(correctedOnly, { level: 'pledge' })]],
    ]);
    const expected = {
      [corrected]: 'signed-agreement',
      [otherFact]: 'firm-commitment',
      [changedAfter]: 'signed-agreement',
      [correctedOnly]: 'pledge',
    };
    for (const [id, events] of streams) expect(fold(events).level).toBe(expected[id]);

    await liveAndRebuilt(streams, async (rows) => {
      for (const projection of ['partnerships', 'pledges']) {
        const levels = (await rows(projection)).map((r) => [r.pledge_id, r.level]);
        expect(Object.fromEntries(levels)).toEqual(expected);
      }
    });
  });

  it('a report with only a note keeps the last figure reported and moves the date and the note', async () => {
    const [noted, refigured, neverFigured] = [randomUUID(), randomUUID(), randomUUID()];
    const target = { quantity: 328, unit: 'settlements' };
    const streams = new Map([
      [
        noted,
        [
          pledged(noted, target),
          reported(noted, '2024-03-01', 'first villages', 40),
          reported(noted, '2024-04-01', 'works paused for winter', null),
        ],
      ],
      [
        refigured,
        [
          pledged(refigured, target),
          reported(refigured, '2024-03-01', 'first villages', 40),
          reported(refigured, '2024-04-01', 'works paused', null),
          reported(refigured, '2024-05-01', 'resumed', 120),
        ],
      ],
      [
        neverFigured,
        [pledged(neverFigured, target), reported(neverFigured, '2024-03-01', 'surveyed', null)],
      ],
    ]);
    const expected = {
      [noted]: [40, '2024-04-01', 'works paused for winter'],
      [refigured]: [120, '2024-05-01', 'resumed'],
      [neverFigured]: [null, '2024-03-01', 'surveyed'],
    };
    // The domain's figure is cumulative: the latest report that states one.
    for (const [id, events] of streams) {
      const figures = fold(events).progress.flatMap(({ figures: reported }) =>
        reported.flatMap((a) => ('quantity' in a ? [a.quantity] : [])),
      );
      expect(figures.at(-1) ?? null).toBe(expected[id][0]);
    }
    await liveAndRebuilt(streams, async (rows) => {
      const progress = (await rows('pledges')).map((r) => [
        r.pledge_id,
        [r.achieved_amount, r.last_report_on, r.last_note],
      ]);
      expect(Object.fromEntries(progress)).toEqual(expected);
    });
  });
});
