import { Injectable } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import { levelsVisibleTo } from '../read-models/shared/clearance';
import { ReadModelEngine } from '../read-models/shared/engine.provider';
import { registryResolver } from '../read-models/shared/parties';
import { ReadYourWrites } from '../read-models/shared/read-your-writes';
import '../auth/request-user';

/**
 * Parties named in an audit query are resolved as the read models resolve them (`KAZ`, `kaz`, an
 * organisation id or its acronym, among the parties the caller may see), once the registry has
 * reached the query's `minPosition`. The audit itself reads the log, which holds every write
 * that has answered, so the registry is all `minPosition` waits for.
 */
@Injectable()
export class AuditParties {
  constructor(
    private readonly engine: ReadModelEngine,
    private readonly consistency: ReadYourWrites,
  ) {}

  async resolver(
    request: FastifyRequest,
    minPosition: number | undefined,
  ): Promise<(given: string) => Promise<string>> {
    const levels = request.user ? levelsVisibleTo(request.user) : [];
    return registryResolver(this.engine, this.consistency, request, minPosition, levels);
  }
}
