import {
  CUSTOMER_EVENTS_TOPIC,
  MARKETING_EVENTS_TOPIC,
  SALES_EVENTS_TOPIC,
  SERVICE_EVENTS_TOPIC,
} from '@crm/contracts';
import {
  eventOfMessage,
  MESSAGE_CONSUMER,
  type ConsumedMessage,
  type ConsumerSubscription,
  type MessageConsumer,
} from '@crm/messaging';
import { DOCUMENT_STORE, MessageProjector, type DocumentStore, type Projection } from '@crm/read-models';
import { CLOCK, systemClock, type Clock } from '@crm/core';
import {
  Inject,
  Injectable,
  Optional,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { campaignResponseFactsProjection } from './campaign-response-facts.projection';
import { caseFactsProjection } from './case-facts.projection';
import { customerProfileProjection } from './customer-profile.projection';
import { FreshnessTracker } from './freshness-tracker';
import { opportunityFactsProjection } from './opportunity-facts.projection';
import { orderFactsProjection } from './order-facts.projection';

export const FEATURE_STORE_GROUP = 'crm.analytics.feature-store';

/**
 * The analytics feature store's intake: every context's integration events through MESSAGE_CONSUMER
 * (the store-fed consumer standalone, Kafka distributed), each applied to the fact documents it
 * concerns with their position guards, so redeliveries and replays change nothing twice.
 */
@Injectable()
export class FeatureStoreConsumer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly projectors: readonly MessageProjector<unknown>[];
  private subscription: ConsumerSubscription | undefined;

  constructor(
    @Inject(DOCUMENT_STORE) documents: DocumentStore,
    private readonly freshness: FreshnessTracker,
    @Optional() @Inject(MESSAGE_CONSUMER) private readonly consumer?: MessageConsumer,
    @Optional() @Inject(CLOCK) private readonly clock: Clock = systemClock,
  ) {
    this.projectors = [
      orderFactsProjection,
      customerProfileProjection,
      caseFactsProjection,
      campaignResponseFactsProjection,
      opportunityFactsProjection,
    ].map((projection: Projection<unknown>) => new MessageProjector(projection, documents));
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.consumer) return;
    this.subscription = await this.consumer.subscribe({
      topics: [SALES_EVENTS_TOPIC, CUSTOMER_EVENTS_TOPIC, SERVICE_EVENTS_TOPIC, MARKETING_EVENTS_TOPIC],
      groupId: FEATURE_STORE_GROUP,
      handler: (message) => this.handle(message),
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.subscription?.stop();
  }

  async handle(message: ConsumedMessage): Promise<void> {
    const event = eventOfMessage(message);
    const interested = this.projectors.filter((projector) => projector.handles.includes(event.type));
    if (interested.length === 0) return;
    for (const projector of interested) await projector.apply(event);
    this.freshness.recordApplied(
      event.tenantId,
      { topic: message.topic, position: message.value.globalPosition, eventAt: event.occurredAt },
      this.clock.now(),
    );
  }
}
