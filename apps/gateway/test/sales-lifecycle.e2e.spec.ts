import { EVENT_STORE, type EventStore } from '@crm/event-store';
import { GatewayHarness } from '../src/testing/gateway-harness';

interface Order {
  readonly id: string;
  readonly status: string;
  readonly total: { readonly amount: string; readonly currency: string };
}

describe('sales over HTTP through the standalone gateway', () => {
  let gateway: GatewayHarness;

  beforeAll(async () => {
    gateway = await GatewayHarness.start();
  });

  afterAll(async () => {
    await gateway.stop({ removeData: true });
  });

  async function eventCount(): Promise<number> {
    return (await gateway.app.get<EventStore>(EVENT_STORE).readAll({ limit: 100_000 })).length;
  }

  it('sells to a registered customer: catalogue, exact order totals, payment, a won deal in the pipeline', async () => {
    const customer = await gateway.request<{ id: string }>('POST', '/api/v1/customers', {
      body: { type: 'company', name: 'Acme GmbH' },
    });
    expect(customer.status).toBe(201);
    const customerId = customer.body.id;

    for (const [sku, amount] of [
      ['PEN-1', '0.10'],
      ['PAD-1', '2.35'],
    ] as const) {
      const product = await gateway.request('POST', '/api/v1/products', {
        body: { sku, name: sku, category: 'office', price: { amount, currency: 'EUR' } },
      });
      expect(product.status).toBe(201);
    }

    const placed = await gateway.request<Order>('POST', '/api/v1/orders', {
      body: {
        customerId,
        channel: 'direct',
        currency: 'EUR',
        lines: [
          { sku: 'PEN-1', quantity: 3 },
          { sku: 'PAD-1', quantity: 3 },
        ],
      },
      headers: { 'idempotency-key': 'e2e-order-1' },
    });
    expect(placed.status).toBe(201);
    expect(placed.body.total).toEqual({ amount: '7.35', currency: 'EUR' });
    const paid = await gateway.request<Order>('POST', `/api/v1/orders/${placed.body.id}/pay`, {
      headers: { 'if-match': '"1"' },
    });
    expect(paid.status).toBe(200);
    expect(paid.body.status).toBe('paid');

    const opened = await gateway.request<{ id: string; ownerId: string }>('POST', '/api/v1/opportunities', {
      body: { customerId, name: 'Yearly supplies', amount: { amount: '1200.00', currency: 'EUR' } },
    });
    expect(opened.status).toBe(201);
    expect(opened.body.ownerId).toBe('admin');
    const won = await gateway.request('POST', `/api/v1/opportunities/${opened.body.id}/win`, { body: {} });
    expect(won.status).toBe(200);
    await gateway.request('GET', `/api/v1/opportunities/${opened.body.id}`, {
      headers: { 'x-min-version': '2' },
    });
    const pipeline = await gateway.request<{ won: unknown[] }>('GET', '/api/v1/pipeline');
    expect(pipeline.status).toBe(200);
    expect(pipeline.body.won).toEqual([{ currency: 'EUR', count: 1, amount: '1200.00' }]);
  });

  it('answers bad input with problem+json and appends nothing; refuses anonymous callers', async () => {
    const before = await eventCount();
    const unknown = await gateway.request<{ code: string }>('POST', '/api/v1/orders', {
      body: {
        customerId: '0b5e3c1e-7f4a-4c8e-9a43-2b1d0f6e8a77',
        channel: 'direct',
        currency: 'EUR',
        lines: [{ sku: 'NOPE', quantity: 1 }],
      },
    });
    expect(unknown.status).toBe(422);
    expect(unknown.headers.get('content-type')).toContain('application/problem+json');
    expect(unknown.body.code).toBe('ORDER.UNKNOWN_SKU');
    const anonymous = await gateway.request('GET', '/api/v1/products', { anonymous: true });
    expect(anonymous.status).toBe(401);
    expect(await eventCount()).toBe(before);
  });
});
