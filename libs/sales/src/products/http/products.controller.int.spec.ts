import type { ContextTestApp } from '@crm/testing';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { storedEventCount } from '../../shared/http/event-count';
import { createSalesTestApp } from '../../shared/http/sales-test-app';
import { ProductsController } from './products.controller';

const BASE = '/api/v1/products';
const espresso = {
  sku: 'esp-1',
  name: 'Espresso machine',
  category: 'Appliances',
  price: { amount: '199.9', currency: 'eur' },
};

describe(ProductsController.name, () => {
  let testApp: ContextTestApp;
  let app: NestFastifyApplication;

  beforeAll(async () => {
    testApp = await createSalesTestApp();
    app = testApp.app;
  });

  afterAll(() => testApp.close());

  describe('the lifecycle of one product', () => {
    let id: string;

    it('registers: 201 with Location, ETag and canonical SKU, category and price', async () => {
      const response = await app.inject({ method: 'POST', url: BASE, payload: espresso });
      expect(response.statusCode).toBe(201);
      const body = response.json<{ id: string }>();
      id = body.id;
      expect(response.headers['location']).toBe(`${BASE}/${id}`);
      expect(response.headers['etag']).toBe('"1"');
      expect(body).toMatchObject({
        sku: 'ESP-1',
        category: 'appliances',
        price: { amount: '199.90', currency: 'EUR' },
        active: true,
        version: 1,
      });
    });

    it('reads its own write with X-Min-Version', async () => {
      const response = await app.inject({
        method: 'GET',
        url: `${BASE}/${id}`,
        headers: { 'x-min-version': '1' },
      });
      expect(response.statusCode).toBe(200);
      expect(response.headers['etag']).toBe('"1"');
      expect(response.json()).toMatchObject({ id, sku: 'ESP-1', name: 'Espresso machine' });
    });

    it('refuses the same SKU in another spelling: 409 PRODUCT.SKU_TAKEN, nothing appended', async () => {
      const before = await storedEventCount(app);
      const response = await app.inject({
        method: 'POST',
        url: BASE,
        payload: { ...espresso, sku: ' ESP-1 ' },
      });
      expect(response.statusCode).toBe(409);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json()).toMatchObject({ code: 'PRODUCT.SKU_TAKEN', errors: [{ field: 'sku' }] });
      expect(await storedEventCount(app)).toBe(before);
    });

    it('allows the same SKU in another tenant', async () => {
      const response = await app.inject({
        method: 'POST',
        url: BASE,
        payload: espresso,
        headers: { 'x-test-tenant': 'tenant-2' },
      });
      expect(response.statusCode).toBe(201);
      expect(response.json<{ id: string }>().id).not.toBe(id);
    });

    it('patches with a matching If-Match and rejects a stale one with 412', async () => {
      const patched = await app.inject({
        method: 'PATCH',
        url: `${BASE}/${id}`,
        payload: { price: { amount: '179', currency: 'EUR' }, active: false },
        headers: { 'if-match': '"1"' },
      });
      expect(patched.statusCode).toBe(200);
      expect(patched.headers['etag']).toBe('"2"');
      expect(patched.json()).toMatchObject({ price: { amount: '179.00' }, active: false, version: 2 });

      const stale = await app.inject({
        method: 'PATCH',
        url: `${BASE}/${id}`,
        payload: { name: 'Old news' },
        headers: { 'if-match': '"1"' },
      });
      expect(stale.statusCode).toBe(412);
      expect(stale.json()).toMatchObject({ code: 'EVENT_STORE.VERSION_MISMATCH' });
    });

    it('answers 404 problem+json for an unknown product', async () => {
      const response = await app.inject({
        method: 'GET',
        url: `${BASE}/0b5e3c1e-7f4a-4c8e-9a43-2b1d0f6e8a77`,
      });
      expect(response.statusCode).toBe(404);
      expect(response.json()).toMatchObject({ code: 'PRODUCT.NOT_FOUND' });
    });
  });

  it('lets exactly one of many concurrent registrations of one SKU win', async () => {
    const attempts = await Promise.all(
      Array.from({ length: 8 }, (_, index) =>
        app.inject({
          method: 'POST',
          url: BASE,
          payload: { ...espresso, sku: 'race-1', name: `Racer ${index}` },
        }),
      ),
    );
    const statuses = attempts.map((response) => response.statusCode).sort();
    expect(statuses).toEqual([201, 409, 409, 409, 409, 409, 409, 409]);
  });

  it('lists by SKU with category, active and search filters and a cursor', async () => {
    const tenant = { 'x-test-tenant': 'tenant-list' };
    let lastId = '';
    for (const [sku, category, active] of [
      ['A-1', 'tea', true],
      ['A-2', 'tea', false],
      ['A-3', 'coffee', true],
      ['A-4', 'tea', true],
    ] as const) {
      const response = await app.inject({
        method: 'POST',
        url: BASE,
        payload: { ...espresso, sku, name: `${category} ${sku}`, category, active },
        headers: tenant,
      });
      expect(response.statusCode).toBe(201);
      lastId = response.json<{ id: string }>().id;
    }
    // One runner applies events in order: once the last product is in, so are the others.
    const last = await app.inject({
      method: 'GET',
      url: `${BASE}/${lastId}`,
      headers: { ...tenant, 'x-min-version': '1' },
    });
    expect(last.statusCode).toBe(200);
    const first = await list(`${BASE}?category=TEA&active=true&limit=1`, tenant);
    expect(first.items.map((item) => item.sku)).toEqual(['A-1']);
    const cursor = encodeURIComponent(first.nextCursor ?? '');
    const second = await list(`${BASE}?category=tea&active=true&limit=1&cursor=${cursor}`, tenant);
    expect(second.items.map((item) => item.sku)).toEqual(['A-4']);
    expect(second.nextCursor).toBeNull();
    const search = await list(`${BASE}?search=coffee`, tenant);
    expect(search.items.map((item) => item.sku)).toEqual(['A-3']);
  });

  it('rejects bad input with field-level problem+json and appends nothing', async () => {
    const before = await storedEventCount(app);
    const response = await app.inject({
      method: 'POST',
      url: BASE,
      payload: { sku: 'has space', name: ' ', category: 'x', price: { amount: 10.1, currency: 'EUR' } },
    });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toContain('application/problem+json');
    const fields = response.json<{ errors: { field: string }[] }>().errors.map((error) => error.field);
    expect(fields).toEqual(expect.arrayContaining(['sku', 'name', 'price.amount']));
    expect(await storedEventCount(app)).toBe(before);
  });

  async function list(url: string, headers: Record<string, string>) {
    const response = await app.inject({ method: 'GET', url, headers });
    expect(response.statusCode).toBe(200);
    return response.json<{ items: { sku: string }[]; nextCursor: string | null }>();
  }
});
