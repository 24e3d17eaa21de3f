import {
  DEFAULT_BACKOFF_MS,
  DEFAULT_MAX_RETRIES,
  type ConsumerOptions,
  type ConsumerSubscription,
  type MessageConsumer,
} from '../message-consumer.port';
import type { KafkaClient, KafkaOutgoingRecord, KafkaProducer } from './kafka-client.port';
import { KafkaSubscription } from './kafka-subscription';

export interface KafkaConsumerRunnerOptions {
  /** Commit after this many handled messages even inside one fetched batch. Default 100. */
  readonly commitEvery?: number;
}

/**
 * MessageConsumer on Kafka: one consumer group member per subscription, starting from the earliest
 * offset when the group is new. Delivery is at least once: offsets are committed only after the
 * handler's effect (or the dead-lettering) finished, so a crash re-delivers; handlers must be idempotent.
 * Messages that still fail after the retries go to `<topic>.dlq`, which must exist (`ensureTopics`).
 */
export class KafkaConsumerRunner implements MessageConsumer {
  private readonly subscriptions = new Set<KafkaSubscription>();
  private deadLetterProducer: Promise<KafkaProducer> | undefined;

  constructor(
    private readonly client: KafkaClient,
    private readonly options: KafkaConsumerRunnerOptions = {},
  ) {}

  async subscribe(options: ConsumerOptions): Promise<ConsumerSubscription> {
    const subscription = new KafkaSubscription(this.client.consumer({ groupId: options.groupId }), options, {
      maxRetries: options.maxRetries ?? DEFAULT_MAX_RETRIES,
      backoffMs: options.backoffMs ?? DEFAULT_BACKOFF_MS,
      commitEvery: this.options.commitEvery ?? 100,
      sendDeadLetter: (topic, record) => this.sendDeadLetter(topic, record),
    });
    await subscription.start();
    this.subscriptions.add(subscription);
    return {
      stop: async () => {
        this.subscriptions.delete(subscription);
        await subscription.stop();
      },
    };
  }

  /** Stops every subscription and disconnects the dead letter producer. */
  async close(): Promise<void> {
    const subscriptions = [...this.subscriptions];
    this.subscriptions.clear();
    await Promise.all(subscriptions.map((subscription) => subscription.stop()));
    const producer = this.deadLetterProducer;
    this.deadLetterProducer = undefined;
    if (producer) await (await producer.catch(() => undefined))?.disconnect();
  }

  private async sendDeadLetter(topic: string, record: KafkaOutgoingRecord): Promise<void> {
    this.deadLetterProducer ??= this.connectProducer();
    const producer = await this.deadLetterProducer;
    await producer.send({ topic, messages: [record] });
  }

  private async connectProducer(): Promise<KafkaProducer> {
    const producer = this.client.producer();
    try {
      await producer.connect();
      return producer;
    } catch (error) {
      this.deadLetterProducer = undefined;
      throw error;
    }
  }
}
