import { Module } from '@nestjs/common';
import { EventStoreModule } from '@chancery/event-store';
import { IdentityModule } from '@chancery/identity';

/** The user streams on the same store as the API (DATA_DIR / EVENTSTORE_URL). */
@Module({ imports: [EventStoreModule.forRoot(), IdentityModule] })
export class UsersCliModule {}
