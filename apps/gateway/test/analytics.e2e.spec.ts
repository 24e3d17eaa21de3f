import { groceriesOrdersCsv } from '@crm/data-integration';
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { GatewayHarness, type HttpResult } from '../src/testing/gateway-harness';

// The same file as ../shared/datasets/groceries.csv (sha256 ff1be892...), committed for the analytics tests.
const GROCERIES = resolve(__dirname, '../../../libs/analytics/test-fixtures/itemsets/groceries.csv');
const ORDERS_HEADER = 'orderRef,customerRef,orderedAt,channel,sku,quantity,unitPrice,currency,status';

type Body = Record<string, unknown>;
interface Freshness {
  lastPosition: string | null;
  lastEventAt: string | null;
}
interface Itemsets {
  transactionCount: number;
  total: number;
  countByLength: number[];
  itemsets: { items: string[]; count: number; support: number }[];
  freshness: Freshness;
}

describe('analytics service (GET /analytics/*) over the grocery baskets', () => {
  let gateway: GatewayHarness;

  beforeAll(async () => {
    gateway = await GatewayHarness.start();
    const groceries = groceriesOrdersCsv(readFileSync(GROCERIES, 'utf8'));
    await importOrders(groceries.csv);
    await until(async () => (await itemsets('minSupport=0.5')).body.transactionCount === 9835, 60_000);
  }, 180_000);

  afterAll(async () => {
    await gateway.stop({ removeData: true });
  });

  async function importOrders(csv: string): Promise<void> {
    const started = await gateway.request<{ id: string }>(
      'POST',
      '/api/v1/imports?entity=orders&createMissing=true',
      {
        rawBody: csv,
        headers: { 'content-type': 'text/csv' },
      },
    );
    expect(started.status).toBe(202);
    await until(async () => {
      const job = await gateway.request<{ status: string }>('GET', `/api/v1/jobs/${started.body.id}`);
      return job.body.status !== 'running';
    }, 120_000);
  }

  function itemsets(query: string): Promise<HttpResult<Itemsets>> {
    return gateway.request<Itemsets>('GET', `/api/v1/analytics/basket/itemsets?${query}`);
  }

  it.each(['apriori', 'eclat', 'fpgrowth'])(
    'finds the Groceries reference itemsets at min support 0.01 with %s: 333 = 88 + 213 + 32',
    async (algorithm) => {
      const result = await itemsets(`minSupport=0.01&algorithm=${algorithm}`);
      expect(result.status).toBe(200);
      expect(result.body).toMatchObject({ transactionCount: 9835, total: 333, countByLength: [88, 213, 32] });
      expect(result.body.itemsets[0]?.count).toBeGreaterThanOrEqual(99);
      expect(result.body.freshness.lastPosition).toMatch(/^\d+$/);
    },
  );

  it('gives rules whose confidence reaches the threshold, strongest first', async () => {
    const rules = await gateway.request<{ total: number; rules: { confidence: number; lift: number }[] }>(
      'GET',
      '/api/v1/analytics/basket/rules?minSupport=0.01&minConfidence=0.4&algorithm=apriori',
    );
    expect(rules.status).toBe(200);
    expect(rules.body.rules.length).toBeGreaterThan(0);
    expect(rules.body.rules.every((rule) => rule.confidence >= 0.4)).toBe(true);
    const confidences = rules.body.rules.map((rule) => rule.confidence);
    expect(confidences).toEqual([...confidences].sort((a, b) => b - a));
  });

  it('recommends what is bought together with whole milk', async () => {
    const together = await gateway.request<{ items: { sku: string; count: number }[] }>(
      'GET',
      '/api/v1/analytics/recommendations?sku=WHOLE-MILK&minSupport=0.01',
    );
    expect(together.status).toBe(200);
    expect(together.body.items[0]).toEqual(expect.objectContaining({ sku: 'OTHER-VEGETABLES', count: 736 }));
  });

  it('refuses bad thresholds with problem+json, never a 500', async () => {
    const refused = await itemsets('minSupport=2');
    expect(refused.status).toBe(400);
    expect(refused.headers.get('content-type')).toContain('application/problem+json');
    const both = await gateway.request<Body>('GET', '/api/v1/analytics/recommendations');
    expect(both.status).toBe(400);
  });

  it('shows a new order in the basket counts within 2 s', async () => {
    const before = (await itemsets('minSupport=0.01')).body;
    const file = [
      ORDERS_HEADER,
      'FRESH-1,POS-WALK-IN,2026-01-28T08:00:00Z,retail,WHOLE-MILK,1,1.00,EUR,paid',
    ].join('\n');
    const started = Date.now();
    await importOrders(file);
    await until(async () => (await itemsets('minSupport=0.01')).body.transactionCount === 9836, 2_000);
    const elapsed = Date.now() - started;
    const after = (await itemsets('minSupport=0.01')).body;
    expect(elapsed).toBeLessThan(2_000);
    expect(BigInt(after.freshness.lastPosition ?? '0')).toBeGreaterThan(
      BigInt(before.freshness.lastPosition ?? '0'),
    );
    const milk = (result: Itemsets) =>
      result.itemsets.find((set) => set.items.join() === 'WHOLE-MILK')?.count;
    expect(milk(after)).toBe((milk(before) ?? 0) + 1);
  });
});

async function until(condition: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((done) => setTimeout(done, 50));
  }
}
