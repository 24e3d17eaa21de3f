import { SalesIntegrationEventTypes as Sales } from '@crm/contracts';
import { projectionSpec } from '@crm/testing';
import { customerStreamId } from '../application/customer-stream';
import { customerRegistered, CUSTOMER_ID, REGISTERED_AT } from '../domain/customer.builders';
import { customerTimelineProjection } from './customer-timeline.projection';

const streamId = customerStreamId(CUSTOMER_ID);
const eur = (amount: string) => ({ amount, currency: 'EUR' });

describe('customerTimelineProjection', () => {
  const spec = projectionSpec(customerTimelineProjection);

  it("merges the customer's own moments with those of the sales context, one entry per event", () => {
    spec
      .given(
        { ...customerRegistered(), id: 'e-1', streamId },
        {
          id: 'e-2',
          type: 'customer.InteractionLogged',
          streamId,
          streamVersion: 2,
          data: {
            customerId: CUSTOMER_ID,
            interactionId: 'i-1',
            channel: 'phone',
            direction: 'inbound',
            subject: 'Asked for a quote',
            occurredAt: '2025-02-01T09:30:00.000Z',
          },
        },
        {
          id: 'e-3',
          type: Sales.orderPlaced,
          streamId: 'sales.order-o-1',
          data: {
            orderId: 'o-1',
            customerId: CUSTOMER_ID,
            channel: 'e-commerce',
            orderedAt: '2025-02-03T12:00:00.000Z',
            lines: [{ sku: 'A' }, { sku: 'B' }],
            total: eur('30.10'),
          },
        },
        {
          id: 'e-4',
          type: Sales.orderPaid,
          streamId: 'sales.order-o-1',
          streamVersion: 2,
          data: {
            orderId: 'o-1',
            customerId: CUSTOMER_ID,
            total: eur('30.10'),
            paidAt: '2025-02-04T08:00:00.000Z',
          },
        },
        {
          id: 'e-5',
          type: 'customer.ContactAdded',
          streamId,
          streamVersion: 3,
          data: { customerId: CUSTOMER_ID },
        },
      )
      .then([
        {
          id: 'e-1',
          data: {
            id: 'e-1',
            customerId: CUSTOMER_ID,
            at: REGISTERED_AT,
            context: 'customer',
            event: 'customer.CustomerRegistered',
            summary: 'Became a prospect customer via direct',
            subject: { type: 'customer', id: CUSTOMER_ID },
          },
        },
        {
          id: 'e-2',
          data: {
            id: 'e-2',
            customerId: CUSTOMER_ID,
            at: '2025-02-01T09:30:00.000Z',
            context: 'customer',
            event: 'customer.InteractionLogged',
            summary: 'Phone (inbound): Asked for a quote',
            subject: { type: 'interaction', id: 'i-1' },
          },
        },
        {
          id: 'e-3',
          data: {
            id: 'e-3',
            customerId: CUSTOMER_ID,
            at: '2025-02-03T12:00:00.000Z',
            context: 'sales',
            event: Sales.orderPlaced,
            summary: 'Order placed: 2 line(s), 30.10 EUR via e-commerce',
            subject: { type: 'order', id: 'o-1' },
          },
        },
        {
          id: 'e-4',
          data: {
            id: 'e-4',
            customerId: CUSTOMER_ID,
            at: '2025-02-04T08:00:00.000Z',
            context: 'sales',
            event: Sales.orderPaid,
            summary: 'Order paid: 30.10 EUR',
            subject: { type: 'order', id: 'o-1' },
          },
        },
      ]);
  });
});
