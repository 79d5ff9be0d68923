import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { EventStoreHealthIndicator } from './event-store.health';
import { HealthController } from './health.controller';
import { AuditModule } from '../audit/audit.module';
import { ReadModelsModule } from '../read-models/read-models.module';
import { ProjectionsHealthIndicator } from './projections.health';

@Module({
  imports: [TerminusModule, ReadModelsModule, AuditModule],
  controllers: [HealthController],
  providers: [EventStoreHealthIndicator, ProjectionsHealthIndicator],
})
export class HealthModule {}
