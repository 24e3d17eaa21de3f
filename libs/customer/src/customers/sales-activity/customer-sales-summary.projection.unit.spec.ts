import { SalesIntegrationEventTypes as Sales } from '@crm/contracts';
import { projectionSpec } from '@crm/testing';
import { CUSTOMER_ID } from '../domain/customer.builders';
import { customerSalesSummaryProjection } from './customer-sales-summary.projection';

const eur = (amount: string) => ({ amount, currency: 'EUR' });
const order = (id: string) => `sales.order-${id}`;
const placed = (id: string, orderedAt: string) => ({
  type: Sales.orderPlaced,
  streamId: order(id),
  streamVersion: 1,
  data: { orderId: id, customerId: CUSTOMER_ID, orderedAt, total: eur('0.30') },
});
const paid = (id: string, total: string) => ({
  type: Sales.orderPaid,
  streamId: order(id),
  streamVersion: 2,
  data: { orderId: id, customerId: CUSTOMER_ID, total: eur(total) },
});

describe('customerSalesSummaryProjection', () => {
  const spec = projectionSpec(customerSalesSummaryProjection);

  it('adds paid orders to the lifetime value exactly, and keeps the latest order date', () => {
    spec
      .given(
        placed('o-1', '2025-03-01T10:00:00.000Z'),
        paid('o-1', '0.10'),
        placed('o-2', '2025-01-15T10:00:00.000Z'),
        paid('o-2', '0.20'),
      )
      .then([
        {
          id: CUSTOMER_ID,
          data: {
            customerId: CUSTOMER_ID,
            lifetimeValue: [eur('0.30')],
            orderCount: 2,
            lastOrderAt: '2025-03-01T10:00:00.000Z',
          },
        },
      ]);
  });

  it('takes back orders returned or cancelled after payment, but not those cancelled before it', () => {
    spec
      .given(
        placed('o-1', '2025-01-01T00:00:00.000Z'),
        paid('o-1', '100.00'),
        {
          type: Sales.orderReturned,
          streamId: order('o-1'),
          streamVersion: 4,
          data: { customerId: CUSTOMER_ID, total: eur('100.00') },
        },
        placed('o-2', '2025-01-02T00:00:00.000Z'),
        paid('o-2', '40.50'),
        {
          type: Sales.orderCancelled,
          streamId: order('o-2'),
          streamVersion: 3,
          data: { customerId: CUSTOMER_ID, wasPaid: true, total: eur('40.50') },
        },
        placed('o-3', '2025-01-03T00:00:00.000Z'),
        {
          type: Sales.orderCancelled,
          streamId: order('o-3'),
          streamVersion: 2,
          data: { customerId: CUSTOMER_ID, wasPaid: false, total: eur('9.99') },
        },
        placed('o-4', '2025-01-04T00:00:00.000Z'),
        paid('o-4', '19.99'),
      )
      .then([
        {
          id: CUSTOMER_ID,
          data: {
            customerId: CUSTOMER_ID,
            lifetimeValue: [eur('19.99')],
            orderCount: 4,
            lastOrderAt: '2025-01-04T00:00:00.000Z',
          },
        },
      ]);
  });

  it('keeps one lifetime value per currency', () => {
    spec
      .given(placed('o-1', '2025-01-01T00:00:00.000Z'), paid('o-1', '5.00'), {
        ...paid('o-2', '7.25'),
        data: { orderId: 'o-2', customerId: CUSTOMER_ID, total: { amount: '7.25', currency: 'CHF' } },
      })
      .then([
        {
          id: CUSTOMER_ID,
          data: {
            customerId: CUSTOMER_ID,
            lifetimeValue: [{ amount: '7.25', currency: 'CHF' }, eur('5.00')],
            orderCount: 1,
            lastOrderAt: '2025-01-01T00:00:00.000Z',
          },
        },
      ]);
  });
});
