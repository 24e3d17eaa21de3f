import { SALES_EVENTS_TOPIC } from '@crm/contracts';
import { MESSAGE_CONSUMER, type ConsumedMessage, type MessageConsumer } from '@crm/messaging';
import type { ContextTestApp } from '@crm/testing';
import { createSalesTestApp } from '../shared/http/sales-test-app';
import { SalesPublishing } from './sales-publishing';

describe(SalesPublishing.name, () => {
  let testApp: ContextTestApp;

  beforeAll(async () => {
    testApp = await createSalesTestApp();
  });

  afterAll(() => testApp.close());

  it('publishes what the HTTP API did on crm.sales.events.v1, in stream order, orders keyed by customer', async () => {
    const { app } = testApp;
    const received: ConsumedMessage[] = [];
    const subscription = await app.get<MessageConsumer>(MESSAGE_CONSUMER).subscribe({
      topics: [SALES_EVENTS_TOPIC],
      groupId: 'crm.sales-spec.publishing',
      handler: (message) => {
        received.push(message);
      },
    });
    const product = await app.inject({
      method: 'POST',
      url: '/api/v1/products',
      payload: { sku: 'PEN-1', name: 'Pen', category: 'office', price: { amount: '0.10', currency: 'EUR' } },
    });
    expect(product.statusCode).toBe(201);
    const order = await app.inject({
      method: 'POST',
      url: '/api/v1/orders',
      payload: {
        customerId: '6f1d7a52-3c9e-4b8a-9d0e-1f2a3b4c5d6e',
        channel: 'direct',
        currency: 'EUR',
        lines: [{ sku: 'PEN-1', quantity: 3 }],
      },
    });
    const orderId = order.json<{ id: string }>().id;
    await app.inject({ method: 'POST', url: `/api/v1/orders/${orderId}/pay` });

    for (let attempt = 0; received.length < 3 && attempt < 200; attempt++) {
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
    await subscription.stop();
    expect(received.map((message) => message.value.type)).toEqual([
      'sales.ProductRegistered.v1',
      'sales.OrderPlaced.v1',
      'sales.OrderPaid.v1',
    ]);
    const placed = received[1];
    // Keyed by customer: one customer's orders stay in order on one partition.
    expect(placed?.key).toBe('6f1d7a52-3c9e-4b8a-9d0e-1f2a3b4c5d6e');
    expect(placed?.value.data).toMatchObject({
      orderId,
      ownerId: 'user-1',
      total: { amount: '0.30', currency: 'EUR' },
      lines: [
        { sku: 'PEN-1', category: 'office', quantity: 3, lineTotal: { amount: '0.30', currency: 'EUR' } },
      ],
    });
    expect(testApp.deadLetters.letters).toEqual([]);
  });
});
