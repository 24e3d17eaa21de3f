import { projectionSpec, PROJECTION_SPEC_TENANT } from '@crm/testing';
import { orderStreamId } from '../application/order-stream';
import {
  CUSTOMER_ID,
  ORDER_ID,
  orderPlaced,
  paid,
  PLACED_AT,
  returned,
  shipped,
} from '../domain/order.builders';
import { orderListProjection } from './order-list.projection';
import type { OrderView } from './order-view';

const streamId = orderStreamId(ORDER_ID);
const placed = orderPlaced({ tenantId: PROJECTION_SPEC_TENANT });
const view: OrderView = {
  id: ORDER_ID,
  customerId: CUSTOMER_ID,
  channel: 'e-commerce',
  orderedAt: PLACED_AT,
  currency: 'EUR',
  ownerId: 'user-1',
  lines: placed.data.lines,
  total: { amount: '0.30', currency: 'EUR' },
  status: 'placed',
  placedAt: PLACED_AT,
  paidAt: null,
  shippedAt: null,
  cancelledAt: null,
  returnedAt: null,
  reason: null,
  version: 1,
};

describe('orderListProjection', () => {
  const spec = projectionSpec(orderListProjection);

  it('creates the order when it is placed', () => {
    spec.given({ ...placed, streamId }).then([{ id: ORDER_ID, data: view }]);
  });

  it('follows payment, shipping and return exactly once', () => {
    const at = '2025-02-02T10:00:00.000Z';
    spec
      .given(
        { ...placed, streamId },
        { ...paid, streamId },
        { ...shipped, streamId },
        { ...returned('Damaged'), streamId },
      )
      .then([
        {
          id: ORDER_ID,
          data: {
            ...view,
            status: 'returned',
            paidAt: at,
            shippedAt: at,
            returnedAt: at,
            reason: 'Damaged',
            version: 4,
          },
        },
      ]);
  });

  it('records a cancellation with its reason', () => {
    const cancelledAt = '2025-02-03T10:00:00.000Z';
    spec
      .given(
        { ...placed, streamId },
        {
          type: 'sales.OrderCancelled',
          streamId,
          data: {
            orderId: ORDER_ID,
            customerId: CUSTOMER_ID,
            reason: 'No stock',
            wasPaid: false,
            total: view.total,
            cancelledAt,
          },
        },
      )
      .then([
        { id: ORDER_ID, data: { ...view, status: 'cancelled', cancelledAt, reason: 'No stock', version: 2 } },
      ]);
  });

  it('ignores events of other aggregates', () => {
    spec
      .given({ type: 'sales.ProductRegistered', streamId: 'sales.product-1', data: { orderId: 'x' } })
      .then([]);
  });
});
