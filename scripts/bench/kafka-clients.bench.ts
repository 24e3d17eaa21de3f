import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { PostgresEventStore } from '@crm/event-store';
import { createKafkaJsClient, type KafkaClient } from '@crm/messaging';
import { confluentVersion, createConfluentClient } from './kafka-clients/confluent-client';
import { createScratchDatabase, repositoryRoot, requireServerAddress } from './event-store/bench-servers';
import { publishReport } from './event-store/markdown-report';
import { BenchTopics } from './messaging/bench-topic';
import { measureProducer } from './messaging/producer-ceiling';
import { seedEvents } from './messaging/relay-events';
import { measureRelay, type Throughput } from './messaging/relay-throughput';

// bench:kafka-clients — the two KafkaJS-API clients our Kafka adapter can sit on, on the same broker in
// the same run: kafkajs 2.x and @confluentinc/kafka-javascript (librdkafka). Same records, same
// producer guarantees (idempotent, acks=all, one request in flight). Feeds docs/decisions/0017.
const DURATION_MS = Number(process.env['BENCH_DURATION_SECONDS'] ?? 8) * 1000;
const SEEDED_EVENTS = Number(process.env['BENCH_RELAY_EVENTS'] ?? 20_000);

interface ClientRun {
  readonly name: string;
  readonly batched: Throughput;
  readonly single: Throughput;
  readonly relay: Throughput;
}

async function main(): Promise<void> {
  const root = repositoryRoot();
  execFileSync('bash', [join(root, 'scripts/bench/kafka-clients/ensure-confluent.sh')], { stdio: 'inherit' });
  const postgresUrl = requireServerAddress('postgres');
  const brokers = requireServerAddress('kafka').split(',');
  const kafkajs = createKafkaJsClient({ brokers, clientId: 'crm-bench-kafka-clients' });
  const confluent = createConfluentClient(root, brokers, kafkajs);
  const topics = new BenchTopics(kafkajs);
  await topics.connect();
  const scratch = await createScratchDatabase(postgresUrl, 'crm_bench_kafka_clients');
  const runs: ClientRun[] = [];
  try {
    const store = await PostgresEventStore.create(scratch.url, { schema: 'bench_clients' });
    try {
      console.log(`Seeding ${SEEDED_EVENTS} events...`);
      const seeded = await seedEvents(store, SEEDED_EVENTS);
      // Mirrored order (A B B A) so neither client always runs first.
      const order: [string, KafkaClient][] = [
        ['kafkajs 2.2.4', kafkajs],
        [confluentVersion(root), confluent],
      ];
      const samples = new Map<string, ClientRun[]>();
      for (const [name, client] of [...order, ...[...order].reverse()]) {
        console.log(`${name}...`);
        const run = {
          name,
          batched: await measureProducer(client, topics, seeded, 256, DURATION_MS),
          single: await measureProducer(client, topics, seeded, 1, DURATION_MS),
          relay: await measureRelay(store, client, topics, seeded, DURATION_MS),
        };
        samples.set(name, [...(samples.get(name) ?? []), run]);
      }
      for (const [name, [first, second]] of samples)
        if (first && second) runs.push(best(name, first, second));
    } finally {
      await store.close();
    }
  } finally {
    await topics.deleteAllAndDisconnect();
    await scratch.drop();
  }
  const [base, other] = runs;
  if (!base || !other) throw new Error('a client run is missing');
  const ratio = (ours: Throughput, baseline: Throughput): string =>
    (ours.perSecond / baseline.perSecond).toFixed(2);
  const row = (label: string, pick: (run: ClientRun) => Throughput): string[] => [
    label,
    pick(base).perSecond.toFixed(0),
    pick(other).perSecond.toFixed(0),
    ratio(pick(other), pick(base)),
  ];
  publishReport(
    {
      title: 'Kafka clients (`npm run bench:kafka-clients`)',
      setup: [
        `Same broker, same run, same ${SEEDED_EVENTS} records from a PostgreSQL store; idempotent producers, acks from all replicas, one request in flight; best of two mirrored slices per client.`,
      ],
      header: ['case (events/s)', base.name, other.name, 'ratio'],
      rows: [
        row('raw producer, 256 records per send', (run) => run.batched),
        row('raw producer, 1 record per send (awaited)', (run) => run.single),
        row('Relay + KafkaPublisher (256 per send)', (run) => run.relay),
      ],
      notes: ['No target: this table feeds docs/decisions/0017-kafka-client.md.'],
    },
    join(root, 'docs/benchmarks/kafka-clients.md'),
  );
}

function best(name: string, first: ClientRun, second: ClientRun): ClientRun {
  const faster = (a: Throughput, b: Throughput): Throughput => (a.perSecond >= b.perSecond ? a : b);
  return {
    name,
    batched: faster(first.batched, second.batched),
    single: faster(first.single, second.single),
    relay: faster(first.relay, second.relay),
  };
}

main().then(
  () => process.exit(process.exitCode ?? 0),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : String(error));
    process.exit(1);
  },
);
