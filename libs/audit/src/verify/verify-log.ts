import type { Clock } from '@chancery/common';
import type { EventStore, RecordedEvent } from '@chancery/event-store';
import {
  ProjectionRunner,
  type GenerationState,
  type Member,
  type Projection,
  type ReadModelStorage,
} from '@chancery/projections';
import { ChainChecker, type ChainBreak } from '@chancery/common';
import { compareTable, type RowDifference } from './compare-tables';

export type ProjectionCheck = {
  name: string;
  /** Position the live generation had reached: the replay stopped there too. */
  position: number | null;
  outcome: 'same' | 'differs' | 'skipped';
  note?: string;
  differences: RowDifference[];
};

export type VerifyReport = {
  events: number;
  chainedStreams: number;
  /** Streams written outside the append path (the user directory), which carry no chain. */
  breaks: ChainBreak[];
  projections: ProjectionCheck[];
  ok: boolean;
};

export type VerifyOptions = {
  store: EventStore;
  /** Each live read-model database (only read) with the projections it holds. */
  live: Array<{ storage: ReadModelStorage; projections: Projection[] }>;
  /** An empty scratch database every projection is replayed into. */
  scratch: ReadModelStorage;
  clock: Clock;
  batchSize?: number;
  /** Re-runs when the live read models move during the comparison (the API is writing). */
  attempts?: number;
};

type Replay = { projection: Projection; storage: ReadModelStorage; live: GenerationState; member: Member; runner: ProjectionRunner };

/**
 * Walks the whole log once, a page at a time, checking every stream's hash chain while replaying
 * each projection into the scratch database up to the position its live generation has reached;
 * then compares the two table by table.
 */
export async function verifyLog(options: VerifyOptions): Promise<VerifyReport> {
  const { store, scratch, batchSize = 2000, attempts = 3 } = options;
  const checker = new ChainChecker();
  const breaks: ChainBreak[] = [];
  const checks = new Map<string, ProjectionCheck>();
  const replays: Replay[] = [];

  for (const { storage, projections } of options.live) {
    const byName = new Map(projections.map((p) => [p.name, p]));
    for (const state of (await storage.states()).filter((s) => s.role === 'active')) {
      const projection = byName.get(state.name);
      const skipped = (note: string) => checks.set(state.name, { name: state.name, position: state.position, outcome: 'skipped', note, differences: [] });
      if (!projection) skipped('no such projection in this build');
      else if (projection.version !== state.version) skipped(`live generation is version ${state.version}, this build has ${projection.version}: rebuild first`);
      else replays.push(await replayFor(projection, storage, state, options));
    }
  }

  let events = 0;
  let batch: RecordedEvent[] = [];
  const flush = async () => {
    for (const r of replays) await r.runner.applyBatch(batch.filter((e) => e.position <= (r.live.position ?? -1)));
    batch = [];
  };
  for await (const event of store.readAll()) {
    events++;
    const broken = checker.check(event);
    if (broken) breaks.push(broken);
    batch.push(event);
    if (batch.length >= batchSize) await flush();
  }
  await flush();

  for (let attempt = 1; ; attempt++) {
    for (const r of replays) {
      const differences = (await Promise.all(r.projection.tables.map((t) => compareTable(t, r.storage.reader(r.live), scratch.reader(r.member.ref))))).flat();
      checks.set(r.projection.name, { name: r.projection.name, position: r.live.position, outcome: differences.length ? 'differs' : 'same', differences });
    }
    const moved = await catchUp(replays, store, batchSize);
    if (!moved) break;
    if (attempt >= attempts) {
      for (const r of moved) checks.get(r.projection.name)!.note = 'the live read model kept moving during verification';
      break;
    }
  }

  const projectionChecks = [...checks.values()];
  return {
    events,
    chainedStreams: checker.chainedStreams,
    breaks,
    projections: projectionChecks,
    ok: breaks.length === 0 && projectionChecks.every((c) => c.outcome !== 'differs'),
  };
}

async function replayFor(projection: Projection, storage: ReadModelStorage, live: GenerationState, options: VerifyOptions): Promise<Replay> {
  const ref = { name: projection.name, generation: 1 };
  await options.scratch.createGeneration(ref, projection.version, 'active', projection.tables);
  const member: Member = {
    projection,
    ref,
    version: projection.version,
    handles: new Set(projection.handles),
    position: null,
    lastRecordedAt: null,
    haltedBy: null,
  };
  const runner = new ProjectionRunner(options.store, options.scratch, {
    batchSize: options.batchSize ?? 2000,
    retryMs: 1000,
    now: () => options.clock.now(),
  });
  runner.add(member);
  return { projection, storage, live, member, runner };
}

/** Replays what the live generations applied since the comparison began; the ones that moved. */
async function catchUp(replays: Replay[], store: EventStore, batchSize: number): Promise<Replay[] | null> {
  const now = new Map<string, GenerationState>();
  for (const storage of new Set(replays.map((r) => r.storage))) {
    for (const s of await storage.states()) if (s.role === 'active') now.set(s.name, s);
  }
  const moved = replays.filter((r) => now.get(r.projection.name)?.position !== r.live.position && now.get(r.projection.name)?.generation === r.live.generation);
  if (!moved.length) return null;
  const from = Math.min(...moved.map((r) => (r.live.position ?? -1) + 1));
  for (const r of moved) r.live = now.get(r.projection.name)!;
  let batch: RecordedEvent[] = [];
  const flush = async () => {
    for (const r of moved) await r.runner.applyBatch(batch.filter((e) => e.position <= (r.live.position ?? -1)));
    batch = [];
  };
  const until = Math.max(...moved.map((r) => r.live.position ?? -1));
  for await (const event of store.readAll({ fromPosition: from })) {
    if (event.position > until) break;
    batch.push(event);
    if (batch.length >= batchSize) await flush();
  }
  await flush();
  return moved;
}
