import { SALES_EVENTS_TOPIC, type EventEnvelope } from '@crm/contracts';
import {
  MESSAGE_CONSUMER,
  type ConsumedMessage,
  type ConsumerSubscription,
  type MessageConsumer,
} from '@crm/messaging';
import {
  applyWithGuard,
  DOCUMENT_STORE,
  documentIdFor,
  type DocumentCollection,
  type DocumentStore,
} from '@crm/read-models';
import {
  Inject,
  Injectable,
  Optional,
  type OnApplicationBootstrap,
  type OnModuleDestroy,
} from '@nestjs/common';
import { customerOrdersProjection, type CustomerOrderView } from './customer-orders.projection';

export const SALES_ORDERS_GROUP = 'crm.marketing.attributed-revenue';
const MAX_WRITE_ATTEMPTS = 5;

/**
 * Feeds the customer-orders read model from `crm.sales.events.v1` through the MESSAGE_CONSUMER port:
 * the store-fed consumer in standalone mode, Kafka in distributed mode. Without a consumer bound
 * (e.g. a test of the HTTP edge alone), nothing is consumed.
 */
@Injectable()
export class SalesOrdersConsumer implements OnApplicationBootstrap, OnModuleDestroy {
  private readonly orders: DocumentCollection<CustomerOrderView>;
  private subscription: ConsumerSubscription | undefined;

  constructor(
    @Inject(DOCUMENT_STORE) documents: DocumentStore,
    @Optional() @Inject(MESSAGE_CONSUMER) private readonly consumer?: MessageConsumer,
  ) {
    this.orders = documents.collection<CustomerOrderView>(customerOrdersProjection.collection);
  }

  async onApplicationBootstrap(): Promise<void> {
    if (!this.consumer) return;
    this.subscription = await this.consumer.subscribe({
      topics: [SALES_EVENTS_TOPIC],
      groupId: SALES_ORDERS_GROUP,
      handler: (message) => this.handle(message),
    });
  }

  async onModuleDestroy(): Promise<void> {
    await this.subscription?.stop();
  }

  /** Applies one delivery; a duplicate or replay is a no-op thanks to the per-order stream guard. */
  async handle(message: ConsumedMessage): Promise<void> {
    const event = envelopeOf(message);
    const documentId = documentIdFor(customerOrdersProjection, event);
    if (documentId === null) return;
    for (let attempt = 1; attempt <= MAX_WRITE_ATTEMPTS; attempt++) {
      const current = await this.orders.get(event.tenantId, documentId);
      const write = applyWithGuard(customerOrdersProjection, event, documentId, current);
      if (write === null || (await this.orders.put(write, current?.revision ?? 0))) return;
    }
    throw new Error(`Order ${documentId}: lost ${MAX_WRITE_ATTEMPTS} conditional writes in a row`);
  }
}

function envelopeOf(message: ConsumedMessage): EventEnvelope {
  return { ...message.value, globalPosition: BigInt(message.value.globalPosition) };
}
