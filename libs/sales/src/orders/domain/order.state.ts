import type { Money } from '../../shared/domain';
import type { OrderChannel, OrderLine, OrderStatus } from './order.values';

export interface Order {
  readonly orderId: string;
  readonly tenantId: string;
  readonly customerId: string;
  readonly channel: OrderChannel;
  readonly orderedAt: string;
  readonly ownerId: string | null;
  readonly lines: readonly OrderLine[];
  readonly total: Money;
  readonly status: OrderStatus;
  readonly placedAt: string;
  readonly paidAt: string | null;
  readonly shippedAt: string | null;
  readonly cancelledAt: string | null;
  readonly returnedAt: string | null;
  /** Why it was cancelled or returned. */
  readonly reason: string | null;
}

export type OrderState = { readonly kind: 'none' } | { readonly kind: 'placed'; readonly order: Order };
