import type { EventEnvelope } from '@crm/contracts';
import type { KafkaClient } from '@crm/messaging';
import type { BenchTopics } from './bench-topic';
import { benchRecord } from './relay-events';
import type { Throughput } from './relay-throughput';

/**
 * The same client's producer (idempotent, acks from all replicas, one request in flight) sending the
 * records the relay sends, serialised beforehand, `recordsPerSend` per request, until all are sent or
 * `durationMs` has passed.
 */
export async function measureProducer(
  client: KafkaClient,
  topics: BenchTopics,
  seeded: readonly EventEnvelope[],
  recordsPerSend: number,
  durationMs: number,
): Promise<Throughput> {
  const topic = await topics.create(`crm.${topics.uniqueContext(`producer${recordsPerSend}`)}.events.v1`);
  const records = seeded.map(benchRecord);
  const producer = client.producer();
  await producer.connect();
  try {
    await producer.send({ topic, messages: records.slice(0, 1) });
    const started = performance.now();
    const until = started + durationMs;
    let sent = 0;
    while (sent < records.length && performance.now() < until) {
      const messages = records.slice(sent, sent + recordsPerSend);
      await producer.send({ topic, messages });
      sent += messages.length;
    }
    const seconds = (performance.now() - started) / 1000;
    return { events: sent, seconds, perSecond: sent / seconds };
  } finally {
    await producer.disconnect();
  }
}
