import type { EventEnvelope } from '@crm/contracts';
import type { EventStore } from '@crm/event-store';
import { integrationTopic, KafkaPublisher, Relay, toMessage, type KafkaClient } from '@crm/messaging';
import type { BenchTopics } from './bench-topic';
import { CountingCheckpoints } from './counting-checkpoints';
import { benchMapper } from './relay-events';

export interface Throughput {
  readonly events: number;
  readonly seconds: number;
  readonly perSecond: number;
}

/**
 * Our Relay over our KafkaPublisher from a checkpoint of 0 through the seeded events: timed until every
 * event is published and checkpointed, or until `durationMs` has passed.
 */
export async function measureRelay(
  eventStore: EventStore,
  client: KafkaClient,
  topics: BenchTopics,
  seeded: readonly EventEnvelope[],
  durationMs: number,
): Promise<Throughput> {
  const context = topics.uniqueContext('relay');
  const topic = await topics.create(integrationTopic(context));
  const publisher = new KafkaPublisher(client);
  const checkpoints = new CountingCheckpoints(seeded.map((event) => event.globalPosition));
  const relay = new Relay({ context, eventStore, checkpoints, publisher, mapper: benchMapper });
  try {
    await warmUp(publisher, topic, seeded);
    const started = performance.now();
    await relay.start();
    await Promise.race([checkpoints.reached(seeded.length), sleep(durationMs)]);
    const seconds = (performance.now() - started) / 1000;
    const events = checkpoints.count;
    return { events, seconds, perSecond: events / seconds };
  } finally {
    await relay.stop();
    await publisher.close();
  }
}

// Connection and topic metadata are fetched by the first publish; keep them out of the timing.
async function warmUp(
  publisher: KafkaPublisher,
  topic: string,
  seeded: readonly EventEnvelope[],
): Promise<void> {
  const [first] = seeded;
  const integration = first && benchMapper(first);
  if (!first || !integration) throw new Error('No seeded events to relay');
  await publisher.connect();
  await publisher.publish(topic, [toMessage(first, integration)]);
}

function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
