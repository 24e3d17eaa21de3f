import type { IntegrationEventMapper } from '@crm/messaging';
import { type ServiceObservability, ServiceObservabilityModule } from '@crm/observability';
import { type DynamicModule, Module, type Type } from '@nestjs/common';
import { contextHealthController } from './context-health.controller';
import { ContextRelayService, RELAY_MAPPER } from './context-relay.service';
import type { ContextServiceConfig } from './context-service-config';
import { DistributedPersistenceModule } from './distributed-persistence.module';
import { KafkaConsumerModule } from './kafka-consumer.module';

/** What makes one context service differ from another; the rest is the same recipe. */
export interface ContextServiceDefinition {
  /** The context lib's service module: application core plus its TCP patterns. */
  readonly module: Type<unknown>;
  readonly healthPattern: string;
  /** The relay's mapper: what the context publishes on `crm.<context>.events.v1`. */
  readonly publish: IntegrationEventMapper;
  /** Other contexts' topics its consumers read; none means no MESSAGE_CONSUMER is bound. */
  readonly consumes: readonly string[];
}

/** Composition root of a context service: PostgreSQL events, MongoDB read models, Kafka in and out. */
@Module({})
export class ContextServiceAppModule {
  static forContext(
    config: ContextServiceConfig,
    definition: ContextServiceDefinition,
    observability: ServiceObservability,
  ): DynamicModule {
    const consumer =
      definition.consumes.length > 0 ? [KafkaConsumerModule.forTopics(config, definition.consumes)] : [];
    return {
      module: ContextServiceAppModule,
      imports: [
        ServiceObservabilityModule.forService(observability),
        DistributedPersistenceModule.forConfig(config),
        ...consumer,
        definition.module,
      ],
      controllers: [contextHealthController(definition.healthPattern)],
      providers: [{ provide: RELAY_MAPPER, useValue: definition.publish }, ContextRelayService],
    };
  }
}
