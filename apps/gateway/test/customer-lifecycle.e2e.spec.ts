import { EVENT_STORE, type EventStore } from '@crm/event-store';
import { GatewayHarness } from '../src/testing/gateway-harness';

interface Customer {
  readonly id: string;
  readonly name: string;
  readonly status: string;
  readonly email: string | null;
  readonly version: number;
}

interface HistoryEntry {
  readonly version: number;
  readonly type: string;
  readonly actor: string;
  readonly changes: Record<string, { from: unknown; to: unknown }>;
}

const acme = { type: 'company', name: 'Acme GmbH', email: 'Sales@Acme.example', channel: 'partner' };

describe('customer lifecycle over HTTP', () => {
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

  it('registers, reads, patches with If-Match, rejects a stale If-Match, and keeps history and asOf', async () => {
    const created = await gateway.request<Customer>('POST', '/api/v1/customers', { body: acme });
    expect(created.status).toBe(201);
    expect(created.headers.get('etag')).toBe('"1"');
    expect(created.headers.get('location')).toBe(`/api/v1/customers/${created.body.id}`);
    expect(created.body.email).toBe('sales@acme.example');
    const id = created.body.id;

    const read = await gateway.request<Customer>('GET', `/api/v1/customers/${id}`, {
      headers: { 'x-min-version': '1' },
    });
    expect(read.status).toBe(200);
    expect(read.body.name).toBe('Acme GmbH');
    const beforePatch = new Date().toISOString();
    await new Promise((resolve) => setTimeout(resolve, 5));

    const patched = await gateway.request<Customer>('PATCH', `/api/v1/customers/${id}`, {
      body: { name: 'Acme Industrial GmbH', status: 'active' },
      headers: { 'if-match': '"1"' },
    });
    expect(patched.status).toBe(200);
    expect(patched.headers.get('etag')).toBe('"3"');
    expect(patched.body.status).toBe('active');

    const eventsBefore = await eventCount();
    const stale = await gateway.request('PATCH', `/api/v1/customers/${id}`, {
      body: { status: 'inactive' },
      headers: { 'if-match': '"1"' },
    });
    expect(stale.status).toBe(412);
    expect(stale.headers.get('content-type')).toContain('application/problem+json');
    expect(await eventCount()).toBe(eventsBefore);

    const history = await gateway.request<HistoryEntry[]>('GET', `/api/v1/customers/${id}/history`);
    expect(history.body.map((entry) => entry.version)).toEqual([1, 2, 3]);
    expect(history.body.every((entry) => entry.actor === 'admin')).toBe(true);
    const changed = Object.assign(
      {},
      ...history.body.slice(1).map((entry) => entry.changes),
    ) as HistoryEntry['changes'];
    expect(changed['name']).toEqual({ from: 'Acme GmbH', to: 'Acme Industrial GmbH' });
    expect(changed['status']).toEqual({ from: 'prospect', to: 'active' });

    const asOf = await gateway.request<Customer>(
      'GET',
      `/api/v1/customers/${id}?asOf=${encodeURIComponent(beforePatch)}`,
    );
    expect(asOf.status).toBe(200);
    expect(asOf.body).toMatchObject({ name: 'Acme GmbH', status: 'prospect', version: 1 });
  });

  it('creates one customer for two POSTs with the same Idempotency-Key', async () => {
    const headers = { 'idempotency-key': 'register-globex-1' };
    const body = { ...acme, name: 'Globex Corporation' };
    const eventsBefore = await eventCount();
    const first = await gateway.request<Customer>('POST', '/api/v1/customers', { body, headers });
    const second = await gateway.request<Customer>('POST', '/api/v1/customers', { body, headers });
    expect(first.status).toBe(201);
    expect(second.status).toBe(201);
    expect(second.body.id).toBe(first.body.id);
    expect(second.headers.get('idempotent-replayed')).toBe('true');
    expect(second.headers.get('etag')).toBe('"1"');
    expect(await eventCount()).toBe(eventsBefore + 1);

    const reused = await gateway.request('POST', '/api/v1/customers', {
      body: { ...body, name: 'Other' },
      headers,
    });
    expect(reused.status).toBe(422);
    expect(await eventCount()).toBe(eventsBefore + 1);
  });

  it('lets exactly one of 50 concurrent PATCHes with the same If-Match win, losing no update', async () => {
    const created = await gateway.request<Customer>('POST', '/api/v1/customers', {
      body: { ...acme, name: 'Initech' },
    });
    const id = created.body.id;
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, index) =>
        gateway.request<Customer>('PATCH', `/api/v1/customers/${id}`, {
          body: { name: `Initech ${index}` },
          headers: { 'if-match': '"1"' },
        }),
      ),
    );
    const winners = results.filter((result) => result.status === 200);
    expect(winners).toHaveLength(1);
    expect(results.every((result) => [200, 409, 412].includes(result.status))).toBe(true);

    const history = await gateway.request<HistoryEntry[]>('GET', `/api/v1/customers/${id}/history`);
    expect(history.body).toHaveLength(2);
    const current = await gateway.request<Customer>('GET', `/api/v1/customers/${id}`, {
      headers: { 'x-min-version': '2' },
    });
    expect(current.body.name).toBe(winners[0]?.body.name);
  });
});
