import { Module } from '@nestjs/common';
import { CLOCK, systemClock } from '@chancery/common';
import { AuditEventsController } from './audit-events.controller';
import { AuditIndexEngine } from './audit-index.engine';
import { AuditPartnershipsController } from './audit-partnerships.controller';
import { AuditRecordsController } from './audit-records.controller';

/** The audit trail: record histories, the global feed, the record as known on any day, export. */
@Module({
  controllers: [AuditRecordsController, AuditPartnershipsController, AuditEventsController],
  providers: [{ provide: CLOCK, useValue: systemClock }, AuditIndexEngine],
  exports: [AuditIndexEngine],
})
export class AuditModule {}
