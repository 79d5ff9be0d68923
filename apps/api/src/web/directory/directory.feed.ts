import { join } from 'node:path';
import { Worker } from 'node:worker_threads';
import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown, ServiceUnavailableException } from '@nestjs/common';
import { eventStoreConfigFromEnv, type EventStoreConfig } from '@chancery/event-store';
import type { Clearance } from '@chancery/identity';
import type { DirectoryEntry, DirectoryKind } from './directory';
import type { FromDirectoryThread, ToDirectoryThread } from './directory.protocol';

type Pending = { resolve: (items: DirectoryEntry[]) => void; reject: (error: Error) => void };

/**
 * The request thread's handle on the directory, which a worker thread keeps current from the log
 * (see `directory.worker`). A worker that dies is started again and replays the log.
 */
@Injectable()
export class DirectoryFeed implements OnApplicationBootstrap, OnApplicationShutdown {
  private worker: Worker | null = null;
  private stopping = false;
  private nextId = 0;
  private readonly pending = new Map<number, Pending>();
  private readonly logger = new Logger('Directory');
  private reachedHead!: () => void;
  /** Settles once the replay has reached the head of the log as it stood (the directory is complete). */
  readonly caughtUp = new Promise<void>((resolve) => (this.reachedHead = resolve));
  /** How long a search waits: one asked during the replay is answered once the replay is done. */
  searchTimeoutMs = 5000;

  onApplicationBootstrap(): void {
    this.start(eventStoreConfigFromEnv());
  }

  start(config: EventStoreConfig): void {
    this.stopping = false;
    // Compiled, the worker sits beside this file; under jest or swc it is TypeScript.
    const entry = join(__dirname, `directory.worker${__filename.endsWith('.ts') ? '.ts' : '.js'}`);
    const worker = new Worker(entry, {
      workerData: config,
      execArgv: entry.endsWith('.ts') ? ['-r', '@swc-node/register'] : [],
    });
    this.worker = worker;
    worker.on('message', (message: FromDirectoryThread) => {
      if (message.kind === 'caughtUp') this.reachedHead();
      else if (message.kind === 'failed') this.logger.error(`directory feed stopped: ${message.message}`);
      else {
        this.pending.get(message.id)?.resolve(message.items);
        this.pending.delete(message.id);
      }
    });
    worker.on('error', (error) => this.logger.error(`directory worker failed: ${error.message}`));
    worker.on('exit', () => {
      for (const call of this.pending.values()) call.reject(unavailable());
      this.pending.clear();
      this.worker = null;
      if (this.stopping) return;
      this.logger.warn('directory worker stopped; starting it again');
      setTimeout(() => this.stopping || this.start(config), 1000).unref();
    });
  }

  /** Entries matching `q` among `kinds` that someone with `clearance` may see. */
  search(q: string, kinds: DirectoryKind[], clearance: Clearance, limit: number): Promise<DirectoryEntry[]> {
    const worker = this.worker;
    if (!worker) return Promise.reject(unavailable());
    const id = this.nextId++;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => this.pending.delete(id) && reject(unavailable()), this.searchTimeoutMs);
      const settled = () => clearTimeout(timer);
      this.pending.set(id, {
        resolve: (items) => (settled(), resolve(items)),
        reject: (error) => (settled(), reject(error)),
      });
      worker.postMessage({ kind: 'search', id, q, kinds, clearance, limit } satisfies ToDirectoryThread);
    });
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopping = true;
    const worker = this.worker;
    if (!worker) return;
    const exited = new Promise((resolve) => worker.once('exit', resolve));
    worker.postMessage({ kind: 'stop' } satisfies ToDirectoryThread);
    const timer = setTimeout(() => void worker.terminate(), 5000);
    await exited;
    clearTimeout(timer);
  }
}

const unavailable = () =>
  new ServiceUnavailableException({
    statusCode: 503,
    code: 'DIRECTORY.UNAVAILABLE',
    message: 'The directory is loading or starting again; retry in a moment',
  });
