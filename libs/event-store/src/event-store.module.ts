import { DynamicModule, Inject, Module, OnApplicationShutdown } from '@nestjs/common';
import { createEventStore, EventStoreConfig, eventStoreConfigFromEnv } from './create-event-store';
import {
  EVENT_STORE_OBSERVER,
  type EventStoreObserver,
  observeAppends,
} from './event-store-observer';
import { EVENT_STORE, EventStore } from './event-store.port';

/** Provides the EventStore port: KurrentDB when EVENTSTORE_URL is set, else embedded SQLite. */
@Module({})
export class EventStoreModule implements OnApplicationShutdown {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  static forRoot(config?: EventStoreConfig): DynamicModule {
    return {
      module: EventStoreModule,
      global: true,
      providers: [
        {
          provide: EVENT_STORE,
          // The API provides an observer (metrics, traces); the CLI and most tests do not.
          inject: [{ token: EVENT_STORE_OBSERVER, optional: true }],
          useFactory: (observer?: EventStoreObserver) =>
            observeAppends(
              createEventStore(config ?? eventStoreConfigFromEnv(), { observer }),
              observer,
            ),
        },
      ],
      exports: [EVENT_STORE],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
  }
}
