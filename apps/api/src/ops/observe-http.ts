import {
  context,
  propagation,
  ROOT_CONTEXT,
  type Span,
  SpanKind,
  SpanStatusCode,
  trace,
} from '@opentelemetry/api';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Logger } from 'pino';
import { correlationIdOf } from '../record/shared/request-metadata';
import '../auth/request-user';
import type { ApiMetrics } from './metrics';
import type { RequestDrain } from './request-drain';
import { activeTracer, CORRELATION_ID } from './tracing';

const STARTED = Symbol('started');
const SPAN = Symbol('span');
type Observed = FastifyRequest & { [STARTED]?: number; [SPAN]?: Span };

export interface HttpObservers {
  metrics: ApiMetrics;
  drain: RequestDrain;
  /** The request log; none in tests that build the app in-process. */
  logger?: Logger;
}

/**
 * Per request: one histogram observation, one log line, a span while tracing, and the in-flight
 * count a shutdown waits on. The route is Fastify's pattern (`/meetings/:id`), never the URL: it
 * bounds the metric's labels, and keeps ids, query strings and tokens out of the log.
 */
export function observeHttp(fastify: FastifyInstance, { metrics, drain, logger }: HttpObservers) {
  fastify.addHook('onRequest', (request: Observed, reply, done) => {
    request[STARTED] = performance.now();
    drain.started();
    reply.raw.once('close', () => drain.finished());
    const tracer = activeTracer();
    if (tracer)
      request[SPAN] = tracer.startSpan(
        `${request.method} ${routeOf(request)}`,
        {
          kind: SpanKind.SERVER,
          attributes: {
            'http.request.method': request.method,
            'http.route': routeOf(request),
            'chancery.correlation_id': correlationIdOf(request),
          },
        },
        propagation.extract(ROOT_CONTEXT, request.headers),
      );
    done();
  });

  // Decided as the answer goes out, not as the request came in: a request in flight when the
  // shutdown began must close its connection too, or its client sends the next one on it.
  fastify.addHook('onSend', (_request, reply, payload, done) => {
    if (drain.closing) void reply.header('connection', 'close');
    done(null, payload);
  });

  // The handler runs from this hook's `done`, after the body is read: it inherits the span.
  fastify.addHook('preHandler', (request: Observed, _reply, done) => {
    const span = request[SPAN];
    if (span)
      context.with(
        trace.setSpan(context.active(), span).setValue(CORRELATION_ID, correlationIdOf(request)),
        done,
      );
    else done();
  });

  fastify.addHook('onResponse', (request: Observed, reply, done) => {
    const route = routeOf(request);
    const status = reply.statusCode;
    const ms = performance.now() - (request[STARTED] ?? performance.now());
    metrics.observeRequest(request.method, route, status, ms / 1000);
    logger?.[status >= 500 ? 'error' : 'info'](
      {
        correlationId: correlationIdOf(request),
        actor: request.user?.id,
        method: request.method,
        route,
        status,
        durationMs: Math.round(ms * 10) / 10,
      },
      'request',
    );
    const span = request[SPAN];
    if (span) {
      span.setAttribute('http.response.status_code', status);
      if (status >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    }
    done();
  });
}

function routeOf(request: FastifyRequest): string {
  return request.routeOptions.url ?? 'unmatched';
}
