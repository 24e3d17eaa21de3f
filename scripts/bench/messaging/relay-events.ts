import type { EventEnvelope } from '@crm/contracts';
import type { PostgresEventStore } from '@crm/event-store';
import { toMessage, type IntegrationEventMapper, type KafkaOutgoingRecord } from '@crm/messaging';
import { benchEvent } from '../event-store/bench-event';

const SEED_BATCH = 500;
const EVENTS_PER_STREAM = 10;

/** Every bench event is published, as its own versioned integration event with the same payload. */
export const benchMapper: IntegrationEventMapper = (event) => ({
  type: `${event.type}.v1`,
  schemaVersion: 1,
  data: event.data,
});

/** Appends `count` events in streams of 10, several streams per round trip, and returns them as stored. */
export async function seedEvents(store: PostgresEventStore, count: number): Promise<EventEnvelope[]> {
  const appends: Promise<unknown>[] = [];
  for (let first = 0; first < count; first += EVENTS_PER_STREAM) {
    const events = Array.from({ length: Math.min(EVENTS_PER_STREAM, count - first) }, benchEvent);
    appends.push(store.append(`bench.customer-relay-${first}`, events, { expectedVersion: 'no-stream' }));
    if (appends.length * EVENTS_PER_STREAM >= SEED_BATCH) await Promise.all(appends.splice(0));
  }
  await Promise.all(appends);
  return store.readAll();
}

/** The record KafkaPublisher builds (libs/messaging/src/kafka/kafka-record.ts): key, JSON value, headers. */
export function benchRecord(event: EventEnvelope): KafkaOutgoingRecord {
  const integration = benchMapper(event);
  if (!integration) throw new Error(`The bench mapper skipped ${event.id}`);
  const message = toMessage(event, integration);
  return { key: message.key, value: JSON.stringify(message.value), headers: { ...message.headers } };
}
