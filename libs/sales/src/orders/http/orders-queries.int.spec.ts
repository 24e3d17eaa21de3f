import type { ContextTestApp } from '@crm/testing';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { createSalesTestApp } from '../../shared/http/sales-test-app';
import { OrdersController } from './orders.controller';

const BASE = '/api/v1/orders';
const CUSTOMER_ID = '6f1d7a52-3c9e-4b8a-9d0e-1f2a3b4c5d6e';
const OTHER_CUSTOMER_ID = '0b5e3c1e-7f4a-4c8e-9a43-2b1d0f6e8a77';

interface OrderBody {
  id: string;
}

describe(`${OrdersController.name} queries`, () => {
  let testApp: ContextTestApp;
  let app: NestFastifyApplication;

  beforeAll(async () => {
    testApp = await createSalesTestApp();
    app = testApp.app;
  });

  afterAll(() => testApp.close());

  function post(url: string, payload?: object, headers: Record<string, string> = {}) {
    return app.inject({ method: 'POST', url, ...(payload === undefined ? {} : { payload }), headers });
  }

  function order(lines: object[], overrides: object = {}) {
    return { customerId: CUSTOMER_ID, channel: 'e-commerce', currency: 'EUR', lines, ...overrides };
  }

  it('lists by customer, status and channel, newest first, with a cursor', async () => {
    const tenant = { 'x-test-tenant': 'tenant-orders' };
    const pen = await post(
      '/api/v1/products',
      { sku: 'PEN-1', name: 'Pen', category: 'office', price: { amount: '1.00', currency: 'EUR' } },
      tenant,
    );
    expect(pen.statusCode).toBe(201);
    const ids: string[] = [];
    for (const [orderedAt, channel, customerId] of [
      ['2025-01-01T00:00:00.000Z', 'direct', CUSTOMER_ID],
      ['2025-01-02T00:00:00.000Z', 'partner', CUSTOMER_ID],
      ['2025-01-03T00:00:00.000Z', 'direct', CUSTOMER_ID],
      ['2025-01-04T00:00:00.000Z', 'direct', OTHER_CUSTOMER_ID],
    ] as const) {
      const placed = await post(
        BASE,
        order([{ sku: 'PEN-1', quantity: 1 }], { orderedAt, channel, customerId }),
        tenant,
      );
      expect(placed.statusCode).toBe(201);
      ids.push(placed.json<OrderBody>().id);
    }
    await post(`${BASE}/${ids[2] ?? ''}/pay`, undefined, tenant);
    await app.inject({
      method: 'GET',
      url: `${BASE}/${ids[2] ?? ''}`,
      headers: { ...tenant, 'x-min-version': '2' },
    });

    const list = async (query: string) => {
      const response = await app.inject({ method: 'GET', url: `${BASE}?${query}`, headers: tenant });
      expect(response.statusCode).toBe(200);
      return response.json<{ items: OrderBody[]; nextCursor: string | null }>();
    };
    const mine = await list(`customerId=${CUSTOMER_ID}&channel=direct&limit=1`);
    expect(mine.items.map((item) => item.id)).toEqual([ids[2]]);
    const next = await list(
      `customerId=${CUSTOMER_ID}&channel=direct&limit=1&cursor=${encodeURIComponent(mine.nextCursor ?? '')}`,
    );
    expect(next.items.map((item) => item.id)).toEqual([ids[0]]);
    expect((await list('status=paid')).items.map((item) => item.id)).toEqual([ids[2]]);
    expect((await list('status=placed')).items.map((item) => item.id)).toEqual([ids[3], ids[1], ids[0]]);
  });
});
