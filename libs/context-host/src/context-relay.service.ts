import { EVENT_STORE, type EventStore, PostgresLeaderLock } from '@crm/event-store';
import {
  createKafkaJsClient,
  type IntegrationEventMapper,
  integrationTopic,
  KafkaPublisher,
  Relay,
} from '@crm/messaging';
import { CHECKPOINT_STORE, type CheckpointStore } from '@crm/read-models';
import {
  Inject,
  Injectable,
  Logger,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { CONTEXT_SERVICE_CONFIG, type ContextServiceConfig } from './context-service-config';
import { ensureContextTopics } from './context-topics';

/** The context's publishing policy: the same mapper standalone mode registers for its in-process bus. */
export const RELAY_MAPPER = Symbol('RelayMapper');

/**
 * Publishes the context's events to `crm.<context>.events.v1`: the relay runs in whichever replica
 * holds the `relay:<context>` advisory lock, so exactly one instance publishes at a time.
 */
@Injectable()
export class ContextRelayService implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(ContextRelayService.name);
  private readonly kafka;
  private readonly publisher: KafkaPublisher;
  private readonly relay: Relay;
  private readonly lock: PostgresLeaderLock;

  constructor(
    @Inject(CONTEXT_SERVICE_CONFIG) private readonly config: ContextServiceConfig,
    @Inject(RELAY_MAPPER) mapper: IntegrationEventMapper,
    @Inject(EVENT_STORE) eventStore: EventStore,
    @Inject(CHECKPOINT_STORE) checkpoints: CheckpointStore,
  ) {
    const { context } = config;
    this.kafka = createKafkaJsClient({ brokers: config.kafkaBrokers, clientId: `crm.${context}-svc` });
    this.publisher = new KafkaPublisher(this.kafka);
    this.relay = new Relay({ context, eventStore, checkpoints, publisher: this.publisher, mapper });
    this.lock = new PostgresLeaderLock(config.postgresUrl, `relay:${context}`, { logger: this.logger });
  }

  async onApplicationBootstrap(): Promise<void> {
    const topic = integrationTopic(this.config.context);
    await ensureContextTopics(this.kafka, this.config, [topic]);
    this.lock.start({
      lead: async () => {
        this.logger.log(`Leading: relaying ${this.config.context} events to ${topic}`);
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
