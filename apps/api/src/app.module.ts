import { Module } from '@nestjs/common';
import { EventStoreModule } from '@chancery/event-store';
import { HealthModule } from './health/health.module';

@Module({
  imports: [EventStoreModule.forRoot(), HealthModule],
})
export class AppModule {}
