import { SalesIntegrationEventTypes as Sales } from '@crm/contracts';
import { projectionSpec } from '@crm/testing';
import { orderFactsProjection, type OrderFact, type OrderFactStatus } from './order-facts.projection';

const eur = (amount: string) => ({ amount, currency: 'EUR' });
const stream = (id: string) => `sales.order-${id}`;
const line = (sku: string, quantity: number, lineTotal: string) => ({
  sku,
  productId: `product-${sku}`,
  category: 'dairy',
  quantity,
  unitPrice: eur('1.00'),
  lineTotal: eur(lineTotal),
});
const placed = (id: string) => ({
  type: Sales.orderPlaced,
  streamId: stream(id),
  data: {
    orderId: id,
    customerId: 'customer-1',
    channel: 'retail',
    orderedAt: '2026-01-02T10:00:00.000Z',
    lines: [line('MILK', 2, '2.00'), line('BUTTER', 1, '1.50')],
    total: eur('3.50'),
    externalRef: null,
  },
});
const transition = (id: string, type: string) => ({
  type,
  streamId: stream(id),
  data: { orderId: id, customerId: 'customer-1' },
});

const fact = (status: OrderFactStatus, paid: boolean): OrderFact => ({
  orderId: 'o-1',
  customerId: 'customer-1',
  channel: 'retail',
  orderedAt: '2026-01-02T10:00:00.000Z',
  currency: 'EUR',
  total: 3.5,
  lines: [
    { sku: 'MILK', category: 'dairy', quantity: 2, lineTotal: 2 },
    { sku: 'BUTTER', category: 'dairy', quantity: 1, lineTotal: 1.5 },
  ],
  status,
  paid,
});

describe('orderFactsProjection', () => {
  const spec = projectionSpec(orderFactsProjection);

  it('keeps the basket, value and channel of a placed order', () => {
    spec.given(placed('o-1')).then([{ id: 'o-1', data: fact('placed', false) }]);
  });

  it('marks the order paid, then returned', () => {
    spec
      .given(
        placed('o-1'),
        transition('o-1', Sales.orderPaid),
        transition('o-1', Sales.orderShipped),
        transition('o-1', Sales.orderReturned),
      )
      .then([{ id: 'o-1', data: fact('returned', true) }]);
  });

  it('marks a cancelled order and ignores transitions of orders it never saw placed', () => {
    spec
      .given(placed('o-1'), transition('o-1', Sales.orderCancelled), transition('o-2', Sales.orderPaid))
      .then([{ id: 'o-1', data: fact('cancelled', false) }]);
  });
});
