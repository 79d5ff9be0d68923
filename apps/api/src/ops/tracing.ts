import {
  context,
  createContextKey,
  INVALID_SPAN_CONTEXT,
  propagation,
  type Span,
  SpanKind,
  SpanStatusCode,
  trace,
  type Tracer,
} from '@opentelemetry/api';
import { AsyncLocalStorageContextManager } from '@opentelemetry/context-async-hooks';
import { W3CTraceContextPropagator } from '@opentelemetry/core';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import {
  BasicTracerProvider,
  BatchSpanProcessor,
  SimpleSpanProcessor,
  type SpanExporter,
} from '@opentelemetry/sdk-trace-base';

/** The request's correlation id, carried in the trace context so that every span can name it. */
export const CORRELATION_ID = createContextKey('chancery.correlation_id');

/** Null while tracing is off: every hook tests this first, so an untraced API pays nothing more. */
let tracer: Tracer | null = null;
let provider: BasicTracerProvider | null = null;

export function activeTracer(): Tracer | null {
  return tracer;
}

/**
 * Turns tracing on: with OTEL_EXPORTER_OTLP_ENDPOINT set, spans go there over OTLP/HTTP in
 * batches; a test passes its own exporter, which then receives each span as it ends.
 */
export function startTracing(exporter?: SpanExporter, env: NodeJS.ProcessEnv = process.env): void {
  if (tracer) return;
  const processor = exporter
    ? new SimpleSpanProcessor(exporter)
    : new BatchSpanProcessor(new OTLPTraceExporter());
  provider = new BasicTracerProvider({
    resource: resourceFromAttributes({ 'service.name': env.OTEL_SERVICE_NAME || 'chancery-api' }),
    spanProcessors: [processor],
  });
  context.setGlobalContextManager(new AsyncLocalStorageContextManager().enable());
  // A caller's `traceparent` makes the request a child of the caller's trace.
  propagation.setGlobalPropagator(new W3CTraceContextPropagator());
  trace.setGlobalTracerProvider(provider);
  tracer = provider.getTracer('chancery-api');
}

export function tracingWanted(env: NodeJS.ProcessEnv = process.env): boolean {
  return Boolean(env.OTEL_EXPORTER_OTLP_ENDPOINT);
}

/** Sends what is buffered and turns tracing off. */
export async function stopTracing(): Promise<void> {
  const ending = provider;
  tracer = null;
  provider = null;
  if (!ending) return;
  await ending.shutdown();
  trace.disable();
  context.disable();
  propagation.disable();
}

/** Runs `work` inside a child span of the active one; the span ends when the work settles. */
export function inSpan<T>(
  name: string,
  attributes: Record<string, string | number>,
  work: (span: Span) => Promise<T>,
): Promise<T> {
  if (!tracer) return work(trace.wrapSpanContext(INVALID_SPAN_CONTEXT));
  const correlationId = context.active().getValue(CORRELATION_ID);
  if (typeof correlationId === 'string')
    attributes = { ...attributes, 'chancery.correlation_id': correlationId };
  return tracer.startActiveSpan(name, { kind: SpanKind.INTERNAL, attributes }, (span) =>
    work(span).then(
      (value) => {
        span.end();
        return value;
      },
      (error: unknown) => {
        span.recordException(error instanceof Error ? error : String(error));
        span.setStatus({ code: SpanStatusCode.ERROR });
        span.end();
        throw error;
      },
    ),
  );
}
