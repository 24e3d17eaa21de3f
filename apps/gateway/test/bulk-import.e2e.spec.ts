import { groceriesOrdersCsv } from '@crm/data-integration';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { GatewayHarness, type HttpResult } from '../src/testing/gateway-harness';

// The same file as ../shared/datasets/groceries.csv (sha256 ff1be892...), committed for the analytics tests.
const GROCERIES = resolve(__dirname, '../../../libs/analytics/test-fixtures/itemsets/groceries.csv');

type Job = Record<string, unknown> & {
  id: string;
  status: string;
  rows: Record<string, number>;
  records: Record<string, number>;
  created: Record<string, number>;
  errors: { row: number; field?: string; message: string; code?: string }[];
  errorsCursor: string | null;
};

describe('bulk import and export (POST /imports, GET /jobs/{id}, GET /exports/*.csv)', () => {
  let gateway: GatewayHarness;

  beforeAll(async () => {
    gateway = await GatewayHarness.start();
  });

  afterAll(async () => {
    await gateway.stop({ removeData: true });
  });

  function startImport(entity: string, csv: string, query = ''): Promise<HttpResult<Job>> {
    return gateway.request<Job>('POST', `/api/v1/imports?entity=${entity}${query}`, {
      rawBody: csv,
      headers: { 'content-type': 'text/csv' },
    });
  }

  async function finished(jobId: string, timeoutMs = 60_000): Promise<Job> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const job = await gateway.request<Job>('GET', `/api/v1/jobs/${jobId}`);
      expect(job.status).toBe(200);
      if (job.body.status !== 'running') return job.body;
      if (Date.now() > deadline)
        throw new Error(`job ${jobId} still running: ${JSON.stringify(job.body.rows)}`);
      await new Promise((done) => setTimeout(done, 50));
    }
  }

  async function importFile(entity: string, csv: string, query = ''): Promise<Job> {
    const started = await startImport(entity, csv, query);
    expect(started.status).toBe(202);
    expect(started.headers.get('location')).toBe(`/api/v1/jobs/${started.body.id}`);
    return finished(started.body.id);
  }

  describe('customers', () => {
    const file = [
      'externalRef,type,name,email,phone,status,tags,line1,city,country',
      'CUS-1,company,Acme GmbH,info@acme.example,,active,key-account;b2b,Hauptstrasse 5,Berlin,DE',
      'CUS-2,person,Ada Lovelace,ada@example.org,+44 20 7946 0958,,,,,',
      'CUS-3,person,Bad Email,not-an-email,,,,,,',
      'CUS-4,robot,Unknown Type,,,,,,,',
      'CUS-5,person,,,,,,,,',
      'CUS-6,company,No City,,,,,Somewhere 1,,DE',
      ',person,No Ref,,,,,,,',
      'CUS-7,person,Too,many,cells,,,,,,,',
    ].join('\n');

    it('imports the valid rows and reports every broken one with its row, column and reason', async () => {
      const job = await importFile('customers', file);
      expect(job).toMatchObject({
        status: 'completed',
        rows: { total: 8, processed: 8, imported: 2, existing: 0, rejected: 6 },
        records: { imported: 2, existing: 0, rejected: 6 },
        failure: null,
      });
      expect(job.errors.map(({ row, field }) => [row, field])).toEqual([
        [4, 'email'],
        [5, 'type'],
        [6, 'name'],
        [7, 'city'],
        [8, 'externalRef'],
        [9, undefined],
      ]);
      expect(job.errors[0]?.code).toBe('CUSTOMER.INVALID_EMAIL');
      expect(job.errors[5]?.message).toBe('Row has 12 cells, the header 10');

      const acme = await gateway.request<{ items: Record<string, unknown>[] }>(
        'GET',
        '/api/v1/customers?search=Acme',
      );
      expect(acme.body.items).toEqual([
        expect.objectContaining({
          name: 'Acme GmbH',
          externalRef: 'CUS-1',
          status: 'active',
          tags: ['key-account', 'b2b'],
        }),
      ]);
      expect(acme.body.items[0]?.['address']).toMatchObject({ city: 'Berlin', country: 'DE' });
    });

    it('imports nothing twice when the same file runs again', async () => {
      const job = await importFile('customers', file);
      expect(job.records).toEqual({ imported: 0, existing: 2, rejected: 6 });
      const all = await gateway.request<{ items: unknown[] }>(
        'GET',
        '/api/v1/customers?search=Ada%20Lovelace',
      );
      expect(all.body.items).toHaveLength(1);
    });

    it('leaves alone a customer registered through the API with the same external ref', async () => {
      const registered = await gateway.request('POST', '/api/v1/customers', {
        body: { type: 'company', name: 'Registered By Hand', externalRef: 'CUS-API' },
      });
      expect(registered.status).toBe(201);
      await gateway.request('GET', `/api/v1/customers/${String(registered.body['id'])}`, {
        headers: { 'x-min-version': '1' },
      });
      const job = await importFile('customers', 'externalRef,type,name\nCUS-API,company,Imported Name\n');
      expect(job.records).toEqual({ imported: 0, existing: 1, rejected: 0 });
    });

    it('exports every customer as CSV that imports back as existing', async () => {
      const exported = await gateway.request<string>('GET', '/api/v1/exports/customers.csv');
      expect(exported.status).toBe(200);
      expect(exported.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      const lines = exported.body.trimEnd().split('\n');
      expect(lines[0]).toBe(
        'externalRef,type,name,email,phone,status,channel,ownerId,tags,line1,line2,city,postalCode,region,country,id,registeredAt,archived',
      );
      expect(lines.find((line) => line.startsWith('CUS-1,'))).toMatch(
        /^CUS-1,company,Acme GmbH,info@acme\.example,,active,direct,,key-account;b2b,Hauptstrasse 5,,Berlin,,,DE,[0-9a-f-]{36},.+,false$/,
      );
      const again = await importFile('customers', exported.body);
      expect(again.records).toEqual({ imported: 0, existing: 3, rejected: 0 });
    });
  });

  describe('products', () => {
    it('imports products, refuses bad prices and SKUs, and skips SKUs already in the catalogue', async () => {
      const file = [
        'sku,name,category,price,currency,active',
        'TEA-1,Green tea,drinks,3.20,EUR,true',
        'TEA-2,Black tea,drinks,2.90,EUR,',
        'TEA-3,Bad price,drinks,cheap,EUR,',
        'bad sku!,Bad SKU,drinks,1.00,EUR,',
        'TEA-4,Bad flag,drinks,1.00,EUR,maybe',
      ].join('\n');
      const job = await importFile('products', file);
      expect(job.records).toEqual({ imported: 2, existing: 0, rejected: 3 });
      expect(job.errors.map(({ row, field }) => [row, field])).toEqual([
        [4, 'price'],
        [5, 'sku'],
        [6, 'active'],
      ]);
      const rerun = await importFile('products', file);
      expect(rerun.records).toEqual({ imported: 0, existing: 2, rejected: 3 });
    });
  });

  describe('orders', () => {
    const header = 'orderRef,customerRef,orderedAt,channel,sku,quantity,unitPrice,currency,status';

    it('refuses orders of unknown customers and SKUs without createMissing, whole', async () => {
      const file = [
        header,
        'ORD-1,CUS-1,2026-02-01T09:00:00Z,retail,TEA-1,2,3.20,EUR,paid',
        'ORD-1,CUS-1,2026-02-01T09:00:00Z,retail,TEA-2,1,2.90,EUR,paid',
        'ORD-2,CUS-NOBODY,2026-02-01T10:00:00Z,retail,TEA-1,1,3.20,EUR,',
        'ORD-3,CUS-1,2026-02-01T11:00:00Z,retail,TEA-1,1,3.20,EUR,',
        'ORD-3,CUS-1,2026-02-01T11:00:00Z,retail,NO-SUCH-SKU,1,3.20,EUR,',
        'ORD-4,CUS-1,2026-02-01T12:00:00Z,retail,TEA-1,1,3.20,EUR,',
        'ORD-4,CUS-1,2026-02-02T12:00:00Z,retail,TEA-2,1,2.90,EUR,',
        'ORD-5,CUS-1,2999-01-01T00:00:00Z,retail,TEA-1,1,3.20,EUR,',
        'ORD-6,CUS-1,2026-02-01T13:00:00Z,retail,TEA-1,1,3.2.0,EUR,',
      ].join('\n');
      const job = await importFile('orders', file);
      expect(job.records).toEqual({ imported: 1, existing: 0, rejected: 5 });
      expect(job.rows).toEqual({ total: 9, processed: 9, imported: 2, existing: 0, rejected: 7 });
      expect(job.created).toEqual({ customers: 0, products: 0 });
      expect(job.errors.map(({ row, field, code }) => [row, field, code])).toEqual([
        [4, 'customerRef', undefined],
        [5, undefined, undefined],
        [6, 'sku', undefined],
        [7, undefined, undefined],
        [8, 'orderedAt', undefined],
        [9, 'orderedAt', 'ORDER.ORDERED_IN_FUTURE'],
        [10, 'unitPrice', 'SALES.INVALID_AMOUNT'],
      ]);
      expect(job.errors[1]?.message).toBe('Order ORD-3 is not imported: row 6 is refused');

      const orders = await gateway.request<{ items: { total: unknown; status: string; lines: unknown[] }[] }>(
        'GET',
        '/api/v1/orders?status=paid',
      );
      expect(orders.body.items).toEqual([
        expect.objectContaining({ status: 'paid', total: { amount: '9.30', currency: 'EUR' } }),
      ]);
    });

    it('creates minimal customers and products for unknown refs with createMissing=true', async () => {
      const file = [
        `${header},productName,category`,
        'ORD-10,CUS-NEW,2026-03-01T09:00:00Z,e-commerce,COFFEE-1,3,4.10,EUR,shipped,Espresso beans,coffee',
        'ORD-11,CUS-NEW,2026-03-02T09:00:00Z,e-commerce,COFFEE-1,1,4.10,EUR,cancelled,Espresso beans,coffee',
      ].join('\n');
      const job = await importFile('orders', file, '&createMissing=true');
      expect(job.records).toEqual({ imported: 2, existing: 0, rejected: 0 });
      expect(job.created).toEqual({ customers: 1, products: 1 });
      const product = await gateway.request<{ items: Record<string, unknown>[] }>(
        'GET',
        '/api/v1/products?search=COFFEE-1',
      );
      expect(product.body.items).toEqual([
        expect.objectContaining({
          sku: 'COFFEE-1',
          name: 'Espresso beans',
          category: 'coffee',
          price: { amount: '4.10', currency: 'EUR' },
        }),
      ]);
      const exported = await gateway.request<string>('GET', '/api/v1/exports/orders.csv');
      const rows = exported.body.trimEnd().split('\n');
      expect(rows[0]).toBe(`${header},ownerId,lineTotal,orderTotal`);
      expect(
        rows.filter((row) => row.includes(',COFFEE-1,')).map((row) => row.split(',').slice(2, 9).join(',')),
      ).toEqual([
        '2026-03-02T09:00:00.000Z,e-commerce,COFFEE-1,1,4.10,EUR,cancelled',
        '2026-03-01T09:00:00.000Z,e-commerce,COFFEE-1,3,4.10,EUR,shipped',
      ]);
    });

    it('takes the grocery baskets in full: 9,835 orders of 43,367 lines, and nothing twice', async () => {
      const groceries = groceriesOrdersCsv(readFileSync(GROCERIES, 'utf8'));
      expect(groceries).toMatchObject({ orders: 9835, lines: 43367, skus: 169 });
      const job = await importFile('orders', groceries.csv, '&createMissing=true');
      expect(job).toMatchObject({
        status: 'completed',
        rows: { total: 43367, processed: 43367, imported: 43367, existing: 0, rejected: 0 },
        records: { imported: 9835, existing: 0, rejected: 0 },
        created: { customers: 1, products: 169 },
        errors: [],
      });
      const rerun = await importFile('orders', groceries.csv, '&createMissing=true');
      expect(rerun.records).toEqual({ imported: 0, existing: 9835, rejected: 0 });
      expect(rerun.created).toEqual({ customers: 0, products: 0 });

      // Every item is 1.00 EUR, so the walk-in customer's lifetime value is the item count.
      const walkIn = await gateway.request<{ items: { id: string }[] }>(
        'GET',
        '/api/v1/customers?search=POS-WALK-IN',
      );
      const customerPath = `/api/v1/customers/${walkIn.body.items[0]?.id ?? 'missing'}`;
      const deadline = Date.now() + 30_000;
      let sales: unknown;
      do {
        sales = (await gateway.request<{ sales: { orderCount: number } }>('GET', customerPath)).body.sales;
      } while ((sales as { orderCount: number }).orderCount < 9835 && Date.now() < deadline);
      expect(sales).toEqual({
        lifetimeValue: [{ amount: '43367.00', currency: 'EUR' }],
        orderCount: 9835,
        lastOrderAt: '2026-01-28T07:36:00.000Z',
      });
    }, 120_000);
  });

  describe('refusals', () => {
    it('refuses a file whose header is wrong, whole, with every problem', async () => {
      const refused = await startImport('orders', 'orderRef,customerRef,sku,qty\nO-1,C-1,A,1\n');
      expect(refused.status).toBe(400);
      expect(refused.headers.get('content-type')).toContain('application/problem+json');
      expect(refused.body).toMatchObject({ code: 'IMPORT.INVALID_FILE' });
      expect(JSON.stringify(refused.body)).toContain('qty is not a column of the orders file');
      expect(JSON.stringify(refused.body)).toContain('The orders file needs a quantity column');
    });

    it('refuses CSV that cannot be read, an empty file and an unknown entity', async () => {
      expect(
        (await startImport('customers', 'externalRef,type,name\n"CUS-1,company,Open quote\n')).status,
      ).toBe(400);
      expect((await startImport('customers', '')).status).toBe(400);
      const unknown = await startImport('invoices', 'a,b\n1,2\n');
      expect(unknown.status).toBe(400);
      expect(JSON.stringify(unknown.body)).toContain('entity');
    });

    it('answers text/csv on any other route with 415, and an unknown job with 404', async () => {
      const elsewhere = await gateway.request('POST', '/api/v1/customers', {
        rawBody: 'type,name\nperson,Ada\n',
        headers: { 'content-type': 'text/csv' },
      });
      expect(elsewhere.status).toBe(415);
      const missing = await gateway.request('GET', '/api/v1/jobs/0190a0b0-0000-7000-8000-000000000000');
      expect(missing.status).toBe(404);
      expect(missing.body).toMatchObject({ code: 'JOB.NOT_FOUND' });
    });
  });
});
