import { CUSTOMER_EVENTS_TOPIC } from '@crm/contracts';
import { toCustomerIntegrationMessage } from '@crm/customer';
import { EVENT_STORE, type EventStore, PostgresLeaderLock } from '@crm/event-store';
import { createKafkaJsClient, ensureTopics, KafkaPublisher, Relay } from '@crm/messaging';
import { CHECKPOINT_STORE, type CheckpointStore } from '@crm/read-models';
import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { CUSTOMER_SERVICE_CONFIG, type CustomerServiceConfig } from '../config/customer-service-config';

/**
 * Publishes the customer events to `crm.customer.events.v1`: the relay runs in whichever replica holds
 * the `relay:customer` advisory lock, so exactly one instance publishes at a time.
 */
@Injectable()
export class CustomerRelayService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(CustomerRelayService.name);
  private readonly kafka;
  private readonly publisher: KafkaPublisher;
  private readonly relay: Relay;
  private readonly lock: PostgresLeaderLock;

  constructor(
    @Inject(CUSTOMER_SERVICE_CONFIG) private readonly config: CustomerServiceConfig,
    @Inject(EVENT_STORE) eventStore: EventStore,
    @Inject(CHECKPOINT_STORE) checkpoints: CheckpointStore,
  ) {
    this.kafka = createKafkaJsClient({ brokers: config.kafkaBrokers, clientId: 'crm.customer-svc' });
    this.publisher = new KafkaPublisher(this.kafka);
    this.relay = new Relay({
      context: 'customer',
      eventStore,
      checkpoints,
      publisher: this.publisher,
      mapper: toCustomerIntegrationMessage,
    });
    this.lock = new PostgresLeaderLock(config.postgresUrl, 'relay:customer', { logger: this.logger });
  }

  async onApplicationBootstrap(): Promise<void> {
    const admin = this.kafka.admin();
    await admin.connect();
    try {
      await ensureTopics(admin, [
        {
          topic: CUSTOMER_EVENTS_TOPIC,
          partitions: this.config.topicPartitions,
          replicationFactor: this.config.topicReplicationFactor,
        },
      ]);
    } finally {
      await admin.disconnect();
    }
    this.lock.start({
      lead: async () => {
        this.logger.log(`Leading: relaying customer events to ${CUSTOMER_EVENTS_TOPIC}`);
        await this.relay.start();
      },
      follow: async () => {
        this.logger.warn('No longer leading: relay stopped');
        await this.relay.stop();
      },
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.lock.stop();
    await this.publisher.close();
  }
}
