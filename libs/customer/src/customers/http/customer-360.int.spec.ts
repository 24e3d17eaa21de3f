import { SalesIntegrationEventTypes as Sales } from '@crm/contracts';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { closeCustomersTestApp, createCustomersTestApp } from './customers-test-app';
import { eventually, placedAndPaid, salesStandIns } from './sales-stand-ins';

const BASE = '/api/v1/customers';

interface Page<T> {
  items: T[];
  nextCursor: string | null;
}
interface Entry {
  at: string;
  context: string;
  event: string;
  summary: string;
}
interface Details {
  sales: {
    lifetimeValue: { amount: string; currency: string }[];
    orderCount: number;
    lastOrderAt: string | null;
  };
}

describe('customer 360 (timeline and sales activity)', () => {
  let app: NestFastifyApplication;
  let sales: ReturnType<typeof salesStandIns>;

  beforeAll(async () => {
    app = await createCustomersTestApp();
    sales = salesStandIns(app);
  });

  afterAll(async () => {
    await closeCustomersTestApp(app);
  });

  it('merges interactions and orders newest first, pages them, and keeps the lifetime value exact', async () => {
    const registered = await app.inject({
      method: 'POST',
      url: BASE,
      payload: { type: 'person', name: 'Grace Hopper' },
    });
    const { id } = registered.json<{ id: string }>();
    await app.inject({
      method: 'POST',
      url: `${BASE}/${id}/interactions`,
      payload: {
        channel: 'phone',
        direction: 'inbound',
        subject: 'Asked for a quote',
        occurredAt: '2025-02-01T09:00:00.000Z',
      },
    });
    const total = { amount: '30.10', currency: 'EUR' };
    await sales(
      'o-1',
      placedAndPaid({
        orderId: 'o-1',
        customerId: id,
        channel: 'e-commerce',
        orderedAt: '2025-02-03T12:00:00.000Z',
        paidAt: '2025-02-04T08:00:00.000Z',
        total,
      }),
    );
    await sales(
      'o-2',
      placedAndPaid({
        orderId: 'o-2',
        customerId: id,
        channel: 'direct',
        orderedAt: '2025-02-05T12:00:00.000Z',
        paidAt: '2025-02-05T13:00:00.000Z',
        total: { amount: '0.20', currency: 'EUR' },
      }),
    );

    const customer = await eventually(
      async () => (await app.inject({ method: 'GET', url: `${BASE}/${id}` })).json<Details>(),
      (details) =>
        details.sales.orderCount === 2 &&
        details.sales.lifetimeValue.length > 0 &&
        details.sales.lifetimeValue[0]?.amount === '30.30',
    );
    expect(customer.sales).toEqual({
      lifetimeValue: [{ amount: '30.30', currency: 'EUR' }],
      orderCount: 2,
      lastOrderAt: '2025-02-05T12:00:00.000Z',
    });

    const timeline = (query = '') => app.inject({ method: 'GET', url: `${BASE}/${id}/timeline${query}` });
    const all = await eventually(
      async () => (await timeline()).json<Page<Entry>>(),
      (page) => page.items.length === 6,
    );
    // Registered today; the conversation and the orders are back-filled from 2025.
    expect(all.items.map((entry) => entry.event)).toEqual([
      'customer.CustomerRegistered',
      Sales.orderPaid,
      Sales.orderPlaced,
      Sales.orderPaid,
      Sales.orderPlaced,
      'customer.InteractionLogged',
    ]);
    expect(all.items[5]).toMatchObject({
      context: 'customer',
      summary: 'Phone (inbound): Asked for a quote',
    });

    const first = (await timeline('?limit=4')).json<Page<Entry>>();
    const second = (await timeline(`?limit=4&cursor=${encodeURIComponent(first.nextCursor ?? '')}`)).json<
      Page<Entry>
    >();
    expect([...first.items, ...second.items]).toEqual(all.items);
    expect(second.nextCursor).toBeNull();
  });

  it('answers 404 problem+json for the timeline of an unknown customer', async () => {
    const response = await app.inject({
      method: 'GET',
      url: `${BASE}/00000000-0000-4000-8000-000000000000/timeline`,
    });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toContain('application/problem+json');
  });
});
