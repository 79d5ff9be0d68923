import { Module } from '@nestjs/common';
import { EventStoreModule } from '@chancery/event-store';

/** What the operators' commands need: the same stores the API uses, without HTTP. */
@Module({
  imports: [EventStoreModule.forRoot()],
})
export class CliModule {}
