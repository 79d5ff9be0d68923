import type { AppendResult, EventStoreObserver } from '@chancery/event-store';
import { activeTracer, inSpan } from './tracing';
import type { ApiMetrics } from './metrics';

/** The projection engines as traces follow them: which projections, and when one reaches a position. */
export interface FollowedEngine {
  names(): string[];
  waitFor(name: string, position: number, timeoutMs: number): Promise<void>;
}

/** How long a trace follows an event into the projections before giving up on it. */
const FOLLOW_MS = 30_000;

/** Times every append for the metrics and, while tracing, traces it into the projections. */
export class StoreInstrumentation implements EventStoreObserver {
  constructor(
    private readonly metrics: ApiMetrics,
    private readonly engines: () => FollowedEngine[],
  ) {}

  async append(streamId: string, write: () => Promise<AppendResult>): Promise<AppendResult> {
    if (activeTracer()) return this.traced(streamId, write);
    const started = performance.now();
    const result = await write();
    this.metrics.appendSeconds.observe((performance.now() - started) / 1000);
    return result;
  }

  groupCommitted(appends: number, seconds: number): void {
    this.metrics.batchAppends.observe(appends);
    this.metrics.batchSeconds.observe(seconds);
  }

  private traced(streamId: string, write: () => Promise<AppendResult>): Promise<AppendResult> {
    return inSpan('event-store append', { 'chancery.stream': streamId }, async (span) => {
      const started = performance.now();
      const result = await write();
      this.metrics.appendSeconds.observe((performance.now() - started) / 1000);
      span.setAttribute('chancery.position', result.position);
      this.followIntoProjections(result.position);
      return result;
    });
  }

  /**
   * The projections apply events in worker threads, which no trace context reaches; each gets a
   * span here, child of the append, from the commit until its checkpoint covers the event.
   */
  private followIntoProjections(position: number): void {
    for (const engine of this.engines())
      for (const name of engine.names())
        void inSpan(`projection ${name} apply`, { 'chancery.projection': name }, () =>
          engine.waitFor(name, position, FOLLOW_MS),
        ).catch(() => undefined);
  }
}
