import type { Clock } from '@chancery/common';
import type { EventStore } from '@chancery/event-store';
import type { Projection } from './projection';
import { waitWithin } from './wait-within';
import { key, Member, ProjectionRunner } from './projection-runner';
import type {
  GenerationRef,
  GenerationState,
  ReadModelReader,
  ReadModelStorage,
} from './read-model-storage.port';

export interface EngineOptions {
  clock: Clock;
  /** Events per transaction once live. */
  batchSize?: number;
  /**
   * Events per transaction while catching up (a rebuild). A catching-up generation only appends
   * rows (it has no indexes yet), so commits are cheap and a batch need not be large; its parsed
   * events are what a rebuild holds in memory. Defaults to 2000, or to `batchSize` when given.
   */
  catchUpBatchSize?: number;
  /** Pause before retrying after a storage or store failure. */
  retryMs?: number;
  /** How long a retired generation's tables stay for queries already under way. */
  retireDelayMs?: number;
  /** Told which generation each projection reads and how far it has applied, whenever that moves. */
  progress?: (active: ActiveGeneration[]) => void;
}

/** What queries need to know of a projection: which generation to read, and its checkpoint. */
export interface ActiveGeneration {
  name: string;
  generation: number;
  position: number | null;
}

export interface Lag {
  position: number | null;
  /** Counted up to LAG_COUNT_LIMIT: on KurrentDB counting means reading the events. */
  eventsBehind: number;
  /** True when more events than `eventsBehind` are waiting (the count stopped at its limit). */
  eventsBehindAtLeast: boolean;
  secondsBehind: number;
}

export const LAG_COUNT_LIMIT = 10_000;

export interface ProjectionStatus extends Lag {
  name: string;
  version: number;
  generation: number;
  onPoison: Projection['onPoison'];
  state: 'live' | 'catching-up' | 'halted' | 'failing' | 'stale';
  haltedBy: string | null;
  lastError: string | null;
  deadLetters: number;
  rebuild: ({ generation: number; version: number; haltedBy: string | null } & Lag) | null;
}

/** The projection has not reached the asked position within the bound. */
export class ProjectionLagError extends Error {
  readonly code = 'PROJECTIONS.LAGGING';
  constructor(
    readonly projection: string,
    readonly minPosition: number,
    readonly lag: Lag,
  ) {
    super(`${projection} has not reached position ${minPosition} (at ${lag.position ?? 'none'})`);
  }
}

export class UnknownProjectionError extends Error {
  readonly code = 'PROJECTIONS.UNKNOWN';
  constructor(readonly projection: string) {
    super(`no projection named ${projection}`);
  }
}

/** A rebuild of the projection is already under way (and not halted): it must finish or halt first. */
export class RebuildInProgressError extends Error {
  readonly code = 'PROJECTIONS.REBUILD_IN_PROGRESS';
  constructor(readonly projection: string) {
    super(`${projection} is already being rebuilt`);
  }
}

interface Entry {
  projection: Projection;
  /** The generation queries read; `null` only before start. */
  active: Member | null;
  /** A generation being rebuilt beside the active one. */
  next: Member | null;
  waiters: Set<{ position: number; resolve: () => void }>;
}

/**
 * Runs every projection: active generations follow the log together in one live runner;
 * a rebuild builds the next generation in its own runner, joins the live runner once caught
 * up and takes over as soon as it has reached the active generation's position.
 */
export class ProjectionEngine {
  private readonly entries = new Map<string, Entry>();
  private readonly live: ProjectionRunner;
  /** Runners of generations catching up on their own (rebuilds, resumed projections) until handed over. */
  private readonly catchingUp = new Set<ProjectionRunner>();
  private readonly options: Required<Omit<EngineOptions, 'progress'>> &
    Pick<EngineOptions, 'progress'>;
  private started = false;

  constructor(
    private readonly store: EventStore,
    private readonly storage: ReadModelStorage,
    projections: Projection[],
    options: EngineOptions,
  ) {
    const batchSize = options.batchSize ?? 2000;
    this.options = {
      retryMs: 1000,
      retireDelayMs: 5000,
      ...options,
      batchSize,
      catchUpBatchSize: options.catchUpBatchSize ?? options.batchSize ?? 2000,
    };
    for (const projection of projections) {
      this.entries.set(projection.name, {
        projection,
        active: null,
        next: null,
        waiters: new Set(),
      });
    }
    this.live = this.runner();
  }

  async start(): Promise<void> {
    const states = await this.storage.states();
    const toBuild: Entry[] = [];
    for (const entry of this.entries.values()) {
      const { projection } = entry;
      const mine = states.filter((s) => s.name === projection.name);
      for (const s of mine.filter((s) => s.role === 'retired'))
        await this.storage.dropGeneration(s, projection.tables);
      const active = mine.find((s) => s.role === 'active');
      const building = mine.find((s) => s.role === 'building');
      if (!active) {
        const ref = {
          name: projection.name,
          generation: 1 + Math.max(0, ...mine.map((s) => s.generation)),
        };
        await this.storage.createGeneration(ref, projection.version, 'active', projection.tables);
        entry.active = this.member(projection, {
          ...ref,
          version: projection.version,
          role: 'active',
          position: null,
          lastRecordedAt: null,
          haltedBy: null,
        });
      } else entry.active = this.member(projection, active);
      const stale = active !== undefined && active.version !== projection.version;
      // A rebuild of this version that a restart interrupted (a new version's, or one an operator
      // asked for) goes on from its checkpoint: `rebuild` takes up the building generation it finds.
      // One built by older code is of no use.
      const resumable = building?.version === projection.version;
      if (building && !resumable) await this.storage.dropGeneration(building, projection.tables);
      if (stale || resumable) toBuild.push(entry);
      if (entry.active.version === projection.version) this.live.add(entry.active);
    }
    this.started = true;
    this.reportProgress();
    this.live.start();
    if (toBuild.length) await this.rebuild(...toBuild.map((e) => e.projection.name));
  }

  async stop(): Promise<void> {
    this.started = false;
    await Promise.all([this.live.stop(), ...[...this.catchingUp].map((r) => r.stop())]);
    // A start after this one takes up from storage what was under way (a rebuild's generation).
    this.catchingUp.clear();
    for (const entry of this.entries.values()) entry.next = null;
  }

  /** Builds the next generation of each named projection from zero beside the live one. */
  async rebuild(...names: string[]): Promise<Array<GenerationRef>> {
    // All refused before any is changed: a name refused halfway left the others in no runner.
    for (const name of names) {
      const { next } = this.entry(name);
      if (next && !next.haltedBy) throw new RebuildInProgressError(name);
    }
    const runner = this.runner();
    for (const name of names) {
      const entry = this.entry(name);
      if (entry.next) await this.discardNext(entry);
      const states = (await this.storage.states()).filter((s) => s.name === name);
      const existing = states.find(
        (s) => s.role === 'building' && s.version === entry.projection.version,
      );
      const ref = existing ?? {
        name,
        generation: 1 + Math.max(0, ...states.map((s) => s.generation)),
      };
      if (!existing)
        await this.storage.createGeneration(
          ref,
          entry.projection.version,
          'building',
          entry.projection.tables,
        );
      const state = existing ?? {
        ...ref,
        version: entry.projection.version,
        role: 'building' as const,
        position: null,
        lastRecordedAt: null,
        haltedBy: null,
      };
      entry.next = this.member(entry.projection, state);
      runner.add(entry.next);
    }
    this.catchingUp.add(runner);
    runner.start();
    return names.map((n) => this.entry(n).next!.ref);
  }

  /** Resolves once the named projections' rebuilds have taken over (or rejects if one halts). */
  async whenRebuilt(names: string[], pollMs = 20): Promise<void> {
    for (;;) {
      const pending = names.map((n) => this.entry(n).next).filter((m): m is Member => m !== null);
      const halted = pending.find((m) => m.haltedBy);
      if (halted) throw new Error(`rebuild of ${halted.ref.name} halted: ${halted.haltedBy}`);
      if (!pending.length) return;
      await new Promise((resolve) => setTimeout(resolve, pollMs));
    }
  }

  /**
   * Lets a halted projection try its poison event again (after a fix, or with a new policy). It
   * catches up in a runner of its own, as a rebuild does, then rejoins the live runner: rejoining
   * at once made the live runner replay its backlog, and every other projection wait for that.
   */
  async resume(name: string): Promise<void> {
    const entry = this.entry(name);
    const active = entry.active!;
    if (!active.haltedBy) return;
    await this.storage.resume(active.ref);
    // Out of every runner first: one it halted in may still hold it, and would go on from where
    // it has read to, past the events in between.
    this.detach(active.ref);
    active.haltedBy = null;
    // An older version's tables are not followed: they serve queries until this version's rebuild
    // takes over, so clearing the halt is all there is to do.
    if (active.version !== entry.projection.version) return;
    const runner = this.runner();
    runner.add(active);
    this.catchingUp.add(runner);
    runner.start();
  }

  reader(name: string): ReadModelReader {
    return this.storage.reader(this.entry(name).active!.ref);
  }

  names(): string[] {
    return [...this.entries.keys()];
  }

  position(name: string): number | null {
    return this.entry(name).active?.position ?? null;
  }

  /** The generation each projection's queries read, and its checkpoint. */
  activeGenerations(): ActiveGeneration[] {
    return [...this.entries.values()]
      .filter((e) => e.active)
      .map(({ active }) => ({ ...active!.ref, position: active!.position }));
  }

  /** Read-your-writes: waits until the projection has applied `position`, at most `timeoutMs`. */
  async waitFor(name: string, position: number, timeoutMs: number): Promise<void> {
    const entry = this.entry(name);
    if ((entry.active?.position ?? -1) >= position) return;
    const ok = await waitWithin(entry.waiters, (resolve) => ({ position, resolve }), timeoutMs);
    if (!ok) throw new ProjectionLagError(name, position, await this.lag(entry.active));
  }

  async status(): Promise<ProjectionStatus[]> {
    const letters = await this.storage.deadLetterCounts();
    // One head for every projection listed: on KurrentDB each read is a round trip.
    const head = await this.store.headPosition();
    return Promise.all(
      [...this.entries.values()].map(async ({ projection, active, next }) => {
        const current = active!.version === projection.version;
        const runner = this.runnerOf(active!);
        const state: ProjectionStatus['state'] = active!.haltedBy
          ? 'halted'
          : runner.lastError
            ? 'failing'
            : !current
              ? 'stale'
              : runner.caughtUp
                ? 'live'
                : 'catching-up';
        return {
          name: projection.name,
          version: projection.version,
          generation: active!.ref.generation,
          onPoison: projection.onPoison,
          state,
          haltedBy: active!.haltedBy,
          lastError: runner.lastError,
          deadLetters: letters.get(projection.name) ?? 0,
          ...(await this.lag(active, head)),
          rebuild: next
            ? {
                generation: next.ref.generation,
                version: projection.version,
                haltedBy: next.haltedBy,
                ...(await this.lag(next, head)),
              }
            : null,
        };
      }),
    );
  }

  /** How far behind the head of the log the projection's active generation is. */
  lagOf(name: string): Promise<Lag> {
    return this.lag(this.entry(name).active);
  }

  deadLetters(name?: string) {
    return this.storage.deadLetters(name);
  }

  private async lag(member: Member | null, knownHead?: number | null): Promise<Lag> {
    const position = member?.position ?? null;
    const head = knownHead === undefined ? await this.store.headPosition() : knownHead;
    const none = { position, eventsBehind: 0, eventsBehindAtLeast: false, secondsBehind: 0 };
    if (head === null || (position !== null && position >= head)) return none;
    // From the checkpoint itself, which is an event's position on every store (position + 1 is a
    // byte inside an event on KurrentDB), skipping that event.
    for await (const first of this.store.readAll({
      ...(position === null ? {} : { fromPosition: position }),
      maxCount: 2,
    })) {
      if (position !== null && first.position <= position) continue;
      const seconds =
        (this.options.clock.now().getTime() - Date.parse(first.metadata.recordedAt)) / 1000;
      // Positions are a count on SQLite only: on KurrentDB they are byte offsets in its log.
      const behind = await this.store.countAfter(position, LAG_COUNT_LIMIT + 1);
      return {
        position,
        eventsBehind: Math.min(behind, LAG_COUNT_LIMIT),
        eventsBehindAtLeast: behind > LAG_COUNT_LIMIT,
        secondsBehind: Math.max(0, Math.round(seconds * 10) / 10),
      };
    }
    return none;
  }

  private runner(): ProjectionRunner {
    return new ProjectionRunner(
      this.store,
      this.storage,
      {
        batchSize: this.options.batchSize,
        catchUpBatchSize: this.options.catchUpBatchSize,
        retryMs: this.options.retryMs,
        now: () => this.options.clock.now(),
      },
      {
        committed: (members) => this.committed(members),
        caughtUp: (runner) => this.handOver(runner),
      },
    );
  }

  private committed(members: Member[]): void {
    let moved = false;
    for (const m of members) {
      const entry = this.entries.get(m.ref.name)!;
      if (entry.next === m && this.live.members.has(key(m.ref))) void this.takeOver(entry);
      if (entry.active !== m) continue;
      moved = true;
      for (const w of entry.waiters) if (w.position <= (m.position ?? -1)) w.resolve();
    }
    if (moved) this.reportProgress();
  }

  private reportProgress(): void {
    this.options.progress?.(this.activeGenerations());
  }

  /** The runner an active generation is applied by: the live one, or its own while it catches up. */
  private runnerOf(active: Member): ProjectionRunner {
    return [...this.catchingUp].find((r) => r.members.has(key(active.ref))) ?? this.live;
  }

  /** A generation that has caught up moves into the live runner, which resubscribes from the lowest checkpoint. */
  private handOver(runner: ProjectionRunner): void {
    if (!this.catchingUp.has(runner) || !this.started) return;
    this.catchingUp.delete(runner);
    void runner.stop();
    // Only active and next generations are in a catch-up runner: one retired or discarded meanwhile
    // was taken out of every runner then (`detach`).
    for (const m of runner.members.values()) {
      if (m.haltedBy) continue;
      this.live.add(m);
      const entry = this.entries.get(m.ref.name)!;
      if (entry.next === m) void this.takeOver(entry);
    }
  }

  private async takeOver(entry: Entry): Promise<void> {
    const next = entry.next;
    const previous = entry.active;
    if (!next || !previous) return;
    const stale = previous.version !== entry.projection.version;
    if (!stale && (next.position ?? -1) < (previous.position ?? -1)) return;
    entry.next = null;
    entry.active = next;
    await this.storage.promote(next.ref, previous.ref);
    this.reportProgress();
    this.detach(previous.ref);
    for (const w of entry.waiters) if (w.position <= (next.position ?? -1)) w.resolve();
    const timer = setTimeout(
      () =>
        void this.storage
          .dropGeneration(previous.ref, entry.projection.tables)
          .catch(() => undefined),
      this.options.retireDelayMs,
    );
    timer.unref();
  }

  private async discardNext(entry: Entry): Promise<void> {
    const next = entry.next!;
    entry.next = null;
    this.detach(next.ref);
    await this.storage.dropGeneration(next.ref, entry.projection.tables);
  }

  /** Takes a generation out of every runner; a catch-up runner left with none stops. */
  private detach(ref: GenerationRef): void {
    this.live.remove(ref);
    for (const runner of this.catchingUp) {
      runner.remove(ref);
      if (runner.members.size) continue;
      this.catchingUp.delete(runner);
      void runner.stop();
    }
  }

  private member(projection: Projection, state: GenerationState): Member {
    return {
      projection,
      ref: { name: state.name, generation: state.generation },
      version: state.version,
      handles: new Set(projection.handles),
      position: state.position,
      lastRecordedAt: state.lastRecordedAt,
      haltedBy: state.haltedBy,
    };
  }

  private entry(name: string): Entry {
    const entry = this.entries.get(name);
    if (!entry) throw new UnknownProjectionError(name);
    return entry;
  }
}
