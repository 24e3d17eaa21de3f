import { customerStreamId } from '@crm/customer';
import { EVENT_STORE, type EventStore } from '@crm/event-store';
import { CHECKPOINT_STORE, type CheckpointStore, SqliteCheckpointStore } from '@crm/read-models';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { GATEWAY_DATABASE } from '../src/persistence/gateway-database';
import { GatewayHarness, type HttpResult } from '../src/testing/gateway-harness';

// The customer context's consumer group for crm.marketing.events.v1, as the store-fed consumer names it.
const LEAD_CONVERSION_CHECKPOINT = 'consumer:crm.customer.lead-conversion';

interface Lead {
  readonly id: string;
  readonly status: string;
  readonly customerId: string | null;
}

interface Customer {
  readonly id: string;
  readonly type: string;
  readonly name: string;
  readonly email: string | null;
  readonly phone: string | null;
  readonly channel: string;
}

// Marketing and customer talk only through crm.marketing.events.v1, here on the store-fed consumer.
describe('lead conversion across contexts over HTTP', () => {
  let gateway: GatewayHarness;
  let campaignId: string;

  beforeAll(async () => {
    gateway = await GatewayHarness.start();
    const campaign = await gateway.request<{ id: string }>('POST', '/api/v1/campaigns', {
      body: {
        name: 'Partner webinar',
        channel: 'partner',
        budget: { amount: '800.00', currency: 'EUR' },
        period: { from: '2025-06-01', to: '2025-06-30' },
      },
    });
    expect(campaign.status).toBe(201);
    campaignId = campaign.body.id;
  });

  afterAll(async () => {
    await gateway.stop({ removeData: true });
  });

  async function qualifiedLead(body: object): Promise<Lead> {
    const captured = await gateway.request<Lead>('POST', '/api/v1/leads', { body });
    expect(captured.status).toBe(201);
    const qualified = await gateway.request<Lead>('POST', `/api/v1/leads/${captured.body.id}/qualify`);
    expect(qualified.status).toBe(200);
    return qualified.body;
  }

  async function customerOnceRegistered(customerId: string): Promise<HttpResult<Customer>> {
    const deadline = Date.now() + 5000;
    for (;;) {
      const read = await gateway.request<Customer>('GET', `/api/v1/customers/${customerId}`);
      if (read.status === 200 || Date.now() > deadline) return read;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }

  it('registers the converted lead as a customer under the id the lead records; a redelivery creates nothing', async () => {
    const lead = await qualifiedLead({
      name: 'Grace Hopper',
      email: 'Grace@Navy.example',
      phone: '+1 202 555 0143',
      sourceCampaignId: campaignId,
    });
    const converted = await gateway.request<Lead>('POST', `/api/v1/leads/${lead.id}/convert`, {
      headers: { 'idempotency-key': 'convert-grace' },
    });
    expect(converted.status).toBe(200);
    const customerId = converted.body.customerId;
    if (customerId === null) throw new Error('the converted lead records no customer');

    const customer = await customerOnceRegistered(customerId);
    expect(customer.status).toBe(200);
    expect(customer.body).toMatchObject({
      id: customerId,
      type: 'person',
      name: 'Grace Hopper',
      email: 'grace@navy.example',
      phone: '+12025550143',
      channel: 'marketing',
    });

    // Redeliver the whole topic to the customer context: rewind its group and restart the gateway.
    await gateway.stop();
    const checkpoints = new SqliteCheckpointStore(join(gateway.dataDir, 'read-models.db'));
    const delivered = await checkpoints.load(LEAD_CONVERSION_CHECKPOINT);
    expect(delivered).toBeGreaterThan(0n);
    await checkpoints.save(LEAD_CONVERSION_CHECKPOINT, 0n);
    await checkpoints.close();
    gateway = await GatewayHarness.start(gateway.dataDir);
    const groupCheckpoint = gateway.app.get<CheckpointStore>(CHECKPOINT_STORE);
    const deadline = Date.now() + 5000;
    while ((await groupCheckpoint.load(LEAD_CONVERSION_CHECKPOINT)) < delivered && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 20));
    expect(await groupCheckpoint.load(LEAD_CONVERSION_CHECKPOINT)).toBeGreaterThanOrEqual(delivered);
    const store = gateway.app.get<EventStore>(EVENT_STORE);
    expect(await store.readStream(customerStreamId(customerId))).toHaveLength(1);
    // Handled as "already registered", not failed into the dead letters.
    const deadLetters = gateway.app
      .get<Database.Database>(GATEWAY_DATABASE)
      .prepare('SELECT count(*) AS count FROM dead_letters')
      .get() as { count: number };
    expect(deadLetters.count).toBe(0);

    const replay = await gateway.request<Lead>('POST', `/api/v1/leads/${lead.id}/convert`, {
      headers: { 'idempotency-key': 'convert-grace' },
    });
    expect(replay.status).toBe(200);
    expect(replay.body.customerId).toBe(customerId);
    const marketingCustomers = await gateway.request<{ items: Customer[] }>(
      'GET',
      '/api/v1/customers?channel=marketing',
    );
    expect(marketingCustomers.body.items.map((item) => item.id)).toEqual([customerId]);
  });

  it('refuses to convert a disqualified lead (409) and registers no customer', async () => {
    const lead = await qualifiedLead({ name: 'Tire Kicker', sourceCampaignId: campaignId });
    await gateway.request('POST', `/api/v1/leads/${lead.id}/disqualify`, {
      body: { reason: 'Just browsing' },
    });
    const before = (await gateway.app.get<EventStore>(EVENT_STORE).readAll({ limit: 100_000 })).length;
    const converted = await gateway.request<{ code: string }>('POST', `/api/v1/leads/${lead.id}/convert`);
    expect(converted.status).toBe(409);
    expect(converted.headers.get('content-type')).toContain('application/problem+json');
    expect(converted.body.code).toBe('LEAD.DISQUALIFIED');
    expect((await gateway.app.get<EventStore>(EVENT_STORE).readAll({ limit: 100_000 })).length).toBe(before);
  });

  it('keeps marketing behind the JWT like every other resource', async () => {
    const anonymous = await gateway.request('GET', `/api/v1/campaigns/${campaignId}`, { anonymous: true });
    expect(anonymous.status).toBe(401);
    const performance = await gateway.request<{ conversions: number }>(
      'GET',
      `/api/v1/campaigns/${campaignId}/performance`,
    );
    expect(performance.status).toBe(200);
    expect(performance.body.conversions).toBe(1);
  });

  it('documents the marketing endpoints in the OpenAPI document', async () => {
    const document = await gateway.request<{ paths: Record<string, unknown> }>(
      'GET',
      '/api/docs/openapi.json',
    );
    expect(Object.keys(document.body.paths)).toEqual(
      expect.arrayContaining([
        '/api/v1/campaigns',
        '/api/v1/campaigns/{id}/performance',
        '/api/v1/campaigns/{id}/responses',
        '/api/v1/leads/{id}/convert',
        '/api/v1/leads/{id}/disqualify',
      ]),
    );
  });
});
