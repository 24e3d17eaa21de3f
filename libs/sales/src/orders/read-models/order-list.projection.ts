import type { EventEnvelope } from '@crm/contracts';
import type { Projection } from '@crm/read-models';
import { evolveOrder, ORDER_EVENT_TYPES, orderEventOf } from '../domain';
import { orderStateOf, orderViewOf, type OrderView } from './order-view';

export const ORDER_LIST_COLLECTION = 'sales-orders';

/** "What has this customer ordered, and where is each order?" One document per order, via `evolve`. */
export const orderListProjection: Projection<OrderView> = {
  name: 'sales-orders',
  collection: ORDER_LIST_COLLECTION,
  handles: ORDER_EVENT_TYPES,
  documentId: (event: EventEnvelope) => {
    const data = event.data as { readonly orderId?: unknown };
    return typeof data.orderId === 'string' ? data.orderId : null;
  },
  apply: (current, event) => {
    const orderEvent = orderEventOf(event);
    if (orderEvent === null) return null;
    return orderViewOf(evolveOrder(orderStateOf(current, event.tenantId), orderEvent), event.streamVersion);
  },
};
