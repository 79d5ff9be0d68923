import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { join } from 'node:path';
import { CLOCK, Clock } from '@chancery/common';
import { EVENT_STORE, EventStore, eventStoreConfigFromEnv } from '@chancery/event-store';
import { ProjectionEngine, SqliteReadModelStorage } from '@chancery/projections';
import { READ_MODEL_PROJECTIONS } from '@chancery/read-models';

/** The engine as a Nest provider: read models live in DATA_DIR/read-models.sqlite, beside the event store. */
@Injectable()
export class ReadModelEngine
  extends ProjectionEngine
  implements OnApplicationBootstrap, OnApplicationShutdown
{
  private readonly readModels: SqliteReadModelStorage;

  constructor(@Inject(EVENT_STORE) store: EventStore, @Inject(CLOCK) clock: Clock) {
    const storage = SqliteReadModelStorage.open(
      join(eventStoreConfigFromEnv().dataDir, 'read-models.sqlite'),
    );
    super(store, storage, READ_MODEL_PROJECTIONS, { clock });
    this.readModels = storage;
  }

  async onApplicationBootstrap() {
    await this.start();
  }

  async onApplicationShutdown() {
    await this.stop();
    await this.readModels.close();
  }
}
