import { Inject, Injectable } from '@nestjs/common';
import { upcastEvent, type Decider, type DomainEventShape } from '@chancery/diplomacy';
import {
  EVENT_STORE,
  StreamNotFoundError,
  type EventStore,
  type RecordedEvent,
} from '@chancery/event-store';

/** A record rebuilt from its stream. `revision` and `position` are null when the stream is empty. */
export type LoadedStream<S> = {
  streamId: string;
  state: S;
  revision: number | null;
  position: number | null;
  events: RecordedEvent[];
};

/** Reads a stream and folds it with the decider's `evolve`: the current state of one record. */
@Injectable()
export class StreamReader {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async load<C, E extends DomainEventShape, S>(
    streamId: string,
    decider: Pick<Decider<C, E, S>, 'initialState' | 'evolve'>,
  ): Promise<LoadedStream<S>> {
    const events = await this.events(streamId);
    const state = events.reduce((current, stored) => {
      const event = upcastEvent(stored);
      return decider.evolve(current, { type: event.type, data: event.data } as unknown as E);
    }, decider.initialState());
    const last = events.at(-1);
    return {
      streamId,
      state,
      revision: last?.revision ?? null,
      position: last?.position ?? null,
      events,
    };
  }

  /** The last event of a stream, or null when it has none; cheap existence checks use it. */
  async last(streamId: string): Promise<RecordedEvent | null> {
    try {
      for await (const event of this.store.readStream(streamId, {
        direction: 'backwards',
        maxCount: 1,
      })) {
        return event;
      }
      return null;
    } catch (error) {
      if (error instanceof StreamNotFoundError) return null;
      throw error;
    }
  }

  /** Every event of a stream, oldest first; none when it does not exist. */
  async events(streamId: string): Promise<RecordedEvent[]> {
    const events: RecordedEvent[] = [];
    try {
      for await (const event of this.store.readStream(streamId)) events.push(event);
    } catch (error) {
      if (!(error instanceof StreamNotFoundError)) throw error;
    }
    return events;
  }
}
