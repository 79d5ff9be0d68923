import {
  Inject,
  Injectable,
  Logger,
  OnApplicationBootstrap,
  OnApplicationShutdown,
} from '@nestjs/common';
import { DIPLOMACY_EVENT_TYPES } from '@chancery/diplomacy';
import { EVENT_STORE, type EventStore, type Subscription } from '@chancery/event-store';
import type { Classification } from '@chancery/identity';
import { reclassifies } from './record-clearance';

/** A retraction is always the last event of its stream: it is what takes a record off the record. */
export const isRetraction = (type: string): boolean => type.endsWith('Retracted');

/** What ends a remembered stream's entry: a retraction, or a correction of its classification. */
export const changesWhatIsRemembered = (event: { type: string; data: unknown }): boolean =>
  isRetraction(event.type) || (event.type.endsWith('Corrected') && reclassifies(event));

const FOLLOWED = DIPLOMACY_EVENT_TYPES.filter(
  (type) => isRetraction(type) || type.endsWith('Corrected'),
);

/** Past this many, the memory starts over: the records referred to again are read again. */
const MAX_REMEMBERED = 100_000;

/**
 * Streams known to hold a live record (on record, last event not a retraction), with their
 * classification, so that reference checks need not read them on every command. Only a
 * retraction or a reclassification can change what is remembered: this process forgets a stream
 * as it writes one, and those written by anyone else (the CLI, another API instance) arrive
 * through a subscription to retractions and corrections, within the store's poll interval.
 * Nothing is remembered while that subscription is not running.
 */
@Injectable()
export class LiveRecords implements OnApplicationBootstrap, OnApplicationShutdown {
  /** Stream → its classification (null: a stream clearance does not hide, such as a user). */
  private readonly live = new Map<string, Classification | null>();
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
      filter: { eventTypes: FOLLOWED },
    });
    this.subscription = subscription;
    this.following = true;
    this.running = (async () => {
      for await (const message of subscription) {
        if (message.kind === 'event' && changesWhatIsRemembered(message.event))
          this.forget(message.event.streamId);
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

  /** A live stream's remembered classification (null: unclassified); undefined when not remembered. */
  lookup(streamId: string): Classification | null | undefined {
    return this.following ? this.live.get(streamId) : undefined;
  }

  /**
   * Marks the moment a read starts; `remember` then ignores what that read found if any stream was
   * forgotten meanwhile (a retraction may have landed between the read and the answer).
   */
  mark(): number {
    return this.forgets;
  }

  remember(streamId: string, classification: Classification | null, mark: number): void {
    if (!this.following || mark !== this.forgets) return;
    if (this.live.size >= MAX_REMEMBERED) this.live.clear();
    this.live.set(streamId, classification);
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
