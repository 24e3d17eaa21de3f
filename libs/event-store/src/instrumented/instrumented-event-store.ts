import type { EventEnvelope, NewEvent } from '@crm/contracts';
import { crmMetrics, inSpan, rememberTraceContextOf, SpanKind, tracingEnabled } from '@crm/observability';
import type {
  AppendOptions,
  AppendResult,
  EventHandler,
  EventStore,
  ReadAllOptions,
  ReadStreamOptions,
  SubscribeOptions,
  Subscription,
} from '../event-store.port';

/**
 * Any EventStore, timed: each append observes `crm_event_store_append_duration_seconds` by context
 * and, with tracing on, runs in an `event_store.append` span whose context the relay and projections
 * of this process pick up for the appended events. Reads pass straight through.
 */
export class InstrumentedEventStore implements EventStore {
  private readonly appendDuration = crmMetrics().eventStoreAppendDuration;

  constructor(private readonly store: EventStore) {}

  append(streamId: string, events: readonly NewEvent[], options: AppendOptions): Promise<AppendResult> {
    if (!tracingEnabled()) return this.timedAppend(streamId, events, options);
    return inSpan(
      'event_store.append',
      { kind: SpanKind.CLIENT, attributes: { 'crm.stream_id': streamId, 'crm.events': events.length } },
      () => {
        rememberTraceContextOf(events.map((event) => event.id));
        return this.timedAppend(streamId, events, options);
      },
    );
  }

  readStream(streamId: string, options?: ReadStreamOptions): Promise<EventEnvelope[]> {
    return this.store.readStream(streamId, options);
  }

  readAll(options?: ReadAllOptions): Promise<EventEnvelope[]> {
    return this.store.readAll(options);
  }

  subscribe(handler: EventHandler, options: SubscribeOptions): Subscription {
    return this.store.subscribe(handler, options);
  }

  close(): Promise<void> {
    return this.store.close();
  }

  private async timedAppend(
    streamId: string,
    events: readonly NewEvent[],
    options: AppendOptions,
  ): Promise<AppendResult> {
    const started = performance.now();
    let outcome = 'error';
    try {
      const result = await this.store.append(streamId, events, options);
      outcome = 'ok';
      return result;
    } finally {
      this.appendDuration.labels(contextOf(streamId), outcome).observe((performance.now() - started) / 1000);
    }
  }
}

/** The context of a stream id (`customer.customer-<id>` -> `customer`): a label with a handful of values. */
export function contextOf(streamId: string): string {
  const dot = streamId.indexOf('.');
  return dot > 0 ? streamId.slice(0, dot) : 'other';
}

/** Wraps a store so its appends are measured and traced. */
export function instrumentEventStore(store: EventStore): EventStore {
  return store instanceof InstrumentedEventStore ? store : new InstrumentedEventStore(store);
}
