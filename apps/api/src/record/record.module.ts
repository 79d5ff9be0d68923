import { Module } from '@nestjs/common';
import { APP_FILTER, APP_INTERCEPTOR } from '@nestjs/core';
import { EventSourcingModule } from '@chancery/event-sourcing';
import { MeetingsModule } from './meetings/meetings.module';
import { CorrelationIdInterceptor } from './shared/correlation-id.interceptor';
import { DomainErrorFilter } from './shared/domain-error.filter';
import { TopicsModule } from './topics/topics.module';

/**
 * The diplomatic record's write API: one sub-module per kind of record, one folder per use case
 * (command, handler, DTO, controller). Reads here come straight from a record's stream.
 */
@Module({
  imports: [EventSourcingModule, TopicsModule, MeetingsModule],
  providers: [
    { provide: APP_FILTER, useClass: DomainErrorFilter },
    { provide: APP_INTERCEPTOR, useClass: CorrelationIdInterceptor },
  ],
})
export class RecordModule {}
