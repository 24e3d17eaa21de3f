import { SalesIntegrationEventTypes } from '@crm/contracts';
import { projectionSpec } from '@crm/testing';
import { customerOrdersProjection, type CustomerOrderView } from './customer-orders.projection';

const streamId = 'sales.order-o-1';
const total = { amount: '250.00', currency: 'EUR' };
const paid = {
  type: SalesIntegrationEventTypes.orderPaid,
  streamId,
  data: {
    orderId: 'o-1',
    customerId: 'customer-1',
    channel: 'direct',
    total,
    paidAt: '2025-03-02T00:00:00.000Z',
  },
};
const paidView: CustomerOrderView = {
  orderId: 'o-1',
  customerId: 'customer-1',
  paid: total,
  paidAt: '2025-03-02T00:00:00.000Z',
  cancelledAfterPayment: false,
  returned: null,
};

describe('customerOrdersProjection', () => {
  const spec = projectionSpec(customerOrdersProjection);

  it('records a payment', () => {
    spec.given(paid).then([{ id: 'o-1', data: paidView }]);
  });

  it('takes the revenue back on a cancellation after payment', () => {
    spec
      .given(paid, {
        type: SalesIntegrationEventTypes.orderCancelled,
        streamId,
        data: {
          orderId: 'o-1',
          customerId: 'customer-1',
          reason: null,
          wasPaid: true,
          total,
          cancelledAt: '2025-03-03T00:00:00.000Z',
        },
      })
      .then([{ id: 'o-1', data: { ...paidView, cancelledAfterPayment: true } }]);
  });

  it('records a return, and an unpaid cancellation as never paid', () => {
    spec
      .given(
        paid,
        {
          type: SalesIntegrationEventTypes.orderReturned,
          streamId,
          data: {
            orderId: 'o-1',
            customerId: 'customer-1',
            reason: 'Damaged',
            total,
            returnedAt: '2025-03-09T00:00:00.000Z',
          },
        },
        {
          type: SalesIntegrationEventTypes.orderCancelled,
          streamId: 'sales.order-o-2',
          data: {
            orderId: 'o-2',
            customerId: 'customer-1',
            reason: null,
            wasPaid: false,
            total,
            cancelledAt: '2025-03-03T00:00:00.000Z',
          },
        },
      )
      .then([
        { id: 'o-1', data: { ...paidView, returned: total } },
        {
          id: 'o-2',
          data: {
            orderId: 'o-2',
            customerId: 'customer-1',
            paid: null,
            paidAt: null,
            cancelledAfterPayment: false,
            returned: null,
          },
        },
      ]);
  });

  it('ignores order events marketing does not attribute', () => {
    spec
      .given({ type: SalesIntegrationEventTypes.orderShipped, streamId, data: { orderId: 'o-1' } })
      .then([]);
  });
});
