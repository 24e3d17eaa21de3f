import type { MoneyInput } from '../../shared/domain';
import type { OrderChannel } from './order.values';

/** A line as the application resolved it from the catalogue: the decider never looks anything up. */
export interface ResolvedOrderLine {
  readonly sku: string;
  readonly productId: string;
  readonly category: string;
  readonly quantity: number;
  /** The price the caller gave, else the catalogue price. */
  readonly unitPrice: MoneyInput;
}

interface OrderCommandData {
  readonly tenantId: string;
  readonly orderId: string;
}

export interface PlaceOrder {
  readonly type: 'PlaceOrder';
  readonly data: OrderCommandData & {
    readonly customerId: string;
    readonly channel: OrderChannel;
    readonly orderedAt: string;
    readonly currency: string;
    readonly ownerId: string | null;
    readonly lines: readonly ResolvedOrderLine[];
    readonly placedAt: string;
  };
}

export interface PayOrder {
  readonly type: 'PayOrder';
  readonly data: OrderCommandData & { readonly paidAt: string };
}

export interface ShipOrder {
  readonly type: 'ShipOrder';
  readonly data: OrderCommandData & { readonly shippedAt: string };
}

export interface CancelOrder {
  readonly type: 'CancelOrder';
  readonly data: OrderCommandData & { readonly reason?: string | null; readonly cancelledAt: string };
}

export interface ReturnOrder {
  readonly type: 'ReturnOrder';
  readonly data: OrderCommandData & { readonly reason?: string | null; readonly returnedAt: string };
}

export type OrderCommand = PlaceOrder | PayOrder | ShipOrder | CancelOrder | ReturnOrder;
