import type { ContextTestApp } from '@crm/testing';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { storedEventCount } from '../../shared/http/event-count';
import { createSalesTestApp } from '../../shared/http/sales-test-app';
import { SalesTargetsController } from './sales-targets.controller';

const CUSTOMER_ID = '6f1d7a52-3c9e-4b8a-9d0e-1f2a3b4c5d6e';

describe(SalesTargetsController.name, () => {
  let testApp: ContextTestApp;
  let app: NestFastifyApplication;

  beforeAll(async () => {
    testApp = await createSalesTestApp();
    app = testApp.app;
  });

  afterAll(() => testApp.close());

  function post(url: string, payload?: object) {
    return app.inject({ method: 'POST', url, ...(payload === undefined ? {} : { payload }) });
  }

  async function placeOrder(quantity: number, orderedAt: string, ownerId = 'user-7') {
    const response = await post('/api/v1/orders', {
      customerId: CUSTOMER_ID,
      channel: 'direct',
      currency: 'EUR',
      orderedAt,
      ownerId,
      lines: [{ sku: 'PEN-1', quantity }],
    });
    expect(response.statusCode).toBe(201);
    return response.json<{ id: string }>().id;
  }

  it('shows attainment from paid orders of the owner in the month, minus cancelled and returned', async () => {
    const pen = await post('/api/v1/products', {
      sku: 'PEN-1',
      name: 'Pen',
      category: 'office',
      price: { amount: '0.10', currency: 'EUR' },
    });
    expect(pen.statusCode).toBe(201);
    const paid = await placeOrder(3, '2025-02-03T10:00:00.000Z');
    const shipped = await placeOrder(10, '2025-02-04T10:00:00.000Z');
    const cancelled = await placeOrder(100, '2025-02-05T10:00:00.000Z');
    const returned = await placeOrder(1000, '2025-02-06T10:00:00.000Z');
    await placeOrder(7, '2025-02-07T10:00:00.000Z'); // placed, never paid
    const march = await placeOrder(5, '2025-03-01T00:00:00.000Z');
    const colleague = await placeOrder(9, '2025-02-08T10:00:00.000Z', 'user-8');
    for (const id of [paid, shipped, cancelled, returned, march, colleague])
      await post(`/api/v1/orders/${id}/pay`);
    for (const id of [shipped, returned]) await post(`/api/v1/orders/${id}/ship`);
    await post(`/api/v1/orders/${cancelled}/cancel`, {});
    await post(`/api/v1/orders/${returned}/return`, {});
    await app.inject({ method: 'GET', url: `/api/v1/orders/${returned}`, headers: { 'x-min-version': '4' } });

    const created = await post('/api/v1/sales-targets', {
      ownerId: 'user-7',
      month: '2025-02',
      amount: { amount: '2.60', currency: 'EUR' },
    });
    expect(created.statusCode).toBe(201);
    expect(created.headers['etag']).toBe('"1"');
    const id = created.json<{ id: string }>().id;
    expect(created.headers['location']).toBe(`/api/v1/sales-targets/${id}`);

    const read = await app.inject({ method: 'GET', url: `/api/v1/sales-targets/${id}` });
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({
      ownerId: 'user-7',
      period: { from: '2025-02-01', to: '2025-02-28' },
      amount: { amount: '2.60', currency: 'EUR' },
      attainment: { amount: { amount: '1.30', currency: 'EUR' }, orders: 2, ratio: '0.5000' },
    });
  });

  it('rejects bad input with problem+json and appends nothing', async () => {
    const before = await storedEventCount(app);
    const both = await post('/api/v1/sales-targets', {
      ownerId: 'user-7',
      month: '2025-02',
      period: { from: '2025-02-01', to: '2025-02-28' },
      amount: { amount: '1.00', currency: 'EUR' },
    });
    expect(both.statusCode).toBe(400);
    expect(both.json()).toMatchObject({ code: 'SALES_TARGET.INVALID_PERIOD' });
    const malformed = await post('/api/v1/sales-targets', {
      ownerId: '',
      month: 'Feb',
      amount: { amount: 'x' },
    });
    expect(malformed.statusCode).toBe(400);
    const fields = malformed.json<{ errors: { field: string }[] }>().errors.map((error) => error.field);
    expect(fields).toEqual(expect.arrayContaining(['ownerId', 'month', 'amount.amount', 'amount.currency']));
    expect(await storedEventCount(app)).toBe(before);
    const unknown = await app.inject({
      method: 'GET',
      url: '/api/v1/sales-targets/0b5e3c1e-7f4a-4c8e-9a43-2b1d0f6e8a77',
    });
    expect(unknown.statusCode).toBe(404);
  });
});
