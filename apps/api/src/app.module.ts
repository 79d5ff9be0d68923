import { Module } from '@nestjs/common';
import { EventStoreModule } from '@chancery/event-store';
import { AuthModule } from './auth/auth.module';
import { HealthModule } from './health/health.module';

@Module({
  imports: [EventStoreModule.forRoot(), AuthModule, HealthModule],
})
export class AppModule {}
