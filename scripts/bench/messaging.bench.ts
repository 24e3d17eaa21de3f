import { join } from 'node:path';
import type { EventEnvelope } from '@crm/contracts';
import { PostgresEventStore } from '@crm/event-store';
import { createKafkaJsClient } from '@crm/messaging';
import {
  assertReachable,
  createScratchDatabase,
  repositoryRoot,
  requireServerAddress,
} from './event-store/bench-servers';
import { publishReport } from './event-store/markdown-report';
import { BenchTopics } from './messaging/bench-topic';
import { messagingVerdict } from './messaging/messaging-report';
import { measureProducer } from './messaging/producer-ceiling';
import { benchRecord, seedEvents } from './messaging/relay-events';
import { measureRelay } from './messaging/relay-throughput';

// bench:messaging — events/s from our PostgreSQL store to Kafka through our Relay and KafkaPublisher,
// against the same kafkajs client's raw producer sending the same records.
const DURATION_SECONDS = Number(process.env['BENCH_DURATION_SECONDS'] ?? 10);
const SEEDED_EVENTS = Number(process.env['BENCH_RELAY_EVENTS'] ?? 20_000);
const RECORDS_PER_SEND = 256;
const KAFKA_CONNECT_TIMEOUT_MS = 15_000;

async function main(): Promise<void> {
  const postgresUrl = requireServerAddress('postgres');
  const brokers = requireServerAddress('kafka');
  const client = createKafkaJsClient({ brokers: brokers.split(','), clientId: 'crm-bench-messaging' });
  const topics = new BenchTopics(client);
  await assertReachable('kafka', brokers, () => withTimeout(topics.connect(), KAFKA_CONNECT_TIMEOUT_MS));
  const scratch = await createScratchDatabase(postgresUrl, 'crm_bench_messaging');
  const durationMs = DURATION_SECONDS * 1000;
  try {
    const store = await PostgresEventStore.create(scratch.url, { schema: 'bench_relay' });
    try {
      console.log(`Seeding ${SEEDED_EVENTS} events...`);
      const seeded = await seedEvents(store, SEEDED_EVENTS);
      console.log(`Raw producer, ${RECORDS_PER_SEND} records per send...`);
      const batchedProducer = await measureProducer(client, topics, seeded, RECORDS_PER_SEND, durationMs);
      console.log('Relay + KafkaPublisher...');
      const relay = await measureRelay(store, client, topics, seeded, durationMs);
      console.log('Raw producer, 1 record per send...');
      const singleRecordProducer = await measureProducer(client, topics, seeded, 1, durationMs);
      const verdict = messagingVerdict({
        seededEvents: seeded.length,
        durationSeconds: DURATION_SECONDS,
        recordBytes: recordBytes(seeded[0]),
        recordsPerSend: RECORDS_PER_SEND,
        relay,
        batchedProducer,
        singleRecordProducer,
      });
      publishReport(verdict.report, join(repositoryRoot(), 'docs/benchmarks/messaging.md'));
      if (!verdict.pass) process.exitCode = 1;
    } finally {
      await store.close();
    }
  } finally {
    await topics.deleteAllAndDisconnect();
    await scratch.drop();
  }
}

function recordBytes(event: EventEnvelope | undefined): number {
  return event ? Buffer.byteLength(String(benchRecord(event).value)) : 0;
}

function withTimeout(operation: Promise<void>, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      reject(new Error(`no answer within ${ms} ms`));
    }, ms);
  });
  return Promise.race([operation, timeout]).finally(() => {
    clearTimeout(timer);
  });
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
});
