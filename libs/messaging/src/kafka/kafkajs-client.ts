import { Kafka, logLevel, Partitioners, type LogEntry } from 'kafkajs';
import type { KafkaAdmin, KafkaClient, KafkaConsumer, KafkaProducer } from './kafka-client.port';

export interface KafkaJsClientOptions {
  /** `host:port` list, e.g. from `CRM_KAFKA_BROKERS` split on commas. */
  readonly brokers: readonly string[];
  readonly clientId: string;
  /** Log entries at or above this level go to the console. Default: errors only. */
  readonly logLevel?: 'error' | 'warn' | 'info' | 'debug' | 'nothing';
}

const LOG_LEVELS = {
  nothing: logLevel.NOTHING,
  error: logLevel.ERROR,
  warn: logLevel.WARN,
  info: logLevel.INFO,
  debug: logLevel.DEBUG,
} as const;

/** Our Kafka port on `kafkajs` 2.x: idempotent producer, earliest-offset consumers without auto-commit. */
export function createKafkaJsClient(options: KafkaJsClientOptions): KafkaClient {
  const kafka = new Kafka({
    clientId: options.clientId,
    brokers: [...options.brokers],
    logLevel: LOG_LEVELS[options.logLevel ?? 'error'],
    logCreator: () => writeLogEntry,
  });
  return {
    producer: (): KafkaProducer =>
      kafka.producer({
        idempotent: true,
        // Idempotence keeps order with up to 5 in flight; 1 keeps it simple to reason about on retries.
        maxInFlightRequests: 1,
        allowAutoTopicCreation: false,
        // The Java client's murmur2 partitioner: a key lands on the same partition from any client.
        createPartitioner: Partitioners.DefaultPartitioner,
      }),
    consumer: ({ groupId }): KafkaConsumer => {
      const consumer = kafka.consumer({ groupId, allowAutoTopicCreation: false });
      return {
        connect: () => consumer.connect(),
        disconnect: () => consumer.disconnect(),
        subscribe: ({ topics }) => consumer.subscribe({ topics, fromBeginning: true }),
        run: (config) => consumer.run({ ...config, autoCommit: false }),
      };
    },
    admin: (): KafkaAdmin => kafka.admin(),
  };
}

function writeLogEntry({ namespace, level, label, log }: LogEntry): void {
  const { message, ...extra } = log;
  const line = `[kafkajs] ${label} ${namespace}: ${message} ${JSON.stringify(extra)}`;
  if (level <= logLevel.ERROR) console.error(line);
  else console.warn(line);
}
