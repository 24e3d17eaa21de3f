import type { IntegrationEventMapper } from '../relay/integration-message';

/** How one context publishes: its topic and the mapper its relay uses. */
export interface IntegrationMapping {
  readonly topic: string;
  readonly mapper: IntegrationEventMapper;
}

/** Every context's publishing policy, so an in-process consumer can see the same topics Kafka would carry. */
export class IntegrationMappings {
  private readonly byTopic = new Map<string, IntegrationEventMapper>();

  register(mapping: IntegrationMapping): void {
    if (this.byTopic.has(mapping.topic))
      throw new Error(`A mapper for ${mapping.topic} is already registered`);
    this.byTopic.set(mapping.topic, mapping.mapper);
  }

  mapperOf(topic: string): IntegrationEventMapper | undefined {
    return this.byTopic.get(topic);
  }
}

export const INTEGRATION_MAPPINGS = Symbol('IntegrationMappings');
