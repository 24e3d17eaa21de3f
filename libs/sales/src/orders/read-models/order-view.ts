import type { Money } from '../../shared/domain';
import type { OrderChannel, OrderLine, OrderState, OrderStatus } from '../domain';

/** An order as the API shows it: the body of GET /orders/:id and of every command response. */
export interface OrderView {
  readonly id: string;
  readonly customerId: string;
  readonly channel: OrderChannel;
  readonly orderedAt: string;
  readonly currency: string;
  readonly ownerId: string | null;
  readonly lines: readonly OrderLine[];
  readonly total: Money;
  readonly status: OrderStatus;
  readonly placedAt: string;
  readonly paidAt: string | null;
  readonly shippedAt: string | null;
  readonly cancelledAt: string | null;
  readonly returnedAt: string | null;
  readonly reason: string | null;
  /** Stream version this view reflects: the ETag. */
  readonly version: number;
}

export function orderViewOf(state: OrderState, version: number): OrderView | null {
  if (state.kind === 'none') return null;
  const { orderId, tenantId: _tenantId, ...order } = state.order;
  return { id: orderId, ...order, currency: order.total.currency, version };
}

/** The decider state a stored view stands for: lets the order projection reuse `evolve`. */
export function orderStateOf(view: OrderView | null, tenantId: string): OrderState {
  if (view === null) return { kind: 'none' };
  const { id, currency: _currency, version: _version, ...order } = view;
  return { kind: 'placed', order: { ...order, orderId: id, tenantId } };
}
