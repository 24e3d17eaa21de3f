import { SalesIntegrationEventTypes as Sales, type EventEnvelope, type OrderPlacedV1 } from '@crm/contracts';
import type { Projection } from '@crm/read-models';

export const ORDER_FACTS_COLLECTION = 'analytics-order-facts';

export type OrderFactStatus = 'placed' | 'paid' | 'shipped' | 'cancelled' | 'returned';

export interface OrderFactLine {
  readonly sku: string;
  readonly category: string;
  readonly quantity: number;
  readonly lineTotal: number;
}

/** One order as analytics needs it: the basket, its value and whether it still counts. */
export interface OrderFact {
  readonly orderId: string;
  readonly customerId: string;
  readonly channel: string;
  readonly orderedAt: string;
  readonly currency: string;
  readonly total: number;
  readonly lines: readonly OrderFactLine[];
  readonly status: OrderFactStatus;
  readonly paid: boolean;
}

/**
 * "Which baskets were bought, for how much, and do they still count?" One document per order, guarded
 * by the order's own stream: every event of one order comes from one stream, so the guard stays one
 * entry however many orders there are.
 */
export const orderFactsProjection: Projection<OrderFact> = {
  name: 'analytics-order-facts',
  collection: ORDER_FACTS_COLLECTION,
  handles: [
    Sales.orderPlaced,
    Sales.orderPaid,
    Sales.orderShipped,
    Sales.orderCancelled,
    Sales.orderReturned,
  ],
  documentId: (event) => (event.data as { orderId: string }).orderId,
  apply: (current, event) => orderFactAfter(current, event),
};

function orderFactAfter(current: OrderFact | null, event: EventEnvelope): OrderFact | null {
  if (event.type === Sales.orderPlaced) return current ?? placedFact(event.data as OrderPlacedV1);
  if (current === null) return null;
  switch (event.type) {
    case Sales.orderPaid:
      return { ...current, status: 'paid', paid: true };
    case Sales.orderShipped:
      return { ...current, status: 'shipped' };
    case Sales.orderCancelled:
      return { ...current, status: 'cancelled' };
    case Sales.orderReturned:
      return { ...current, status: 'returned' };
    default:
      return null;
  }
}

function placedFact(placed: OrderPlacedV1): OrderFact {
  return {
    orderId: placed.orderId,
    customerId: placed.customerId,
    channel: placed.channel,
    orderedAt: placed.orderedAt,
    currency: placed.total.currency,
    total: Number(placed.total.amount),
    lines: placed.lines.map((line) => ({
      sku: line.sku,
      category: line.category,
      quantity: line.quantity,
      lineTotal: Number(line.lineTotal.amount),
    })),
    status: 'placed',
    paid: false,
  };
}

/** Cancelled and returned orders are no longer sales: they leave baskets, series and revenue. */
export function orderCounts(order: OrderFact): boolean {
  return order.status !== 'cancelled' && order.status !== 'returned';
}
