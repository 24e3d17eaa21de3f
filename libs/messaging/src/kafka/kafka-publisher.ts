import type { Message } from '../message';
import type { MessagePublisher } from '../message-publisher.port';
import type { KafkaClient, KafkaProducer } from './kafka-client.port';
import { toKafkaRecord } from './kafka-record';

/**
 * Publishes through one idempotent producer (acks from all in-sync replicas), keyed by stream so one
 * aggregate's messages stay in one partition, in order. `publish` resolves only after the broker
 * acknowledged every message; a rejection means none can be assumed stored (publish again).
 */
export class KafkaPublisher implements MessagePublisher {
  private readonly producer: KafkaProducer;
  private connecting: Promise<void> | undefined;
  private closed = false;

  constructor(client: KafkaClient) {
    this.producer = client.producer();
  }

  async publish(topic: string, messages: readonly Message[]): Promise<void> {
    if (messages.length === 0) return;
    await this.connect();
    await this.producer.send({ topic, messages: messages.map(toKafkaRecord) });
  }

  /** Connects now rather than on the first publish, so a wrong address fails at startup. */
  connect(): Promise<void> {
    if (this.closed) return Promise.reject(new Error('KafkaPublisher is closed'));
    this.connecting ??= this.producer.connect().catch((error: unknown) => {
      this.connecting = undefined;
      throw error;
    });
    return this.connecting;
  }

  async close(): Promise<void> {
    this.closed = true;
    const connecting = this.connecting;
    this.connecting = undefined;
    if (!connecting) return;
    await connecting.catch(() => undefined);
    await this.producer.disconnect();
  }
}
