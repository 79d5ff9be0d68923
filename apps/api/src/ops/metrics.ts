import { Counter, collectDefaultMetrics, Gauge, Histogram, Registry } from 'prom-client';
import type { ProjectionStatus } from '@chancery/projections';

const SECONDS = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5];

/** A projection engine as the metrics read it: its status, asked at scrape time only. */
export interface ObservedEngine {
  status(): Promise<ProjectionStatus[]>;
}

/**
 * The API's Prometheus metrics. Per-request work is one histogram observation on a child cached
 * by method, route pattern and status; projection figures are read from the engines when
 * scraped, so they cost nothing between scrapes.
 */
export class ApiMetrics {
  readonly registry = new Registry();
  private readonly requests = new Histogram({
    name: 'chancery_http_request_duration_seconds',
    help: 'HTTP requests by method, route pattern and status; _count gives the rate',
    labelNames: ['method', 'route', 'status'],
    buckets: SECONDS,
    registers: [this.registry],
  });
  private readonly requestChildren = new Map<string, { observe(value: number): void }>();
  readonly authFailures = new Counter({
    name: 'chancery_auth_failures_total',
    help: 'Requests refused for want of a valid bearer token (401)',
    registers: [this.registry],
  });
  readonly appendSeconds = new Histogram({
    name: 'chancery_event_store_append_duration_seconds',
    help: 'Time from asking the event store to append until it acknowledged (durable)',
    buckets: SECONDS,
    registers: [this.registry],
  });
  readonly batchAppends = new Histogram({
    name: 'chancery_group_commit_appends',
    help: 'Appends committed together in one transaction by the embedded store',
    buckets: [1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1000],
    registers: [this.registry],
  });
  readonly batchSeconds = new Histogram({
    name: 'chancery_group_commit_duration_seconds',
    help: 'Time one group commit held the writer, from BEGIN to COMMIT',
    buckets: SECONDS,
    registers: [this.registry],
  });

  constructor(engines: () => ObservedEngine[], inFlight: () => number = () => 0) {
    collectDefaultMetrics({ register: this.registry, prefix: 'chancery_' });
    new Gauge({
      name: 'chancery_http_requests_in_flight',
      help: 'Requests received and not yet answered (this scrape included)',
      registers: [this.registry],
      collect() {
        this.set(inFlight());
      },
    });
    // The gauges are collected concurrently at a scrape: they share one status read of each engine.
    let reading: Promise<{ statuses: ProjectionStatus[]; answered: boolean }> | null = null;
    const statuses = () =>
      (reading ??= readStatuses(engines()).finally(() => setImmediate(() => (reading = null))));
    const gauge = (
      name: string,
      help: string,
      fill: (
        set: (labels: Record<string, string>, value: number) => void,
        read: Awaited<ReturnType<typeof statuses>>,
      ) => void,
      labelNames = ['projection'],
    ) =>
      new Gauge({
        name,
        help,
        labelNames,
        registers: [this.registry],
        async collect() {
          const read = await statuses();
          this.reset();
          fill((labels, value) => this.set(labels, value), read);
        },
      });
    const each =
      (value: (s: ProjectionStatus) => number | null) =>
      (
        set: (labels: Record<string, string>, value: number) => void,
        { statuses }: { statuses: ProjectionStatus[] },
      ) => {
        for (const s of statuses) {
          const v = value(s);
          if (v !== null) set({ projection: s.name }, v);
        }
      };
    gauge(
      'chancery_projection_status_up',
      '1 when every projection engine answered the scrape',
      (set, { answered }) => set({}, answered ? 1 : 0),
      [],
    );
    gauge(
      'chancery_projection_lag_events',
      'Events not yet applied (counted up to 10,000)',
      each((s) => s.eventsBehind),
    );
    gauge(
      'chancery_projection_lag_seconds',
      'Age of the oldest event not yet applied',
      each((s) => s.secondsBehind),
    );
    gauge(
      'chancery_projection_dead_letters',
      'Dead letters of the generations in use',
      each((s) => s.deadLetters),
    );
    gauge(
      'chancery_projection_halted',
      '1 while the projection is halted on a poison event',
      each((s) => (s.state === 'halted' ? 1 : 0)),
    );
    gauge(
      'chancery_projection_rebuild_lag_events',
      'Events the rebuild under way has still to apply (absent when none runs)',
      each((s) => s.rebuild?.eventsBehind ?? null),
    );
    gauge(
      'chancery_projection_rebuild_position',
      'Log position the rebuild under way has reached',
      each((s) => (s.rebuild ? (s.rebuild.position ?? 0) : null)),
    );
  }

  observeRequest(method: string, route: string, status: number, seconds: number): void {
    const key = `${method} ${status} ${route}`;
    let child = this.requestChildren.get(key);
    if (!child) {
      child = this.requests.labels(method, route, String(status));
      this.requestChildren.set(key, child);
    }
    child.observe(seconds);
    if (status === 401) this.authFailures.inc();
  }
}

async function readStatuses(engines: ObservedEngine[]) {
  const statuses: ProjectionStatus[] = [];
  let answered = true;
  for (const engine of engines) {
    try {
      statuses.push(...(await engine.status()));
    } catch {
      answered = false;
    }
  }
  return { statuses, answered };
}
