import { Injectable } from '@nestjs/common';
import { HealthIndicatorService } from '@nestjs/terminus';
import type { ProjectionStatus } from '@chancery/projections';

/** Down when a projection is halted on a poison event or failing; lag and dead letters shown either way. */
@Injectable()
export class ProjectionsHealthIndicator {
  constructor(private readonly indicator: HealthIndicatorService) {}

  async check(key: string, engine: { status(): Promise<ProjectionStatus[]> }) {
    const probe = this.indicator.check(key);
    const status = await engine.status();
    const detail = Object.fromEntries(
      status.map((s) => [
        s.name,
        {
          state: s.state,
          position: s.position,
          eventsBehind: s.eventsBehind,
          eventsBehindAtLeast: s.eventsBehindAtLeast,
          secondsBehind: s.secondsBehind,
          deadLetters: s.deadLetters,
          ...(s.haltedBy ? { haltedBy: s.haltedBy } : {}),
        },
      ]),
    );
    const bad = status.some((s) => s.state === 'halted' || s.state === 'failing');
    return bad ? probe.down(detail) : probe.up(detail);
  }
}
