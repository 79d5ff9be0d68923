import { Module } from '@nestjs/common';
import { APP_FILTER } from '@nestjs/core';
import { EventSourcingModule } from '@chancery/event-sourcing';
import { CountriesModule } from './countries/countries.module';
import { DocumentsModule } from './documents/documents.module';
import { DraftsModule } from './drafts/drafts.module';
import { FollowUpsModule } from './follow-ups/follow-ups.module';
import { IndicatorsModule } from './indicators/indicators.module';
import { MeetingsModule } from './meetings/meetings.module';
import { OrganisationsModule } from './organisations/organisations.module';
import { PeopleModule } from './people/people.module';
import { PledgesModule } from './pledges/pledges.module';
import { SourcesModule } from './sources/sources.module';
import { StatementsModule } from './statements/statements.module';
import { VisitsModule } from './visits/visits.module';
import { DomainErrorFilter } from './shared/domain-error.filter';
import { TopicsModule } from './topics/topics.module';

/**
 * The diplomatic record's write API: one sub-module per kind of record, one folder per use case
 * (command, handler, DTO, controller). Reads here come straight from a record's stream.
 */
@Module({
  imports: [
    EventSourcingModule,
    TopicsModule,
    CountriesModule,
    OrganisationsModule,
    PeopleModule,
    SourcesModule,
    VisitsModule,
    MeetingsModule,
    StatementsModule,
    IndicatorsModule,
    PledgesModule,
    FollowUpsModule,
    DocumentsModule,
    DraftsModule,
  ],
  providers: [{ provide: APP_FILTER, useClass: DomainErrorFilter }],
})
export class RecordModule {}
