import { InMemorySpanExporter, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import * as seed from '../../examples/seed-visit/fixture';
import { loadSeedVisit } from '../../examples/seed-visit/load';
import { startTracing, stopTracing } from '../../apps/api/src/ops/tracing';
import { injectClient } from '../e2e/record/inject-client';
import { createTestApp, type TestApp } from '../support/test-app';

/**
 * Issue 19: with tracing on, one RecordMeeting is one trace: the HTTP request, the command, the
 * append and each projection applying the event, all carrying the request's correlation id; a
 * caller's W3C `traceparent` makes it part of the caller's trace.
 */
const CALLER_TRACE = '4bf92f3577b34da6a3ce929d0e0e4736';
const CALLER_SPAN = '00f067aa0ba902b7';

describe('a RecordMeeting traced', () => {
  const exporter = new InMemorySpanExporter();
  let t: TestApp;

  beforeAll(async () => {
    startTracing(exporter);
    t = await createTestApp();
  }, 120_000);
  afterAll(async () => {
    await t?.close();
    await stopTracing();
  });

  it('is one trace from the HTTP request to the projections', async () => {
    const send = injectClient(t.app, await t.tokenFor('recorder'));
    await loadSeedVisit(send);
    exporter.reset();
    const reply = await send(
      'POST',
      '/meetings',
      { ...seed.meetings[1].body, title: 'A traced meeting' },
      // The caller's trace context: the request joins that trace, as a child of the caller's span.
      { 'X-Correlation-Id': 'trace-spec-1', traceparent: `00-${CALLER_TRACE}-${CALLER_SPAN}-01` },
    );
    expect(reply.status).toBe(201);
    const projections = [
      'partnerships',
      'follow_ups',
      'pledges',
      'timeline',
      'dossiers',
      'party_streams',
    ];
    const http = (
      await finished(exporter, (all) => all.some((s) => s.name === 'POST /meetings'))
    ).find((s) => s.name === 'POST /meetings')!;
    expect(http.attributes['chancery.correlation_id']).toBe('trace-spec-1');
    expect(http.attributes['http.response.status_code']).toBe(201);
    const traceId = http.spanContext().traceId;
    expect(traceId).toBe(CALLER_TRACE);
    expect(parentOf(http)).toBe(CALLER_SPAN);
    expect(http.resource.attributes['service.name']).toBe('chancery-api');
    const ofTrace = (all: ReadableSpan[]) => all.filter((s) => s.spanContext().traceId === traceId);
    // The projections apply in their own time: their spans end once each has the event.
    const inTrace = ofTrace(
      await finished(exporter, (all) =>
        projections.every((name) =>
          ofTrace(all).some((s) => s.name === `projection ${name} apply`),
        ),
      ),
    );
    const command = only(inTrace, 'command RecordMeeting');
    const append = only(inTrace, 'event-store append');
    expect(parentOf(command)).toBe(http.spanContext().spanId);
    expect(command.attributes['chancery.correlation_id']).toBe('trace-spec-1');
    expect(parentOf(append)).toBe(command.spanContext().spanId);
    expect(append.attributes['chancery.position']).toBe(reply.body.position);
    for (const name of projections)
      expect(parentOf(only(inTrace, `projection ${name} apply`))).toBe(append.spanContext().spanId);
    expect(
      new Set(inTrace.map((s) => s.attributes['chancery.correlation_id'] ?? 'trace-spec-1')),
    ).toEqual(new Set(['trace-spec-1']));
  });
});

function only(spans: ReadableSpan[], name: string): ReadableSpan {
  const found = spans.filter((s) => s.name === name);
  expect(found.map((s) => s.name)).toEqual([name]);
  return found[0];
}

function parentOf(span: ReadableSpan): string | undefined {
  return span.parentSpanContext?.spanId;
}

/** The finished spans, once `done` holds of them (the projections apply in their own time). */
async function finished(
  exporter: InMemorySpanExporter,
  done: (spans: ReadableSpan[]) => boolean,
): Promise<ReadableSpan[]> {
  for (;;) {
    const spans = exporter.getFinishedSpans();
    if (done(spans)) return spans;
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
