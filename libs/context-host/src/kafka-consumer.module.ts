import { createKafkaJsClient, type KafkaClient, KafkaConsumerRunner, MESSAGE_CONSUMER } from '@crm/messaging';
import { type DynamicModule, Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { BackgroundConsumer } from './background-consumer';
import type { ContextServiceConfig } from './context-service-config';
import { ensureContextTopics } from './context-topics';

const KAFKA_CLIENT = Symbol('KafkaClient');
const KAFKA_CONSUMER = Symbol('KafkaConsumer');

/**
 * Binds MESSAGE_CONSUMER to Kafka, so the context's consumers (bound to the same port the in-process
 * bus fills in standalone mode) read other contexts' topics. Before subscribing, the topics and their
 * `.dlq` are created when absent (a consumer may start before the producing service ever ran), in the
 * background like the subscriptions, so a broker that is down or busy does not stop the service.
 */
@Global()
@Module({})
export class KafkaConsumerModule implements OnApplicationShutdown {
  constructor(@Inject(KAFKA_CONSUMER) private readonly consumer: KafkaConsumerRunner) {}

  static forTopics(config: ContextServiceConfig, topics: readonly string[]): DynamicModule {
    return {
      module: KafkaConsumerModule,
      providers: [
        {
          provide: KAFKA_CLIENT,
          useFactory: () =>
            createKafkaJsClient({
              brokers: config.kafkaBrokers,
              clientId: `crm.${config.context}-svc.consumer`,
            }),
        },
        {
          provide: KAFKA_CONSUMER,
          inject: [KAFKA_CLIENT],
          useFactory: (client: KafkaClient) => new KafkaConsumerRunner(client),
        },
        {
          provide: MESSAGE_CONSUMER,
          inject: [KAFKA_CLIENT, KAFKA_CONSUMER],
          useFactory: (client: KafkaClient, consumer: KafkaConsumerRunner) =>
            new BackgroundConsumer(consumer, () => ensureContextTopics(client, config, topics)),
        },
      ],
      exports: [MESSAGE_CONSUMER],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.consumer.close();
  }
}
