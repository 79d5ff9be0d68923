import { Controller, Get } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { HealthCheck, HealthCheckService } from '@nestjs/terminus';
import { Public } from '../auth/auth.decorators';
import { EventStoreHealthIndicator } from './event-store.health';
import { ProjectionsHealthIndicator } from '../read-models/projections.health';

@ApiTags('health')
@Public()
@Controller('health')
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly eventStore: EventStoreHealthIndicator,
    private readonly projections: ProjectionsHealthIndicator,
  ) {}

  /** Readiness: 200 when the event store answers and no projection is halted or failing; 503 with the reason otherwise. */
  @Get()
  @HealthCheck()
  readiness() {
    return this.health.check([() => this.eventStore.check(), () => this.projections.check()]);
  }

  /** Liveness: the process is up and serving requests. */
  @Get('live')
  liveness() {
    return { status: 'ok' };
  }
}
