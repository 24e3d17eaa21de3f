import { streamIdOf } from '@crm/event-store';

/** `sales.order-<uuid>`: one stream per order. */
export function orderStreamId(orderId: string): string {
  return streamIdOf('sales', 'order', orderId);
}
