import { Worker } from 'node:worker_threads';
import {
  type ActiveGeneration,
  type Lag,
  ProjectionLagError,
  type ProjectionStatus,
  UnknownProjectionError,
} from '../projection-engine';
import type {
  DeadLetter,
  GenerationRef,
  ReadModelReader,
  ReadModelStorage,
} from '../read-model-storage.port';
import { waitWithin } from '../wait-within';
import {
  fromThreadError,
  type EngineCall,
  type FromEngineThread,
  type ToEngineThread,
} from './protocol';

export interface ThreadedEngineOptions {
  /** The worker's entry file: it calls `serveEngineThread`. A `.ts` entry is loaded through swc. */
  entry: string;
  workerData: unknown;
  /** Opens this thread's own read-only view of the storage the worker writes: queries read through it. */
  openStorage: () => ReadModelStorage;
  /** How long a call waits for a worker that is (re)starting. */
  callTimeoutMs?: number;
  /** Pause before a worker that died is started again. */
  restartMs?: number;
  /** How long `stop` lets the worker wind down before ending it. */
  stopTimeoutMs?: number;
  /** Told when the worker died and is about to be started again. */
  onRestart?: (reason: string) => void;
}

type Pending = { resolve: (value: unknown) => void; reject: (error: Error) => void };

/**
 * A projection engine that runs in a worker thread, so that applying events never holds up a
 * request: queries read the worker's tables through their own connection, and read-your-writes
 * waits on the checkpoints the worker reports after each commit. A worker that dies is started
 * again; it resumes from the checkpoints it committed.
 */
export class ThreadedProjectionEngine {
  private worker: Worker | null = null;
  private storage: ReadModelStorage | null = null;
  private ready: Promise<void> | null = null;
  private stopping = false;
  /** Why the worker last failed, for the restart report. */
  private lastFailure: string | null = null;
  private nextCall = 0;
  private readonly calls = new Map<number, Pending>();
  private readonly active = new Map<string, ActiveGeneration>();
  private readonly waiters = new Set<{ name: string; position: number; resolve: () => void }>();

  constructor(private readonly options: ThreadedEngineOptions) {}

  /** Resolves once the worker's engine has started; it catches up with the log in the background. */
  start(): Promise<void> {
    this.stopping = false;
    return (this.ready ??= this.spawn());
  }

  async stop(): Promise<void> {
    this.stopping = true;
    const worker = this.worker;
    if (worker) {
      const exited = new Promise((resolve) => worker.once('exit', resolve));
      this.post({ kind: 'stop' });
      // Committed work is safe in the checkpoints: a worker that will not wind down is ended.
      const timer = setTimeout(() => void worker.terminate(), this.options.stopTimeoutMs ?? 10_000);
      await exited;
      clearTimeout(timer);
    }
    await this.storage?.close();
    this.storage = null;
    this.ready = null;
  }

  names(): string[] {
    return [...this.active.keys()];
  }

  position(name: string): number | null {
    return this.generation(name).position;
  }

  /** Which generation of `name` queries read, and the checkpoint it has committed. */
  activeGeneration(name: string): ActiveGeneration {
    return { ...this.generation(name) };
  }

  reader(name: string): ReadModelReader {
    const { generation } = this.generation(name);
    return this.storage!.reader({ name, generation });
  }

  async waitFor(name: string, position: number, timeoutMs: number): Promise<void> {
    if ((this.generation(name).position ?? -1) >= position) return;
    const ok = await waitWithin(
      this.waiters,
      (resolve) => ({ name, position, resolve }),
      timeoutMs,
    );
    if (!ok) throw new ProjectionLagError(name, position, await this.lagOf(name));
  }

  status(): Promise<ProjectionStatus[]> {
    return this.call('status') as Promise<ProjectionStatus[]>;
  }

  rebuild(...names: string[]): Promise<GenerationRef[]> {
    return this.call('rebuild', ...names) as Promise<GenerationRef[]>;
  }

  resume(name: string): Promise<void> {
    return this.call('resume', name) as Promise<void>;
  }

  deadLetters(name?: string): Promise<DeadLetter[]> {
    return this.call('deadLetters', name) as Promise<DeadLetter[]>;
  }

  lagOf(name: string): Promise<Lag> {
    return this.call('lagOf', name) as Promise<Lag>;
  }

  private generation(name: string): ActiveGeneration {
    const active = this.active.get(name);
    if (!active) throw new UnknownProjectionError(name);
    return active;
  }

  private spawn(): Promise<void> {
    const { entry, workerData } = this.options;
    const worker = new Worker(entry, {
      workerData,
      execArgv: entry.endsWith('.ts') ? ['-r', '@swc-node/register'] : [],
    });
    this.worker = worker;
    return new Promise<void>((resolve, reject) => {
      worker.on('message', (message: FromEngineThread) => {
        if (message.kind === 'ready') {
          this.storage ??= this.options.openStorage();
          resolve();
        } else if (message.kind === 'failed') {
          this.lastFailure = message.message;
          reject(new Error(message.message));
        } else this.receive(message);
      });
      worker.on('error', (error) => {
        this.lastFailure = error.message;
        reject(error);
      });
      worker.on('exit', () => this.exited(worker));
    });
  }

  private receive(message: FromEngineThread): void {
    if (message.kind === 'progress') {
      for (const a of message.active) this.active.set(a.name, a);
      for (const w of this.waiters)
        if ((this.active.get(w.name)?.position ?? -1) >= w.position) w.resolve();
    } else if (message.kind === 'result' || message.kind === 'error') {
      const pending = this.calls.get(message.id);
      this.calls.delete(message.id);
      if (message.kind === 'result') pending?.resolve(message.value);
      else pending?.reject(fromThreadError(message.error));
    }
  }

  private exited(worker: Worker): void {
    if (this.worker !== worker) return;
    this.worker = null;
    for (const pending of this.calls.values())
      pending.reject(new Error('the projection worker stopped'));
    this.calls.clear();
    if (this.stopping) return;
    this.options.onRestart?.(this.lastFailure ?? 'the projection worker exited');
    this.lastFailure = null;
    // A stop() while the pause runs must not find a worker started after it.
    this.ready = new Promise((resolve) => setTimeout(resolve, this.options.restartMs ?? 1000))
      .then(() => (this.stopping || this.worker ? undefined : this.spawn()))
      .catch(() => undefined);
  }

  private async call(call: EngineCall, ...args: unknown[]): Promise<unknown> {
    const timeoutMs = this.options.callTimeoutMs ?? 10_000;
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`the projection worker did not answer ${call}`)),
        timeoutMs,
      );
    });
    try {
      await Promise.race([this.ready, timeout]);
      const id = this.nextCall++;
      const answer = new Promise((resolve, reject) => this.calls.set(id, { resolve, reject }));
      answer.catch(() => undefined); // still settled, unawaited, if the timeout wins the race
      this.post({ kind: 'call', id, call, args });
      return await Promise.race([answer, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }

  private post(message: ToEngineThread): void {
    this.worker?.postMessage(message);
  }
}
