import { skuOfItem } from '@crm/data-integration';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { progressBar } from '../../apps/gateway/src/ops/progress-bar';
import { DemoClient, inParallel } from './demo-client';
import { demoCustomersCsv, demoOrdersCsv, seededRandom } from './demo-data';

// `npm run demo`: loads a realistic tenant into a running standalone instance (CRM_URL, default
// http://127.0.0.1:3000; CRM_ADMIN_PASSWORD): customers over five countries and seven channels, the
// grocery baskets as their orders over twelve months with seasonality, opportunities, cases with
// satisfaction, campaigns with responses and converted leads. Seeded: the same tenant every time.
const BASE = process.env['CRM_URL'] ?? 'http://127.0.0.1:3000';
const CUSTOMERS = Number(process.env['DEMO_CUSTOMERS'] ?? 2500);
const GROCERIES = resolve(__dirname, '../../../libs/analytics/test-fixtures/itemsets/groceries.csv');
const CLIENTS = 8;

async function main(): Promise<void> {
  const password = process.env['CRM_ADMIN_PASSWORD'];
  if (!password) throw new Error('Set CRM_ADMIN_PASSWORD to the admin password of the running instance');
  const client = new DemoClient(BASE);
  await client.login('admin', password);
  const already = await client.get<{ items: unknown[] }>('/api/v1/customers?search=DEMO-C-00001');
  if (already.items.length > 0) {
    console.log(
      'The demo tenant is already loaded (DEMO-C-00001 exists); start from an empty data directory to reload it.',
    );
    return;
  }
  const random = seededRandom(20_261_203);
  const customers = demoCustomersCsv(CUSTOMERS, random);
  const customerJob = await client.importCsv('customers', customers.csv, progressBar('customers    '));
  const baskets = readFileSync(GROCERIES, 'utf8')
    .split(/\r?\n/)
    .filter((line) => line.trim() !== '')
    .map((line) => line.split(',').map((item) => item.trim()));
  const orders = demoOrdersCsv(baskets, customers.refs, new Date(), random, skuOfItem);
  const orderJob = await client.importCsv('orders', orders, progressBar('orders       '));
  const ids = await customerIds(client, customers.refs.length);
  const pick = <T>(values: readonly T[]): T => values[Math.floor(random() * values.length)] as T;

  await inParallel(
    Array.from({ length: 300 }, (_, index) => index),
    CLIENTS,
    async (index) => {
      const opportunity = await client.post<{ id: string }>('/api/v1/opportunities', {
        customerId: pick(ids),
        name: `Supply contract ${index + 1}`,
        amount: { amount: (500 + Math.floor(random() * 49_500)).toFixed(2), currency: 'EUR' },
        expectedCloseDate: futureDate(random, 180),
      });
      const fate = random();
      const stage = pick(['qualified', 'proposal', 'negotiation'] as const);
      await client.post(`/api/v1/opportunities/${opportunity.id}/stage`, { stage });
      if (fate < 0.3)
        await client.post(`/api/v1/opportunities/${opportunity.id}/win`, { reason: 'Best offer' });
      else if (fate < 0.5)
        await client.post(`/api/v1/opportunities/${opportunity.id}/lose`, { reason: 'Price' });
    },
    progressBar('opportunities'),
  );

  await inParallel(
    Array.from({ length: 600 }, (_, index) => index),
    CLIENTS,
    async (index) => {
      const priority = pick(['low', 'normal', 'normal', 'high', 'urgent'] as const);
      const opened = await client.post<{ id: string }>('/api/v1/cases', {
        customerId: pick(ids),
        type: pick(['repair', 'training', 'consulting', 'complaint', 'other'] as const),
        priority,
        subject: `Demo case ${index + 1}`,
      });
      const fate = random();
      if (fate < 0.8) await client.post(`/api/v1/cases/${opened.id}/resolve`, { resolution: 'Solved' });
      if (fate < 0.7) {
        const satisfaction = Math.max(
          1,
          Math.min(5, Math.round(4.2 - (priority === 'urgent' ? 1.5 : 0) + (random() - 0.5) * 2)),
        );
        await client.post(`/api/v1/cases/${opened.id}/close`, { satisfaction });
      }
    },
    progressBar('cases        '),
  );

  const campaigns = await Promise.all(
    (['email', 'social', 'events', 'search', 'display', 'partner'] as const).map(async (channel, index) => {
      const campaign = await client.post<{ id: string }>('/api/v1/campaigns', {
        name: `Demo ${channel} campaign`,
        channel,
        budget: { amount: (1000 * (index + 1)).toFixed(2), currency: 'EUR' },
        period: { from: pastDate(365), to: futureDate(random, 90) },
      });
      await client.post(`/api/v1/campaigns/${campaign.id}/launch`);
      return campaign.id;
    }),
  );
  await inParallel(
    Array.from({ length: 1200 }, (_, index) => index),
    CLIENTS,
    async () => {
      await client.post(`/api/v1/campaigns/${pick(campaigns)}/responses`, {
        kind: pick(['opened', 'opened', 'clicked', 'replied'] as const),
        customerId: pick(ids),
        // A response cannot predate its campaign's launch, which is now.
        occurredAt: new Date().toISOString(),
      });
    },
    progressBar('responses    '),
  );
  await inParallel(
    Array.from({ length: 120 }, (_, index) => index),
    CLIENTS,
    async (index) => {
      const lead = await client.post<{ id: string }>('/api/v1/leads', {
        name: `Demo Lead ${index + 1}`,
        email: `demo-lead-${index + 1}@demo.example`,
        sourceCampaignId: pick(campaigns),
      });
      if (random() < 0.2) {
        await client.post(`/api/v1/leads/${lead.id}/disqualify`, { reason: 'No budget' });
        return;
      }
      await client.post(`/api/v1/leads/${lead.id}/qualify`);
      if (random() < 0.6) await client.post(`/api/v1/leads/${lead.id}/convert`);
    },
    progressBar('leads        '),
  );

  console.log(
    `Demo tenant loaded at ${BASE}: ${customerJob.records.imported} customers, ${orderJob.records.imported} orders ` +
      `(${orderJob.rows.total} lines), 300 opportunities, 600 cases, ${campaigns.length} campaigns, 1200 responses, 120 leads.`,
  );
}

/** Every demo customer's id, once the directory lists them all. */
async function customerIds(client: DemoClient, expected: number): Promise<string[]> {
  for (;;) {
    const ids: string[] = [];
    let cursor: string | null = null;
    do {
      const query: string = cursor === null ? '' : `&cursor=${encodeURIComponent(cursor)}`;
      const page = await client.get<{ items: { id: string }[]; nextCursor: string | null }>(
        `/api/v1/customers?search=DEMO-C-&limit=200${query}`,
      );
      ids.push(...page.items.map((item) => item.id));
      cursor = page.nextCursor;
    } while (cursor !== null);
    if (ids.length >= expected) return ids;
    await new Promise((done) => setTimeout(done, 500));
  }
}

function futureDate(random: () => number, days: number): string {
  return new Date(Date.now() + (1 + Math.floor(random() * days)) * 86_400_000).toISOString().slice(0, 10);
}

function pastDate(days: number): string {
  return new Date(Date.now() - days * 86_400_000).toISOString().slice(0, 10);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : String(error));
  process.exit(1);
});
