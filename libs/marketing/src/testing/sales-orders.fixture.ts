import {
  SALES_EVENTS_TOPIC,
  SalesIntegrationEventTypes,
  type EventEnvelope,
  type MoneyV1,
  type OrderCancelledV1,
  type OrderPaidV1,
  type OrderReturnedV1,
} from '@crm/contracts';
import { buildNewEvent, type EventStore } from '@crm/event-store';
import type { IntegrationMappings } from '@crm/messaging';

// Until the sales context lands, specs stand in for it at its own boundary: stored `sales.*` events
// whose data already is the contract's V1 payload, and a mapping that publishes them as such. What
// marketing consumes (the store-fed consumer, topic, envelope, position guard) is the real path.
const STAND_IN_TYPES: Readonly<Record<string, string>> = {
  'sales.OrderPaid': SalesIntegrationEventTypes.orderPaid,
  'sales.OrderCancelled': SalesIntegrationEventTypes.orderCancelled,
  'sales.OrderReturned': SalesIntegrationEventTypes.orderReturned,
};

/** Registers the stand-in publishing policy for `crm.sales.events.v1`, unless sales registered its own. */
export function standInForSalesPublishing(mappings: IntegrationMappings): void {
  if (mappings.mapperOf(SALES_EVENTS_TOPIC)) {
    throw new Error('The sales context publishes now: drive orders through its API instead of this stand-in');
  }
  mappings.register({
    topic: SALES_EVENTS_TOPIC,
    mapper: (event: EventEnvelope) => {
      const type = STAND_IN_TYPES[event.type];
      return type === undefined ? null : { type, schemaVersion: 1, data: event.data };
    },
  });
}

/** Appends what the sales context would store for one order's payment, cancellation or return. */
export class SalesOrderLog {
  constructor(
    private readonly store: EventStore,
    private readonly tenantId: string,
  ) {}

  paid(orderId: string, customerId: string, total: MoneyV1, paidAt: string): Promise<void> {
    const data: OrderPaidV1 = { orderId, customerId, channel: 'e-commerce', total, paidAt };
    return this.append(orderId, 'sales.OrderPaid', data, paidAt);
  }

  cancelledAfterPayment(
    orderId: string,
    customerId: string,
    total: MoneyV1,
    cancelledAt: string,
  ): Promise<void> {
    const data: OrderCancelledV1 = { orderId, customerId, reason: null, wasPaid: true, total, cancelledAt };
    return this.append(orderId, 'sales.OrderCancelled', data, cancelledAt);
  }

  returned(orderId: string, customerId: string, total: MoneyV1, returnedAt: string): Promise<void> {
    const data: OrderReturnedV1 = { orderId, customerId, reason: 'Damaged', total, returnedAt };
    return this.append(orderId, 'sales.OrderReturned', data, returnedAt);
  }

  private async append(orderId: string, type: string, data: unknown, occurredAt: string): Promise<void> {
    const event = buildNewEvent({ type, data, occurredAt, tenantId: this.tenantId, actor: 'sales-stand-in' });
    await this.store.append(`sales.order-${orderId}`, [event], { expectedVersion: 'any' });
  }
}
