import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { CLOCK, systemClock } from '@chancery/common';
import { IdentityModule } from '@chancery/identity';
import { ProjectionsAdminController } from './admin/projections-admin.controller';
import { CountryDossierController } from './dossiers/country-dossier.controller';
import { DossiersController } from './dossiers/dossiers.controller';
import { FollowUpsBoardController } from './follow-ups/follow-ups-board.controller';
import { Teams } from './follow-ups/teams';
import { HomeController } from './home/home.controller';
import { PartnershipPages } from './partnerships/partnership-pages';
import { PartnershipQueries } from './partnerships/partnerships.queries';
import { PartnershipsController } from './partnerships/partnerships.controller';
import { PledgeRegisterController } from './pledges/pledge-register.controller';
import { ReadModelEngine } from './shared/engine.provider';
import { SearchController } from './search/search.controller';
import { ReadYourWrites } from './shared/read-your-writes';
import { EngagementMapController } from './timeline/engagement-map.controller';
import { TimelineController } from './timeline/timeline.controller';
import { VisitMeetingsController } from './timeline/visit-meetings.controller';

/** The projection engine and the query API over its read models. */
@Module({
  imports: [TerminusModule, IdentityModule],
  controllers: [
    PartnershipsController,
    FollowUpsBoardController,
    PledgeRegisterController,
    TimelineController,
    VisitMeetingsController,
    DossiersController,
    CountryDossierController,
    EngagementMapController,
    ProjectionsAdminController,
    HomeController,
    SearchController,
  ],
  providers: [
    { provide: CLOCK, useValue: systemClock },
    ReadModelEngine,
    ReadYourWrites,
    Teams,
    {
      provide: PartnershipQueries,
      inject: [ReadModelEngine],
      useFactory: (engine: ReadModelEngine) =>
        new PartnershipQueries(() => engine.reader('partnerships')),
    },
    {
      provide: PartnershipPages,
      inject: [ReadModelEngine],
      useFactory: (engine: ReadModelEngine) =>
        new PartnershipPages(() => {
          const { generation, position } = engine.activeGeneration('partnerships');
          return `${generation}@${position}`;
        }),
    },
  ],
  exports: [ReadModelEngine],
})
export class ReadModelsModule {}
