import { Module } from '@nestjs/common';
import { EventStoreModule } from '@chancery/event-store';
import { AuditModule } from './audit/audit.module';
import { AuthModule } from './auth/auth.module';
import { HealthModule } from './health/health.module';
import { OpsModule } from './ops/ops.module';
import { RecordModule } from './record/record.module';
import { ReadModelsModule } from './read-models/read-models.module';
import { WebModule } from './web/web.module';

@Module({
  imports: [OpsModule, EventStoreModule.forRoot(), AuthModule, HealthModule, ReadModelsModule, RecordModule, WebModule, AuditModule],
})
export class AppModule {}
