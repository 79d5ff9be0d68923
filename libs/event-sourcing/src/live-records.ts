import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnApplicationShutdown,
} from '@nestjs/common';
import { DIPLOMACY_EVENT_TYPES } from '@chancery/diplomacy';
import { EVENT_STORE, type EventStore, type Subscription } from '@chancery/event-store';

/** A retraction is always the last event of its stream: it is what takes a record off the record. */
export const isRetraction = (type: string): boolean => type.endsWith('Retracted');

const RETRACTIONS = DIPLOMACY_EVENT_TYPES.filter(isRetraction);

/** Past this many, the memory starts over: the records referred to again are read again. */
const MAX_REMEMBERED = 100_000;

/**
 * Streams known to hold a live record (on record, last event not a retraction), so that reference
 * checks need not read them on every command. Only liveness is remembered and only a retraction
 * can end it: this process forgets a stream as it retracts it, and retractions written by anyone
 * else (the CLI, another API instance) arrive through a subscription to retraction events, within
 * the store's poll interval. Nothing is remembered while that subscription is not running.
 */
@Injectable()
export class LiveRecords implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly live = new Set<string>();
  private following = false;
  private forgets = 0;
  private subscription: Subscription | null = null;
  private running: Promise<void> | null = null;
  private readonly logger = new Logger('LiveRecords');

  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async onApplicationBootstrap(): Promise<void> {
    // Retractions up to the head are seen by any read made from now on; later ones are delivered.
    // A store that cannot answer yet only means nothing is remembered: the API still starts.
    const head = await this.store.headPosition().catch((error: unknown) => {
      this.logger.warn(`reference checks read every stream: ${String(error)}`);
      return undefined;
    });
    if (head === undefined) return;
    const subscription = this.store.subscribeToAll({
      ...(head === null ? {} : { after: head }),
      filter: { eventTypes: RETRACTIONS },
    });
    this.subscription = subscription;
    this.following = true;
    this.running = (async () => {
      for await (const message of subscription) {
        if (message.kind === 'event') this.forget(message.event.streamId);
      }
    })()
      .catch((error: unknown) =>
        this.logger.warn(`reference checks read every stream from now on: ${String(error)}`),
      )
      .finally(() => this.stopFollowing());
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopFollowing();
    await this.subscription?.stop();
    await this.running;
  }

  has(streamId: string): boolean {
    return this.following && this.live.has(streamId);
  }

  /**
   * Marks the moment a read starts; `remember` then ignores what that read found if any stream was
   * forgotten meanwhile (a retraction may have landed between the read and the answer).
   */
  mark(): number {
    return this.forgets;
  }

  remember(streamId: string, mark: number): void {
    if (!this.following || mark !== this.forgets) return;
    if (this.live.size >= MAX_REMEMBERED) this.live.clear();
    this.live.add(streamId);
  }

  forget(streamId: string): void {
    this.forgets++;
    this.live.delete(streamId);
  }

  private stopFollowing(): void {
    this.following = false;
    this.live.clear();
  }
}
