import type { ContextTestApp } from '@crm/testing';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { storedEventCount } from '../../shared/http/event-count';
import { createSalesTestApp } from '../../shared/http/sales-test-app';
import { OrdersController } from './orders.controller';

const BASE = '/api/v1/orders';
const CUSTOMER_ID = '6f1d7a52-3c9e-4b8a-9d0e-1f2a3b4c5d6e';

interface OrderBody {
  id: string;
  status: string;
  version: number;
  total: { amount: string; currency: string };
  lines: {
    sku: string;
    productId: string;
    category: string;
    unitPrice: { amount: string };
    lineTotal: { amount: string };
  }[];
}

interface Problem {
  code: string;
  errors?: { field: string; message: string }[];
}

describe(OrdersController.name, () => {
  let testApp: ContextTestApp;
  let app: NestFastifyApplication;
  const products: Record<string, string> = {};

  beforeAll(async () => {
    testApp = await createSalesTestApp();
    app = testApp.app;
    for (const [sku, amount, currency, active] of [
      ['PEN-1', '0.10', 'EUR', true],
      ['PAD-1', '19.99', 'EUR', true],
      ['INK-1', '0.0125', 'EUR', true],
      ['OLD-1', '5.00', 'EUR', false],
      ['USD-1', '3.00', 'USD', true],
    ] as const) {
      const response = await post('/api/v1/products', {
        sku,
        name: sku,
        category: 'Office',
        price: { amount, currency },
        active,
      });
      expect(response.statusCode).toBe(201);
      products[sku] = response.json<{ id: string }>().id;
    }
  });

  afterAll(() => testApp.close());

  function post(url: string, payload?: object, headers: Record<string, string> = {}) {
    return app.inject({ method: 'POST', url, ...(payload === undefined ? {} : { payload }), headers });
  }

  function order(lines: object[], overrides: object = {}) {
    return { customerId: CUSTOMER_ID, channel: 'e-commerce', currency: 'EUR', lines, ...overrides };
  }

  describe('the lifecycle of one order', () => {
    let id: string;

    it('places an order priced from the catalogue with totals exact to the cent: 3 × 0.10 = 0.30', async () => {
      const response = await post(BASE, order([{ sku: 'pen-1', quantity: 3 }]));
      expect(response.statusCode).toBe(201);
      const body = response.json<OrderBody>();
      id = body.id;
      expect(response.headers['location']).toBe(`${BASE}/${id}`);
      expect(response.headers['etag']).toBe('"1"');
      expect(body).toMatchObject({
        status: 'placed',
        currency: 'EUR',
        ownerId: 'user-1',
        total: { amount: '0.30', currency: 'EUR' },
      });
      expect(body.lines).toEqual([
        {
          sku: 'PEN-1',
          productId: products['PEN-1'],
          category: 'office',
          quantity: 3,
          unitPrice: { amount: '0.10', currency: 'EUR' },
          lineTotal: { amount: '0.30', currency: 'EUR' },
        },
      ]);
    });

    it('reads its own write with X-Min-Version', async () => {
      const response = await app.inject({
        method: 'GET',
        url: `${BASE}/${id}`,
        headers: { 'x-min-version': '1' },
      });
      expect(response.statusCode).toBe(200);
      expect(response.json<OrderBody>().total.amount).toBe('0.30');
    });

    it('refuses to ship before payment: 422 ORDER.ILLEGAL_TRANSITION, nothing appended', async () => {
      const before = await storedEventCount(app);
      const response = await post(`${BASE}/${id}/ship`);
      expect(response.statusCode).toBe(422);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json<Problem>().code).toBe('ORDER.ILLEGAL_TRANSITION');
      expect(await storedEventCount(app)).toBe(before);
    });

    it('pays with If-Match, refuses a stale If-Match, ships and takes it back', async () => {
      const paid = await post(`${BASE}/${id}/pay`, undefined, { 'if-match': '"1"' });
      expect(paid.statusCode).toBe(200);
      expect(paid.headers['etag']).toBe('"2"');
      expect(paid.json()).toMatchObject({ status: 'paid' });
      const stale = await post(`${BASE}/${id}/ship`, undefined, { 'if-match': '"1"' });
      expect(stale.statusCode).toBe(412);
      expect((await post(`${BASE}/${id}/ship`)).json()).toMatchObject({ status: 'shipped', version: 3 });
      const returned = await post(`${BASE}/${id}/return`, { reason: 'Damaged' });
      expect(returned.json()).toMatchObject({ status: 'returned', reason: 'Damaged', version: 4 });
      expect((await post(`${BASE}/${id}/cancel`, {})).statusCode).toBe(422);
    });
  });

  it('sums many lines exactly, with explicit unit prices and fractions of a cent', async () => {
    const response = await post(
      BASE,
      order([
        { sku: 'PAD-1', quantity: 7 },
        { sku: 'INK-1', quantity: 3 },
        { sku: 'PEN-1', quantity: 10, unitPrice: { amount: '0.07', currency: 'eur' } },
      ]),
    );
    expect(response.statusCode).toBe(201);
    const body = response.json<OrderBody>();
    expect(body.lines.map((line) => line.lineTotal.amount)).toEqual(['139.93', '0.0375', '0.70']);
    expect(body.total).toEqual({ amount: '140.6675', currency: 'EUR' });
  });

  it('cancels a paid order', async () => {
    const placed = (await post(BASE, order([{ sku: 'PEN-1', quantity: 1 }]))).json<OrderBody>();
    await post(`${BASE}/${placed.id}/pay`);
    const cancelled = await post(`${BASE}/${placed.id}/cancel`, { reason: 'Out of stock' });
    expect(cancelled.statusCode).toBe(200);
    expect(cancelled.json()).toMatchObject({ status: 'cancelled', reason: 'Out of stock' });
  });

  it('reports every unknown SKU as 422 with its line field, and appends nothing', async () => {
    const before = await storedEventCount(app);
    const response = await post(
      BASE,
      order([
        { sku: 'PEN-1', quantity: 1 },
        { sku: 'NOPE-1', quantity: 1 },
        { sku: 'NOPE-2', quantity: 2 },
      ]),
    );
    expect(response.statusCode).toBe(422);
    expect(response.headers['content-type']).toContain('application/problem+json');
    const problem = response.json<Problem>();
    expect(problem.code).toBe('ORDER.UNKNOWN_SKU');
    expect(problem.errors?.map((error) => error.field)).toEqual(['lines[1].sku', 'lines[2].sku']);
    expect(await storedEventCount(app)).toBe(before);
  });

  it('refuses an inactive product, a price in another currency and a SKU of another tenant', async () => {
    const before = await storedEventCount(app);
    const inactive = await post(BASE, order([{ sku: 'OLD-1', quantity: 1 }]));
    expect(inactive.statusCode).toBe(422);
    expect(inactive.json<Problem>()).toMatchObject({
      code: 'ORDER.PRODUCT_INACTIVE',
      errors: [{ field: 'lines[0].sku' }],
    });
    const catalogueInUsd = await post(
      BASE,
      order([
        { sku: 'PEN-1', quantity: 1 },
        { sku: 'USD-1', quantity: 1 },
      ]),
    );
    expect(catalogueInUsd.statusCode).toBe(422);
    expect(catalogueInUsd.json<Problem>()).toMatchObject({
      code: 'ORDER.CURRENCY_MISMATCH',
      errors: [{ field: 'lines[1].unitPrice.currency' }],
    });
    const givenInUsd = await post(
      BASE,
      order([{ sku: 'PEN-1', quantity: 1, unitPrice: { amount: '1.00', currency: 'USD' } }]),
    );
    expect(givenInUsd.json<Problem>().code).toBe('ORDER.CURRENCY_MISMATCH');
    const foreign = await post(BASE, order([{ sku: 'PEN-1', quantity: 1 }]), { 'x-test-tenant': 'tenant-2' });
    expect(foreign.json<Problem>().code).toBe('ORDER.UNKNOWN_SKU');
    expect(await storedEventCount(app)).toBe(before);
  });

  it('rejects malformed input with field-level problem+json and appends nothing', async () => {
    const before = await storedEventCount(app);
    const response = await post(BASE, {
      customerId: 'nope',
      channel: 'telepathy',
      currency: 'EURO',
      lines: [
        { sku: 'PEN-1', quantity: 1.5 },
        { sku: 'PEN-1', quantity: 0, unitPrice: { amount: 0.1, currency: 'EUR' } },
      ],
    });
    expect(response.statusCode).toBe(400);
    const fields = response.json<Problem>().errors?.map((error) => error.field);
    expect(fields).toEqual(
      expect.arrayContaining([
        'customerId',
        'channel',
        'currency',
        'lines.0.quantity',
        'lines.1.quantity',
        'lines.1.unitPrice.amount',
      ]),
    );
    const empty = await post(BASE, order([]));
    expect(empty.statusCode).toBe(400);
    const future = await post(
      BASE,
      order([{ sku: 'PEN-1', quantity: 1 }], { orderedAt: '2999-01-01T00:00:00Z' }),
    );
    expect(future.json<Problem>().code).toBe('ORDER.ORDERED_IN_FUTURE');
    expect(await storedEventCount(app)).toBe(before);
  });

  it('replays a POST with the same Idempotency-Key instead of placing it twice', async () => {
    const headers = { 'idempotency-key': 'order-key-1' };
    const first = await post(BASE, order([{ sku: 'PEN-1', quantity: 2 }]), headers);
    const before = await storedEventCount(app);
    const again = await post(BASE, order([{ sku: 'PEN-1', quantity: 2 }]), headers);
    expect(again.statusCode).toBe(201);
    expect(again.json<OrderBody>().id).toBe(first.json<OrderBody>().id);
    expect(await storedEventCount(app)).toBe(before);
  });
});
