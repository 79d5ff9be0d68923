import { Inject, Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { EVENT_STORE, type EventStore, type Subscription } from '@chancery/event-store';
import { Directory, DIRECTORY_STREAM_PREFIXES } from './directory';

/** Keeps the in-memory directory current: replays the party and source streams, then follows the log. */
@Injectable()
export class DirectoryFeed implements OnApplicationBootstrap, OnApplicationShutdown {
  readonly directory = new Directory();
  private subscription: Subscription | null = null;
  private running: Promise<void> | null = null;
  private readonly logger = new Logger('Directory');
  private reachedHead!: () => void;
  /** Settles once the replay has reached the head of the log as it stood (the directory is complete). */
  readonly caughtUp = new Promise<void>((resolve) => (this.reachedHead = resolve));

  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  onApplicationBootstrap(): void {
    const subscription = this.store.subscribeToAll({ filter: { streamPrefixes: DIRECTORY_STREAM_PREFIXES } });
    this.subscription = subscription;
    this.running = (async () => {
      for await (const message of subscription) {
        if (message.kind === 'event') this.directory.apply(message.event as unknown as { type: string; data: Record<string, unknown> });
        else if (message.kind === 'caughtUp') this.reachedHead();
      }
    })().catch((error: unknown) => this.logger.error(`directory feed stopped: ${String(error)}`));
  }

  async onApplicationShutdown(): Promise<void> {
    await this.subscription?.stop();
    await this.running;
  }
}
