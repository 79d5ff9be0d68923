import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { EVENT_STORE, EventStore, eventStoreConfigFromEnv } from '@chancery/event-store';
import { ThreadedProjectionEngine } from '@chancery/projections';
import { engineThread } from '../projections/engine-threads';

const WAIT_MS = 5000;

/** The party → streams index, kept by its own engine (in a worker thread) in DATA_DIR/audit-index.sqlite. */
@Injectable()
export class AuditIndexEngine
  extends ThreadedProjectionEngine
  implements OnApplicationBootstrap, OnApplicationShutdown
{
  constructor(@Inject(EVENT_STORE) private readonly events: EventStore) {
    super(engineThread('audit-index', eventStoreConfigFromEnv()));
  }

  /** The index once it covers the whole log as it stands now: a record it missed would be missing from the answer. */
  async upToDate() {
    const head = await this.events.headPosition();
    if (head !== null) await this.waitFor('party_streams', head, WAIT_MS);
    return this.reader('party_streams');
  }

  async onApplicationBootstrap() {
    await this.start();
  }

  async onApplicationShutdown() {
    await this.stop();
  }
}
