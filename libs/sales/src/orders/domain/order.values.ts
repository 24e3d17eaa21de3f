import type { Money } from '../../shared/domain';

/** The channel an order came through; analytics compares sales by it. */
export const ORDER_CHANNELS = ['direct', 'retail', 'e-commerce', 'distributor', 'partner', 'other'] as const;
export type OrderChannel = (typeof ORDER_CHANNELS)[number];

export const ORDER_STATUSES = ['placed', 'paid', 'shipped', 'cancelled', 'returned'] as const;
export type OrderStatus = (typeof ORDER_STATUSES)[number];

export const MAX_ORDER_LINES = 500;
export const MAX_LINE_QUANTITY = 1_000_000;
export const MAX_ORDER_REASON_LENGTH = 500;
/** How far in the future orderedAt may lie, for clock skew between the client and us. */
export const ORDERED_AT_SKEW_MS = 5 * 60 * 1000;

export interface OrderLine {
  readonly sku: string;
  readonly productId: string;
  /** The product's category when the order was placed. */
  readonly category: string;
  readonly quantity: number;
  readonly unitPrice: Money;
  /** unitPrice × quantity, exact. */
  readonly lineTotal: Money;
}
