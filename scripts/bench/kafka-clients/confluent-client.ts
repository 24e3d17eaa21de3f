import type { KafkaClient, KafkaProducer } from '@crm/messaging';
import { createRequire } from 'node:module';
import { join } from 'node:path';

interface ConfluentKafkaJs {
  Kafka: new (config: { kafkaJS: { brokers: string[]; clientId: string; logLevel?: number } }) => {
    producer(config: { kafkaJS: Record<string, unknown> }): KafkaProducer;
  };
  logLevel: { ERROR: number };
}

/**
 * Our KafkaClient port with `@confluentinc/kafka-javascript`'s KafkaJS-compatible producer (installed
 * under tmp/ by ensure-confluent.sh). Producer settings match createKafkaJsClient: idempotent, acks from
 * all in-sync replicas, one request in flight. Admin and consumers stay on `fallback` (not measured).
 */
export function createConfluentClient(
  root: string,
  brokers: readonly string[],
  fallback: KafkaClient,
): KafkaClient {
  const load = createRequire(join(root, 'tmp/kafka-clients/package.json'));
  const { KafkaJS } = load('@confluentinc/kafka-javascript') as { KafkaJS: ConfluentKafkaJs };
  const kafka = new KafkaJS.Kafka({
    kafkaJS: { brokers: [...brokers], clientId: 'crm-bench-confluent', logLevel: KafkaJS.logLevel.ERROR },
  });
  return {
    producer: (): KafkaProducer => {
      const producer = kafka.producer({
        kafkaJS: { idempotent: true, maxInFlightRequests: 1, allowAutoTopicCreation: false },
      });
      return {
        connect: () => producer.connect(),
        disconnect: () => producer.disconnect(),
        // Its send rewrites the records it is given (value to Buffer, headers to librdkafka's form):
        // hand it copies, as the records are reused.
        send: ({ topic, messages }) =>
          producer.send({
            topic,
            messages: messages.map((message) => ({
              ...message,
              ...(message.headers ? { headers: { ...message.headers } } : {}),
            })),
          }),
      };
    },
    consumer: (options) => fallback.consumer(options),
    admin: () => fallback.admin(),
  };
}

/** librdkafka's version, for the report. */
export function confluentVersion(root: string): string {
  const load = createRequire(join(root, 'tmp/kafka-clients/package.json'));
  const { version } = load('@confluentinc/kafka-javascript/package.json') as { version: string };
  const { librdkafkaVersion } = load('@confluentinc/kafka-javascript') as { librdkafkaVersion: string };
  return `@confluentinc/kafka-javascript ${version} (librdkafka ${librdkafkaVersion})`;
}
