import { Module } from '@nestjs/common';
import { CLOCK, systemClock } from '@chancery/common';
import { AuditEventsController } from './audit-events.controller';
import { ReadModelsModule } from '../read-models/read-models.module';
import { ReadYourWrites } from '../read-models/shared/read-your-writes';
import { AuditIndexEngine } from './audit-index.engine';
import { AuditParties } from './audit-parties';
import { AuditPartnershipsController } from './audit-partnerships.controller';
import { AuditRecordsController } from './audit-records.controller';

/** The audit trail: record histories, the global feed, the record as known on any day, export. */
@Module({
  imports: [ReadModelsModule],
  controllers: [AuditRecordsController, AuditPartnershipsController, AuditEventsController],
  providers: [
    { provide: CLOCK, useValue: systemClock },
    AuditIndexEngine,
    ReadYourWrites,
    AuditParties,
  ],
  exports: [AuditIndexEngine],
})
export class AuditModule {}
