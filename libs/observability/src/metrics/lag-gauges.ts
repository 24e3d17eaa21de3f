import type { Gauge } from 'prom-client';
import { crmMetrics, type CrmMetrics } from './crm-metrics';

export interface LagReading {
  readonly eventsBehind: number;
  /** Age of the oldest unprocessed event; omitted where the source cannot tell. */
  readonly secondsBehind?: number;
}

export type ReadLag = () => Promise<LagReading> | LagReading;

interface LagSource {
  readonly read: ReadLag;
  inFlight?: Promise<LagReading> | undefined;
}

/**
 * Lag sources (a relay, a consumer group, a projection) by the one label that names them. Each
 * source is asked at scrape time; a source that fails to answer is left out of that scrape.
 */
export class LagSources {
  private readonly sources = new Map<string, LagSource>();

  /** Registers `read` under `name` until the returned function is called. */
  register(name: string, read: ReadLag): () => void {
    const source: LagSource = { read };
    this.sources.set(name, source);
    return () => {
      if (this.sources.get(name) === source) this.sources.delete(name);
    };
  }

  async report<Label extends string>(
    gauge: Gauge<Label>,
    label: Label,
    value: (reading: LagReading) => number | undefined,
  ): Promise<void> {
    gauge.reset();
    const entries = [...this.sources];
    const readings = await Promise.allSettled(entries.map(([, source]) => readingOf(source)));
    readings.forEach((outcome, index) => {
      const name = entries[index]?.[0];
      const reported = outcome.status === 'fulfilled' ? value(outcome.value) : undefined;
      if (name !== undefined && reported !== undefined)
        gauge.set({ [label]: name } as Partial<Record<Label, string>>, reported);
    });
  }
}

// A scrape collects every gauge at once: the events and seconds gauges of a projection share the
// reading in flight instead of scanning the store twice.
function readingOf(source: LagSource): Promise<LagReading> {
  source.inFlight ??= Promise.resolve()
    .then(source.read)
    .finally(() => {
      source.inFlight = undefined;
    });
  return source.inFlight;
}

/** Where relays, consumers and projections report their lag; the gauges read them at scrape time. */
export class LagGauges {
  readonly relays = new LagSources();
  readonly consumers = new LagSources();
  readonly projections = new LagSources();

  constructor(metrics: CrmMetrics) {
    metrics.scrapedGauge(
      'crm_relay_lag_events',
      'Events in the store not yet published by the context relay.',
      ['context'],
      (gauge) => this.relays.report(gauge, 'context', (lag) => lag.eventsBehind),
    );
    metrics.scrapedGauge(
      'crm_consumer_lag_messages',
      'Messages (Kafka) or events (store-fed) a consumer group has not handled yet.',
      ['group'],
      (gauge) => this.consumers.report(gauge, 'group', (lag) => lag.eventsBehind),
    );
    metrics.scrapedGauge(
      'crm_projection_lag_events',
      'Events in the store after the projection checkpoint.',
      ['projection'],
      (gauge) => this.projections.report(gauge, 'projection', (lag) => lag.eventsBehind),
    );
    metrics.scrapedGauge(
      'crm_projection_lag_seconds',
      'Age of the oldest event the projection has not processed; 0 when caught up.',
      ['projection'],
      (gauge) => this.projections.report(gauge, 'projection', (lag) => lag.secondsBehind),
    );
  }
}

let processLag: LagGauges | undefined;

/** The lag gauges of this process, on `crmMetrics()`. */
export function lagGauges(): LagGauges {
  processLag ??= new LagGauges(crmMetrics());
  return processLag;
}

/** Kafka lag of one partition after handling `offset`: records up to the high watermark still ahead. */
export function partitionLag(highWatermark: string, handledOffset: string): number {
  const behind = BigInt(highWatermark) - BigInt(handledOffset) - 1n;
  return behind > 0n ? Number(behind) : 0;
}
