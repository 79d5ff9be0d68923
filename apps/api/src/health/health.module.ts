import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { EventStoreHealthIndicator } from './event-store.health';
import { HealthController } from './health.controller';
import { ReadModelsModule } from '../read-models/read-models.module';

@Module({
  imports: [TerminusModule, ReadModelsModule],
  controllers: [HealthController],
  providers: [EventStoreHealthIndicator],
})
export class HealthModule {}
