import { Module } from '@nestjs/common';
import { EventStoreModule } from '@chancery/event-store';
import { AuthModule } from './auth/auth.module';
import { HealthModule } from './health/health.module';
import { RecordModule } from './record/record.module';

@Module({
  imports: [EventStoreModule.forRoot(), AuthModule, HealthModule, RecordModule],
})
export class AppModule {}
