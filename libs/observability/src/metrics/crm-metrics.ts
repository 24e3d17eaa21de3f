import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

// Seconds; from a cached read (a millisecond) to a slow import batch.
const latencyBuckets = [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
const recomputeBuckets = [0.1, 0.5, 1, 2.5, 5, 10, 30, 60, 120, 300, 600];

/** Every metric the platform exports, on one registry per process (docs/operations/observability.md). */
export class CrmMetrics {
  readonly registry = new Registry();

  readonly httpRequestDuration = new Histogram({
    name: 'crm_http_request_duration_seconds',
    help: 'HTTP requests by method, route template and status code.',
    labelNames: ['method', 'route', 'status'] as const,
    buckets: latencyBuckets,
    registers: [this.registry],
  });

  readonly commandDuration = new Histogram({
    name: 'crm_command_duration_seconds',
    help: 'Command handling (load, decide, append) by command type and outcome.',
    labelNames: ['command', 'outcome'] as const,
    buckets: latencyBuckets,
    registers: [this.registry],
  });

  readonly eventStoreAppendDuration = new Histogram({
    name: 'crm_event_store_append_duration_seconds',
    help: 'Event store appends by context (the stream id prefix) and outcome.',
    labelNames: ['context', 'outcome'] as const,
    buckets: latencyBuckets,
    registers: [this.registry],
  });

  readonly deadLetters = new Counter({
    name: 'crm_dead_letters_total',
    help: 'Messages parked in a dead letter topic or store after their retries, by consumer group and topic.',
    labelNames: ['group', 'topic'] as const,
    registers: [this.registry],
  });

  readonly analyticsRecomputeDuration = new Histogram({
    name: 'crm_analytics_recompute_duration_seconds',
    help: 'Analytics recomputations by job.',
    labelNames: ['job'] as const,
    buckets: recomputeBuckets,
    registers: [this.registry],
  });

  constructor() {
    collectDefaultMetrics({ register: this.registry, prefix: 'crm_' });
  }

  /** A gauge whose values are read when Prometheus scrapes (lag is asked for, not pushed). */
  scrapedGauge<Label extends string>(
    name: string,
    help: string,
    labelNames: readonly Label[],
    collect: (gauge: Gauge<Label>) => Promise<void>,
  ): Gauge<Label> {
    return new Gauge<Label>({
      name,
      help,
      labelNames,
      registers: [this.registry],
      async collect() {
        await collect(this);
      },
    });
  }
}

let processMetrics: CrmMetrics | undefined;

/** The metrics of this process, created on first use. */
export function crmMetrics(): CrmMetrics {
  processMetrics ??= new CrmMetrics();
  return processMetrics;
}
