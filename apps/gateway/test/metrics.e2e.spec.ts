import { type PrometheusSample, scrapePrometheus, sumOfSamples } from '@crm/testing';
import { GatewayHarness } from '../src/testing/gateway-harness';

describe('GET /metrics on the standalone gateway', () => {
  let gateway: GatewayHarness;

  beforeAll(async () => {
    gateway = await GatewayHarness.start();
  });

  afterAll(async () => {
    await gateway.stop({ removeData: true });
  });

  const scrape = () => scrapePrometheus(`${gateway.baseUrl}/metrics`);

  async function smallLoad(): Promise<void> {
    const customers: string[] = [];
    for (const name of ['Metrics GmbH', 'Gauge AG']) {
      const created = await gateway.request<{ id: string }>('POST', '/api/v1/customers', {
        body: { type: 'company', name },
      });
      expect(created.status).toBe(201);
      customers.push(created.body.id);
      expect((await gateway.request('GET', `/api/v1/customers/${created.body.id}`)).status).toBe(200);
    }
    const product = await gateway.request('POST', '/api/v1/products', {
      body: { sku: 'MET-1', name: 'Meter', category: 'office', price: { amount: '1.50', currency: 'EUR' } },
    });
    expect(product.status).toBe(201);
    const order = await gateway.request('POST', '/api/v1/orders', {
      body: {
        customerId: customers[0],
        channel: 'direct',
        currency: 'EUR',
        lines: [{ sku: 'MET-1', quantity: 2 }],
      },
    });
    expect(order.status).toBe(201);
  }

  it('is served outside api/v1 without a token, in the Prometheus text format', async () => {
    const response = await fetch(`${gateway.baseUrl}/metrics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/plain; version=0.0.4');
    expect(await response.text()).toContain('# TYPE crm_http_request_duration_seconds histogram');
  });

  it('moves the HTTP, command and append histograms under load and reports projection lag', async () => {
    const before = await scrape();
    await smallLoad();
    const after = await scrape();
    const moved = (name: string, labels: Record<string, string> = {}) =>
      sumOfSamples(after, name, labels) - sumOfSamples(before, name, labels);

    expect(
      moved('crm_http_request_duration_seconds_count', {
        method: 'POST',
        route: '/api/v1/customers',
        status: '201',
      }),
    ).toBe(2);
    expect(
      moved('crm_http_request_duration_seconds_count', { method: 'GET', route: '/api/v1/customers/:id' }),
    ).toBe(2);
    expect(moved('crm_command_duration_seconds_count', { command: 'RegisterCustomer', outcome: 'ok' })).toBe(
      2,
    );
    expect(moved('crm_command_duration_seconds_count', { outcome: 'ok' })).toBeGreaterThanOrEqual(4);
    expect(moved('crm_event_store_append_duration_seconds_count', { context: 'customer' })).toBe(2);
    expect(
      moved('crm_event_store_append_duration_seconds_count', { context: 'sales' }),
    ).toBeGreaterThanOrEqual(2);
    expect(projections(after)).toEqual(expect.arrayContaining(['customer-directory']));
    expect(labelValues(after, 'crm_consumer_lag_messages', 'group').length).toBeGreaterThan(0);
  });

  it('labels routes by template, so raw ids never become series', async () => {
    await gateway.request('GET', '/api/v1/customers/00000000-0000-4000-8000-000000000000');
    await gateway.request('GET', '/no/such/path/42');
    const routes = labelValues(await scrape(), 'crm_http_request_duration_seconds_count', 'route');
    expect(routes).toContain('unmatched');
    expect(routes.filter((route) => /\d{4,}|[0-9a-f]{8}-/.test(route))).toEqual([]);
  });
});

function labelValues(samples: readonly PrometheusSample[], name: string, label: string): string[] {
  return [
    ...new Set(samples.filter((sample) => sample.name === name).map((sample) => sample.labels[label] ?? '')),
  ];
}

function projections(samples: readonly PrometheusSample[]): string[] {
  return labelValues(samples, 'crm_projection_lag_events', 'projection');
}
