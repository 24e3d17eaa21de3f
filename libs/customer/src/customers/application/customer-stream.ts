import { streamIdOf } from '@crm/event-store';

/** `customer.customer-<uuid>`: one stream per customer. */
export function customerStreamId(customerId: string): string {
  return streamIdOf('customer', 'customer', customerId);
}
