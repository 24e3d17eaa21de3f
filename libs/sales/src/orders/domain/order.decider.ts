import { assertNever, type Decider } from '@crm/core';
import { normalizeOptionalText, SalesError } from '../../shared/domain';
import type { OrderCommand } from './order.commands';
import type { OrderEvent } from './order.events';
import { evolveOrder, initialOrderState } from './order.evolve';
import type { Order, OrderState } from './order.state';
import { MAX_ORDER_REASON_LENGTH, type OrderStatus } from './order.values';
import { placeOrder } from './place-order';

/**
 * placed → paid → shipped → returned; cancel from placed or paid. A paid order that will not ship is
 * cancelled (wasPaid tells consumers to take the revenue back); only a shipped order is returned.
 */
export function decideOrder(command: OrderCommand, state: OrderState): OrderEvent[] {
  switch (command.type) {
    case 'PlaceOrder':
      return placeOrder(command, state);
    case 'PayOrder': {
      const { order, facts } = transition(state, command.data, 'pay', ['placed']);
      const { channel, total } = order;
      return [{ type: 'sales.OrderPaid', data: { ...facts, channel, total, paidAt: command.data.paidAt } }];
    }
    case 'ShipOrder': {
      const { facts } = transition(state, command.data, 'ship', ['paid']);
      return [{ type: 'sales.OrderShipped', data: { ...facts, shippedAt: command.data.shippedAt } }];
    }
    case 'CancelOrder': {
      const { order, facts } = transition(state, command.data, 'cancel', ['placed', 'paid']);
      const { cancelledAt } = command.data;
      const reason = normalizeOptionalText(command.data.reason, 'reason', MAX_ORDER_REASON_LENGTH);
      const wasPaid = order.status === 'paid';
      return [
        {
          type: 'sales.OrderCancelled',
          data: { ...facts, reason, wasPaid, total: order.total, cancelledAt },
        },
      ];
    }
    case 'ReturnOrder': {
      const { order, facts } = transition(state, command.data, 'return', ['shipped']);
      const { returnedAt } = command.data;
      const reason = normalizeOptionalText(command.data.reason, 'reason', MAX_ORDER_REASON_LENGTH);
      return [{ type: 'sales.OrderReturned', data: { ...facts, reason, total: order.total, returnedAt } }];
    }
    default:
      return assertNever(command);
  }
}

/** The order aggregate: one stream per order, `sales.order-<id>`. */
export const orderDecider: Decider<OrderState, OrderCommand, OrderEvent> = {
  initialState: initialOrderState,
  evolve: evolveOrder,
  decide: decideOrder,
};

function transition(
  state: OrderState,
  scope: { readonly tenantId: string; readonly orderId: string },
  action: string,
  from: readonly OrderStatus[],
): { readonly order: Order; readonly facts: { readonly orderId: string; readonly customerId: string } } {
  if (state.kind === 'none' || state.order.tenantId !== scope.tenantId) {
    throw new SalesError('ORDER.NOT_FOUND', `Order ${scope.orderId} does not exist`);
  }
  const { order } = state;
  if (!from.includes(order.status)) {
    throw new SalesError(
      'ORDER.ILLEGAL_TRANSITION',
      `Cannot ${action} an order that is ${order.status}; only one that is ${from.join(' or ')}`,
    );
  }
  return { order, facts: { orderId: order.orderId, customerId: order.customerId } };
}
