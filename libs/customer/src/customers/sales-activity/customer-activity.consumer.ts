import { MARKETING_EVENTS_TOPIC, SALES_EVENTS_TOPIC, SERVICE_EVENTS_TOPIC } from '@crm/contracts';
import {
  eventOfMessage,
  MESSAGE_CONSUMER,
  type ConsumedMessage,
  type ConsumerSubscription,
  type MessageConsumer,
} from '@crm/messaging';
import { DOCUMENT_STORE, MessageProjector, type DocumentStore } from '@crm/read-models';
import {
  Inject,
  Injectable,
  Optional,
  type OnApplicationBootstrap,
  type OnApplicationShutdown,
} from '@nestjs/common';
import { customerTimelineProjection } from '../timeline/customer-timeline.projection';
import type { TimelineEntry } from '../timeline/timeline-entry';
import {
  customerSalesSummaryProjection,
  type CustomerSalesSummary,
} from './customer-sales-summary.projection';

export const CUSTOMER_ACTIVITY_GROUP = 'crm.customer-svc.customer-360';

/**
 * The customer 360's view of the other contexts: consumes `crm.sales.events.v1` (lifetime value, order
 * count, last order date, timeline), `crm.marketing.events.v1` and `crm.service.events.v1` (timeline). Without a message
 * consumer bound (a composition root that has none), it stays idle.
 */
@Injectable()
export class CustomerActivityConsumer implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly summary: MessageProjector<CustomerSalesSummary>;
  private readonly timeline: MessageProjector<TimelineEntry>;
  private subscription: ConsumerSubscription | undefined;

  constructor(
    @Inject(DOCUMENT_STORE) documents: DocumentStore,
    @Optional() @Inject(MESSAGE_CONSUMER) private readonly consumer?: MessageConsumer,
  ) {
    this.summary = new MessageProjector(customerSalesSummaryProjection, documents);
    this.timeline = new MessageProjector(customerTimelineProjection, documents);
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.consumer) return;
    this.subscription = await this.consumer.subscribe({
      topics: [SALES_EVENTS_TOPIC, MARKETING_EVENTS_TOPIC, SERVICE_EVENTS_TOPIC],
      groupId: CUSTOMER_ACTIVITY_GROUP,
      handler: (message) => this.project(message),
    });
  }

  async onApplicationShutdown(): Promise<void> {
    await this.subscription?.stop();
  }

  private async project(message: ConsumedMessage): Promise<void> {
    const event = eventOfMessage(message);
    await Promise.all([this.summary.apply(event), this.timeline.apply(event)]);
  }
}
