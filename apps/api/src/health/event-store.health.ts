import { Inject, Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import { EVENT_STORE, EventStore } from '@chancery/event-store';

@Injectable()
export class EventStoreHealthIndicator {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly indicator: HealthIndicatorService,
  ) {}

  async check(key = 'eventStore') {
    const probe = this.indicator.check(key);
    try {
      const { ok, detail } = await this.store.health();
      return ok ? probe.up({ detail }) : probe.down({ detail });
    } catch (error) {
      return probe.down({ detail: (error as Error).message });
    }
  }
}
