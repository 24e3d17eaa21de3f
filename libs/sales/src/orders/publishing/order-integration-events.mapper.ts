import {
  SalesIntegrationEventTypes,
  type EventEnvelope,
  type OrderCancelledV1,
  type OrderPaidV1,
  type OrderPlacedV1,
  type OrderReturnedV1,
  type OrderShippedV1,
} from '@crm/contracts';
import { assertNever } from '@crm/core';
import type { IntegrationMessage } from '@crm/messaging';
import { orderEventOf } from '../domain';

/**
 * Order events as `sales.Order*.v1`, keyed by customer: one customer's orders share a partition, in
 * store order, which the customer 360's per-customer summary relies on. Null for any other event.
 */
export function toOrderIntegrationMessage(event: EventEnvelope): IntegrationMessage | null {
  const orderEvent = orderEventOf(event);
  if (orderEvent === null) return null;
  const message = integrationMessageOf(orderEvent);
  return { ...message, key: orderEvent.data.customerId };
}

function integrationMessageOf(orderEvent: NonNullable<ReturnType<typeof orderEventOf>>): IntegrationMessage {
  switch (orderEvent.type) {
    case 'sales.OrderPlaced': {
      const { orderId, customerId, channel, orderedAt, lines, total, ownerId } = orderEvent.data;
      const data: OrderPlacedV1 = {
        orderId,
        customerId,
        channel,
        orderedAt,
        lines,
        total,
        externalRef: null,
        ownerId,
      };
      return { type: SalesIntegrationEventTypes.orderPlaced, schemaVersion: 1, data };
    }
    case 'sales.OrderPaid': {
      const data: OrderPaidV1 = orderEvent.data;
      return { type: SalesIntegrationEventTypes.orderPaid, schemaVersion: 1, data };
    }
    case 'sales.OrderShipped': {
      const data: OrderShippedV1 = orderEvent.data;
      return { type: SalesIntegrationEventTypes.orderShipped, schemaVersion: 1, data };
    }
    case 'sales.OrderCancelled': {
      const data: OrderCancelledV1 = orderEvent.data;
      return { type: SalesIntegrationEventTypes.orderCancelled, schemaVersion: 1, data };
    }
    case 'sales.OrderReturned': {
      const data: OrderReturnedV1 = orderEvent.data;
      return { type: SalesIntegrationEventTypes.orderReturned, schemaVersion: 1, data };
    }
    default:
      return assertNever(orderEvent);
  }
}
