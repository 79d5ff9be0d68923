import { Inject, Injectable, Logger, OnModuleDestroy, OnModuleInit } from '@nestjs/common';
import { EVENT_STORE, EventStore, Subscription } from '@chancery/event-store';
import { UserDirectory } from './user-directory';
import { USER_STREAM_PREFIX } from './user-streams';

/**
 * Builds the user directory from the user streams before the app serves anything, then follows
 * the log so that a token issued or revoked from the CLI (another process) takes effect here.
 */
@Injectable()
export class DirectoryFollower implements OnModuleInit, OnModuleDestroy {
  private readonly logger = new Logger(DirectoryFollower.name);
  private subscription?: Subscription;
  private following?: Promise<void>;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly directory: UserDirectory,
  ) {}

  async onModuleInit(): Promise<void> {
    const filter = { streamPrefixes: [USER_STREAM_PREFIX] };
    let last: number | undefined;
    for await (const event of this.store.readAll({ filter })) {
      this.directory.apply(event);
      last = event.position;
    }
    this.subscription = this.store.subscribeToAll({ after: last, filter });
    this.following = this.follow(this.subscription);
  }

  async onModuleDestroy(): Promise<void> {
    await this.subscription?.stop();
    await this.following;
  }

  private async follow(subscription: Subscription): Promise<void> {
    try {
      for await (const message of subscription) {
        if (message.kind === 'event') this.directory.apply(message.event);
      }
    } catch (error) {
      // Authentication keeps working on what is known; revocations from elsewhere would be missed.
      this.logger.error(`stopped following user changes: ${(error as Error).message}`);
    }
  }
}
