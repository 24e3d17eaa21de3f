import { createKafkaJsClient, KafkaConsumerRunner, MESSAGE_CONSUMER } from '@crm/messaging';
import { type DynamicModule, Global, Inject, Module, type OnApplicationShutdown } from '@nestjs/common';
import { BackgroundConsumer } from './background-consumer';
import type { ContextServiceConfig } from './context-service-config';
import { ensureContextTopics } from './context-topics';

const KAFKA_CONSUMER = Symbol('KafkaConsumer');

/**
 * Binds MESSAGE_CONSUMER to Kafka, so the context's consumers (bound to the same port the in-process
 * bus fills in standalone mode) read other contexts' topics. The topics and their `.dlq` are created
 * first when absent: a consumer may start before the producing service ever ran.
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
          provide: KAFKA_CONSUMER,
          useFactory: async () => {
            const client = createKafkaJsClient({
              brokers: config.kafkaBrokers,
              clientId: `crm.${config.context}-svc.consumer`,
            });
            await ensureContextTopics(client, config, topics);
            return new KafkaConsumerRunner(client);
          },
        },
        {
          provide: MESSAGE_CONSUMER,
          inject: [KAFKA_CONSUMER],
          useFactory: (consumer: KafkaConsumerRunner) => new BackgroundConsumer(consumer),
        },
      ],
      exports: [MESSAGE_CONSUMER],
    };
  }

  async onApplicationShutdown(): Promise<void> {
    await this.consumer.close();
  }
}
