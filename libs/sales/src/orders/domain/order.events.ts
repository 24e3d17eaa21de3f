import type { DomainEvent } from '@crm/core';
import type { Money } from '../../shared/domain';
import type { OrderChannel, OrderLine } from './order.values';

export type OrderPlaced = DomainEvent<
  'sales.OrderPlaced',
  {
    readonly orderId: string;
    readonly tenantId: string;
    readonly customerId: string;
    readonly channel: OrderChannel;
    readonly orderedAt: string;
    readonly ownerId: string | null;
    readonly lines: readonly OrderLine[];
    readonly total: Money;
    readonly placedAt: string;
  }
>;

interface OrderFacts {
  readonly orderId: string;
  readonly customerId: string;
}

export type OrderPaid = DomainEvent<
  'sales.OrderPaid',
  OrderFacts & { readonly channel: OrderChannel; readonly total: Money; readonly paidAt: string }
>;

export type OrderShipped = DomainEvent<'sales.OrderShipped', OrderFacts & { readonly shippedAt: string }>;

export type OrderCancelled = DomainEvent<
  'sales.OrderCancelled',
  OrderFacts & {
    readonly reason: string | null;
    readonly wasPaid: boolean;
    readonly total: Money;
    readonly cancelledAt: string;
  }
>;

export type OrderReturned = DomainEvent<
  'sales.OrderReturned',
  OrderFacts & { readonly reason: string | null; readonly total: Money; readonly returnedAt: string }
>;

export type OrderEvent = OrderPlaced | OrderPaid | OrderShipped | OrderCancelled | OrderReturned;

export const ORDER_EVENT_TYPES: readonly OrderEvent['type'][] = [
  'sales.OrderPlaced',
  'sales.OrderPaid',
  'sales.OrderShipped',
  'sales.OrderCancelled',
  'sales.OrderReturned',
];

/** The order event a stored envelope holds, or null for any other event. */
export function orderEventOf(event: { readonly type: string; readonly data: unknown }): OrderEvent | null {
  if (!(ORDER_EVENT_TYPES as readonly string[]).includes(event.type)) return null;
  // Order streams only ever hold what this context's decider emitted.
  return { type: event.type, data: event.data } as OrderEvent;
}
