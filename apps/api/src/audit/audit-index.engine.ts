import { Inject, Injectable, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { join } from 'node:path';
import { AUDIT_INDEX_FILE, AUDIT_PROJECTIONS } from '@chancery/audit';
import { CLOCK, Clock } from '@chancery/common';
import { EVENT_STORE, EventStore, eventStoreConfigFromEnv } from '@chancery/event-store';
import { ProjectionEngine, SqliteReadModelStorage } from '@chancery/projections';

const WAIT_MS = 5000;

/** The party → streams index, kept by its own engine in DATA_DIR/audit-index.sqlite. */
@Injectable()
export class AuditIndexEngine extends ProjectionEngine implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly indexStorage: SqliteReadModelStorage;

  constructor(
    @Inject(EVENT_STORE) private readonly events: EventStore,
    @Inject(CLOCK) clock: Clock,
  ) {
    const storage = SqliteReadModelStorage.open(join(eventStoreConfigFromEnv().dataDir, AUDIT_INDEX_FILE));
    super(events, storage, AUDIT_PROJECTIONS, { clock });
    this.indexStorage = storage;
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
    await this.indexStorage.close();
  }
}
