import {
  SalesIntegrationEventTypes,
  type EventEnvelope,
  type MoneyV1,
  type OrderCancelledV1,
  type OrderPaidV1,
  type OrderReturnedV1,
} from '@crm/contracts';
import type { Projection } from '@crm/read-models';

export const CUSTOMER_ORDERS_COLLECTION = 'marketing-customer-orders';

/** What marketing knows of one order: enough to attribute its net revenue to a campaign. */
export interface CustomerOrderView {
  readonly orderId: string;
  readonly customerId: string;
  readonly paid: MoneyV1 | null;
  readonly paidAt: string | null;
  /** Cancelled after payment: its revenue is taken back. */
  readonly cancelledAfterPayment: boolean;
  readonly returned: MoneyV1 | null;
}

type OrderMessage = OrderPaidV1 | OrderCancelledV1 | OrderReturnedV1;

/**
 * "How much did each customer really pay us, and when?" One document per order, fed by the sales
 * context's integration events (never its domain): paid, then possibly cancelled or returned. Runs on
 * integration envelopes, so the per-order position guard makes redeliveries no-ops.
 */
export const customerOrdersProjection: Projection<CustomerOrderView> = {
  name: 'marketing-customer-orders',
  collection: CUSTOMER_ORDERS_COLLECTION,
  handles: [
    SalesIntegrationEventTypes.orderPaid,
    SalesIntegrationEventTypes.orderCancelled,
    SalesIntegrationEventTypes.orderReturned,
  ],
  documentId: (event: EventEnvelope) => {
    const data = event.data as { readonly orderId?: unknown };
    return typeof data.orderId === 'string' ? data.orderId : null;
  },
  apply: (current, event) => {
    const data = event.data as OrderMessage;
    const order: CustomerOrderView = current ?? {
      orderId: data.orderId,
      customerId: data.customerId,
      paid: null,
      paidAt: null,
      cancelledAfterPayment: false,
      returned: null,
    };
    switch (event.type) {
      case SalesIntegrationEventTypes.orderPaid: {
        const paid = data as OrderPaidV1;
        return { ...order, paid: paid.total, paidAt: paid.paidAt };
      }
      case SalesIntegrationEventTypes.orderCancelled:
        return (data as OrderCancelledV1).wasPaid ? { ...order, cancelledAfterPayment: true } : order;
      case SalesIntegrationEventTypes.orderReturned:
        return { ...order, returned: (data as OrderReturnedV1).total };
      default:
        return null;
    }
  },
};
