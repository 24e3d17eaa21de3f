import { describeDistributed } from '@crm/testing';

jest.setTimeout(180_000);

interface Job {
  id: string;
  status: string;
  records: Record<string, number>;
  created: Record<string, number>;
  errors: { row: number; field?: string; code?: string }[];
}

// Bulk import with every context its own process: the job runs in the gateway, customers go to
// customer-svc and orders (with their products) to sales-svc through their allow-listed calls.
describeDistributed('bulk import in distributed mode', (stackOf) => {
  async function importFile(entity: string, csv: string, query = ''): Promise<Job> {
    const stack = stackOf();
    const started = await stack.request<Job>('POST', `/api/v1/imports?entity=${entity}${query}`, {
      rawBody: csv,
      headers: { 'content-type': 'text/csv' },
    });
    expect(started.status).toBe(202);
    const deadline = Date.now() + 60_000;
    for (;;) {
      const job = await stack.request<Job>('GET', `/api/v1/jobs/${started.body.id}`);
      if (job.body.status !== 'running') return job.body;
      if (Date.now() > deadline) throw new Error(`job still running: ${JSON.stringify(job.body)}`);
      await new Promise((done) => setTimeout(done, 100));
    }
  }

  it('imports customers and orders through the services, reports broken rows, and nothing twice', async () => {
    const stack = stackOf();
    const customers = await importFile(
      'customers',
      'externalRef,type,name,email\nD-1,company,Distributed GmbH,info@distributed.example\nD-2,person,Bad Mail,nope\n',
    );
    expect(customers).toMatchObject({
      status: 'completed',
      records: { imported: 1, existing: 0, rejected: 1 },
    });
    expect(customers.errors).toEqual([
      expect.objectContaining({ row: 3, field: 'email', code: 'CUSTOMER.INVALID_EMAIL' }),
    ]);

    const orders = [
      'orderRef,customerRef,orderedAt,channel,sku,quantity,unitPrice,currency,status',
      'DO-1,D-1,2026-02-01T09:00:00Z,retail,D-SKU-1,2,3.20,EUR,paid',
      'DO-1,D-1,2026-02-01T09:00:00Z,retail,D-SKU-2,1,2.90,EUR,paid',
      'DO-2,D-NEW,2026-02-02T09:00:00Z,partner,D-SKU-1,1,3.20,EUR,',
      'DO-3,D-1,2999-01-01T00:00:00Z,retail,D-SKU-1,1,3.20,EUR,',
    ].join('\n');
    const job = await importFile('orders', orders, '&createMissing=true');
    expect(job).toMatchObject({
      status: 'completed',
      records: { imported: 2, existing: 0, rejected: 1 },
      created: { customers: 1, products: 2 },
    });
    expect(job.errors).toEqual([
      expect.objectContaining({ row: 5, field: 'orderedAt', code: 'ORDER.ORDERED_IN_FUTURE' }),
    ]);
    const rerun = await importFile('orders', orders, '&createMissing=true');
    expect(rerun.records).toEqual({ imported: 0, existing: 2, rejected: 1 });

    // The orders reach sales-svc's read model and the export.
    const deadline = Date.now() + 30_000;
    let exported = '';
    do {
      exported = (await stack.request<string>('GET', '/api/v1/exports/orders.csv')).body;
    } while (exported.trimEnd().split('\n').length < 4 && Date.now() < deadline);
    const lines = exported.trimEnd().split('\n').slice(1);
    expect(lines.map((line) => line.split(',').slice(4, 9).join(',')).sort()).toEqual([
      'D-SKU-1,1,3.20,EUR,placed',
      'D-SKU-1,2,3.20,EUR,paid',
      'D-SKU-2,1,2.90,EUR,paid',
    ]);
    const customersCsv = (await stack.request<string>('GET', '/api/v1/exports/customers.csv')).body;
    expect(customersCsv).toContain('D-1,company,Distributed GmbH,info@distributed.example');
  });
});
