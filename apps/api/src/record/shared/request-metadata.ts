import { randomUUID } from 'node:crypto';
import { createParamDecorator, ExecutionContext, UnauthorizedException } from '@nestjs/common';
import type { FastifyRequest } from 'fastify';
import type { CommandMetadata } from '@chancery/event-sourcing';
import { rightsStillStand, type Clearance } from '@chancery/identity';
import '../../auth/request-user';

const CORRELATION = Symbol('correlationId');
type WithCorrelation = FastifyRequest & { [CORRELATION]?: string };

/**
 * The acting user: the authenticated identity and nothing else. A client cannot name another
 * (no X-Actor header); a write reached without authentication is refused, never anonymous.
 */
export function actorOf(request: FastifyRequest): string {
  if (!request.user) throw new UnauthorizedException();
  return request.user.id;
}

/** The acting user's clearance: records above it do not exist for their commands. */
export function clearanceOf(request: FastifyRequest): Clearance {
  if (!request.user) throw new UnauthorizedException();
  return request.user.clearance;
}

/** The request's correlation id: the client's `X-Correlation-Id`, or a new one (remembered per request). */
export function correlationIdOf(request: FastifyRequest): string {
  const withId = request as WithCorrelation;
  if (!withId[CORRELATION]) {
    const header = request.headers['x-correlation-id'];
    withId[CORRELATION] =
      typeof header === 'string' && header.trim() ? header.trim().slice(0, 200) : randomUUID();
  }
  return withId[CORRELATION];
}

export function idempotencyKeyOf(request: FastifyRequest): string | null {
  const header = request.headers['idempotency-key'];
  return typeof header === 'string' && header.trim() ? header.trim().slice(0, 200) : null;
}

export function commandMetadataOf(request: FastifyRequest): CommandMetadata {
  return {
    correlationId: correlationIdOf(request),
    causationId: null,
    actor: actorOf(request),
    clearance: clearanceOf(request),
    actorRights: rightsStillStand(request.user!),
    idempotencyKey: idempotencyKeyOf(request),
  };
}

/** `@RequestMetadata() metadata: CommandMetadata` in a controller: who (and their clearance), in which conversation, retry key. */
export const RequestMetadata = createParamDecorator((_: unknown, context: ExecutionContext) =>
  commandMetadataOf(context.switchToHttp().getRequest<FastifyRequest>()),
);
