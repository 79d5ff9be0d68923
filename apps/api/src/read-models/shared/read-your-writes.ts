import { ArgumentsHost, Catch, ExceptionFilter, HttpStatus, Injectable } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { ProjectionLagError } from '@chancery/projections';
import { invalidFields } from '../../http/validation';
import { ReadModelEngine } from './engine.provider';

/** How long a query waits for its `minPosition` before answering 503; READ_WAIT_MS overrides (tests). */
const waitMs = () => Number(process.env.READ_WAIT_MS ?? 5000);

/** Waits until `projection` has applied the position asked by `minPosition` or `X-Min-Position`. */
@Injectable()
export class ReadYourWrites {
  constructor(private readonly engine: ReadModelEngine) {}

  async reach(projection: string, request: FastifyRequest, minPosition?: number): Promise<void> {
    const position = minPosition ?? headerPosition(request);
    if (position !== undefined) await this.engine.waitFor(projection, position, waitMs());
  }
}

function headerPosition(request: FastifyRequest): number | undefined {
  const raw = request.headers['x-min-position'];
  if (raw === undefined) return undefined;
  // As `minPosition`: digits only (`1e30` and `0x10` are not read as numbers), a safe integer.
  const written = Array.isArray(raw) ? raw[0] : raw;
  const value = /^\d{1,16}$/.test(written) ? Number(written) : NaN;
  if (!Number.isSafeInteger(value)) {
    const reason = `X-Min-Position must be a whole number from 0 to ${Number.MAX_SAFE_INTEGER}`;
    throw invalidFields([{ field: 'X-Min-Position', reason }]);
  }
  return value;
}

/** The bound was hit: 503, with how far behind the read model is, so the client can retry. */
@Catch(ProjectionLagError)
export class ProjectionLagFilter implements ExceptionFilter {
  catch(error: ProjectionLagError, host: ArgumentsHost): void {
    const reply = host.switchToHttp().getResponse<FastifyReply>();
    void reply.status(HttpStatus.SERVICE_UNAVAILABLE).header('retry-after', '1').send({
      statusCode: HttpStatus.SERVICE_UNAVAILABLE,
      code: error.code,
      message: error.message,
      projection: error.projection,
      minPosition: error.minPosition,
      lag: error.lag,
    });
  }
}
