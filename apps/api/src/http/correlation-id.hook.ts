import type { FastifyInstance } from 'fastify';
import { correlationIdOf } from '../record/shared/request-metadata';

/**
 * Echoes the correlation id on every response, refusals and errors included, so a client can
 * quote it. A Fastify hook rather than a Nest interceptor: it also covers requests that a guard
 * turns away, and spares every request the interceptor chain's observables.
 */
export function echoCorrelationId(fastify: FastifyInstance): void {
  fastify.addHook('onRequest', (request, reply, done) => {
    void reply.header('X-Correlation-Id', correlationIdOf(request));
    done();
  });
}
