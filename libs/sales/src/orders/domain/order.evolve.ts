import { assertNever } from '@crm/core';
import type { OrderEvent } from './order.events';
import type { Order, OrderState } from './order.state';

export function initialOrderState(): OrderState {
  return { kind: 'none' };
}

export function evolveOrder(state: OrderState, event: OrderEvent): OrderState {
  switch (event.type) {
    case 'sales.OrderPlaced': {
      const order: Order = {
        ...event.data,
        status: 'placed',
        paidAt: null,
        shippedAt: null,
        cancelledAt: null,
        returnedAt: null,
        reason: null,
      };
      return { kind: 'placed', order };
    }
    case 'sales.OrderPaid':
      return withOrder(state, { status: 'paid', paidAt: event.data.paidAt });
    case 'sales.OrderShipped':
      return withOrder(state, { status: 'shipped', shippedAt: event.data.shippedAt });
    case 'sales.OrderCancelled':
      return withOrder(state, {
        status: 'cancelled',
        cancelledAt: event.data.cancelledAt,
        reason: event.data.reason,
      });
    case 'sales.OrderReturned':
      return withOrder(state, {
        status: 'returned',
        returnedAt: event.data.returnedAt,
        reason: event.data.reason,
      });
    default:
      return assertNever(event);
  }
}

function withOrder(state: OrderState, changes: Partial<Order>): OrderState {
  return state.kind === 'none' ? state : { kind: 'placed', order: { ...state.order, ...changes } };
}
