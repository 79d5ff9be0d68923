import { Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { eventStoreConfigFromEnv } from '@chancery/event-store';
import { ThreadedProjectionEngine } from '@chancery/projections';
import { engineThread } from '../../projections/engine-threads';

/**
 * The read-model projections as a Nest provider. They run in a worker thread (applying events
 * never holds up a request) and write DATA_DIR/read-models.sqlite, beside the event store.
 */
@Injectable()
export class ReadModelEngine
  extends ThreadedProjectionEngine
  implements OnApplicationBootstrap, OnApplicationShutdown
{
  constructor() {
    super(engineThread('read-models', eventStoreConfigFromEnv()));
  }

  async onApplicationBootstrap() {
    await this.start();
  }

  async onApplicationShutdown() {
    await this.stop();
  }
}
