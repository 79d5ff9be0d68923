import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService } from '@nestjs/terminus';
import { Public } from '../auth/auth.decorators';
import { EventStoreHealthIndicator } from './event-store.health';
import { AuditIndexEngine } from '../audit/audit-index.engine';
import { ReadModelEngine } from '../read-models/shared/engine.provider';
import { ProjectionsHealthIndicator } from './projections.health';

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly eventStore: EventStoreHealthIndicator,
    private readonly projections: ProjectionsHealthIndicator,
    private readonly readModels: ReadModelEngine,
    private readonly auditIndex: AuditIndexEngine,
  ) {}

  /**
   * Readiness: 200 when the event store answers and no projection is halted or failing (the read
   * models, and the audit's party index); 503 with the reason otherwise.
   */
  @Get()
  @HealthCheck()
  readiness() {
    return this.health.check([
      () => this.eventStore.check(),
      () => this.projections.check('projections', this.readModels),
      () => this.projections.check('auditIndex', this.auditIndex),
    ]);
  }

  /** Liveness: the process is up and serving requests. */
  @Get('live')
  liveness() {
    return { status: 'ok' };
  }
}
