import { Global, Module } from '@nestjs/common';
import { CLOCK, systemClock } from '@chancery/common';
import { CommandExecutor } from './command-executor';
import { EventAppender } from './event-appender';
import { LiveRecords } from './live-records';
import { ReferenceChecker } from './reference-checker';
import { StreamReader } from './stream-reader';

/** The write path shared by every use case; needs the EventStoreModule's EVENT_STORE. */
@Global()
@Module({
  providers: [
    { provide: CLOCK, useValue: systemClock },
    LiveRecords,
    EventAppender,
    StreamReader,
    CommandExecutor,
    ReferenceChecker,
  ],
  exports: [EventAppender, StreamReader, CommandExecutor, ReferenceChecker],
})
export class EventSourcingModule {}
