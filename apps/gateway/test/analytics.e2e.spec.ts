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

  it('summarises and compares the sales of a date range', async () => {
    const summary = await gateway.request<
      Body & { revenue: number; orders: number; averageOrderValue: Body }
    >('GET', '/api/v1/analytics/summary?from=2026-01-01T00:00:00Z&to=2026-02-01T00:00:00Z');
    expect(summary.status).toBe(200);
    // Every grocery item is one unit at 1.00 EUR: revenue is the item count (43,367 plus the fresh order).
    expect(summary.body).toMatchObject({ revenue: 43368, orders: 9836, cancelledOrReturned: 0 });
    expect(summary.body.averageOrderValue['mean']).toBeCloseTo(43368 / 9836, 9);
    expect(summary.body.averageOrderValue['median']).toBe(3);
    const byChannel = await gateway.request<{ groups: { group: string; value: number }[] }>(
      'GET',
      '/api/v1/analytics/compare?metric=revenue&by=channel',
    );
    expect(byChannel.body.groups).toEqual([expect.objectContaining({ group: 'retail', value: 43368 })]);
    const byPeriod = await gateway.request<{ groups: { group: string; value: number }[] }>(
      'GET',
      '/api/v1/analytics/compare?metric=orders&by=period&interval=week',
    );
    expect(byPeriod.body.groups.reduce((total, group) => total + group.value, 0)).toBe(9836);
  });

  it('forecasts daily grocery sales with prediction intervals and a back-tested MAPE', async () => {
    const forecast = await gateway.request<{
      items: {
        key: string;
        history: unknown[];
        forecast: { mean: number; lower: number; upper: number }[];
        backtest: { mape: number };
      }[];
    }>('GET', '/api/v1/analytics/forecasts/sales?by=category&key=groceries&interval=day&horizon=7');
    expect(forecast.status).toBe(200);
    const [groceries] = forecast.body.items;
    expect(groceries?.history).toHaveLength(28);
    expect(groceries?.forecast).toHaveLength(7);
    for (const point of groceries?.forecast ?? []) {
      expect(point.lower).toBeLessThan(point.mean);
      expect(point.mean).toBeLessThan(point.upper);
    }
    expect(groceries?.backtest.mape).toBeGreaterThan(0);
    expect(groceries?.backtest.mape).toBeLessThan(1);
  });

  describe('with customers who keep buying and customers who stopped', () => {
    beforeAll(async () => {
      await importOrders(loyalAndLapsingOrders());
      await until(async () => {
        const summary = await gateway.request<{ customers: { known: number } }>(
          'GET',
          '/api/v1/analytics/summary',
        );
        return summary.body.customers.known === 41;
      }, 60_000);
    }, 120_000);

    it('segments every customer by K-means with k chosen by silhouette, described in words', async () => {
      const started = await gateway.request<{ id: string }>('POST', '/api/v1/analytics/segments/recompute', {
        body: { algorithm: 'kmeans' },
      });
      expect(started.status).toBe(202);
      expect(started.headers.get('location')).toBe(`/api/v1/analytics/jobs/${started.body.id}`);
      let job: { status: string; progress: { done: number; total: number } } = {
        status: 'running',
        progress: { done: 0, total: 1 },
      };
      await until(async () => {
        job = (await gateway.request<typeof job>('GET', `/api/v1/analytics/jobs/${started.body.id}`)).body;
        return job.status !== 'running';
      }, 30_000);
      expect(job).toMatchObject({ status: 'completed', progress: { done: 4, total: 4 } });

      const current = await gateway.request<{
        algorithm: string;
        customers: number;
        candidates: { k: number }[];
        segments: { id: string; label: string; description: string; size: number }[];
      }>('GET', '/api/v1/analytics/segments');
      expect(current.body.algorithm).toBe('kmeans');
      expect(current.body.customers).toBe(41);
      expect(current.body.candidates.length).toBeGreaterThan(1);
      expect(current.body.segments.length).toBeGreaterThanOrEqual(2);
      expect(current.body.segments.reduce((total, segment) => total + segment.size, 0)).toBe(41);
      for (const segment of current.body.segments)
        expect(segment.description).toMatch(/^[A-Z].*: \d+ customers/);

      const [first] = current.body.segments;
      const members: string[] = [];
      let cursor: string | null = null;
      do {
        const page: HttpResult<{ items: { customerId: string }[]; nextCursor: string | null }> =
          await gateway.request(
            'GET',
            `/api/v1/analytics/segments/${first?.id ?? ''}/members?limit=5${cursor === null ? '' : `&cursor=${cursor}`}`,
          );
        members.push(...page.body.items.map((member) => member.customerId));
        cursor = page.body.nextCursor;
      } while (cursor !== null);
      expect(new Set(members).size).toBe(first?.size);
    });

    it('segments by DBSCAN too, noise included in the sizes', async () => {
      const started = await gateway.request<{ id: string }>('POST', '/api/v1/analytics/segments/recompute', {
        body: { algorithm: 'dbscan', eps: 1.5, minPoints: 3 },
      });
      await until(async () => {
        const job = await gateway.request<{ status: string }>(
          'GET',
          `/api/v1/analytics/jobs/${started.body.id}`,
        );
        return job.body.status === 'completed';
      }, 30_000);
      const current = await gateway.request<{ algorithm: string; segments: { size: number }[] }>(
        'GET',
        '/api/v1/analytics/segments',
      );
      expect(current.body.algorithm).toBe('dbscan');
      expect(current.body.segments.reduce((total, segment) => total + segment.size, 0)).toBe(41);
    });

    it.each(['logistic', 'svm'])(
      'trains a %s churn model and reports its cross-validated ROC AUC',
      async (algorithm) => {
        const trained = await gateway.request<{
          rocAuc: { mean: number; folds: number[] };
          customers: number;
          churned: number;
        }>('POST', '/api/v1/analytics/models/churn/train', { body: { algorithm, windowDays: 30 } });
        expect(trained.status).toBe(200);
        // The walk-in customer's first basket is after the cut-off (30 days before the last): not labelled.
        expect(trained.body).toMatchObject({ customers: 40, churned: 20 });
        expect(trained.body.rocAuc.folds).toHaveLength(5);
        expect(trained.body.rocAuc.mean).toBeGreaterThanOrEqual(0);
        expect(trained.body.rocAuc.mean).toBeLessThanOrEqual(1);
      },
    );

    it('ranks the customers who stopped buying as the churn risks, with the features behind it', async () => {
      await gateway.request('POST', '/api/v1/analytics/models/churn/train', {
        body: { algorithm: 'logistic' },
      });
      const risks = await gateway.request<{
        items: { customerId: string; risk: number; drivers: { feature: string }[] }[];
      }>('GET', '/api/v1/analytics/churn?limit=20');
      expect(risks.status).toBe(200);
      const lapsing = await customerIdsOf('CUS-LAPSING');
      expect(new Set(risks.body.items.map((item) => item.customerId))).toEqual(lapsing);
      expect(risks.body.items[0]?.drivers.map((driver) => driver.feature)).toContain('recencyDays');
      const one = await gateway.request<{ items: unknown[] }>(
        'GET',
        `/api/v1/analytics/churn?customerId=${[...lapsing][0] ?? ''}`,
      );
      expect(one.body.items).toHaveLength(1);
    });

    it('correlates customer features', async () => {
      const correlations = await gateway.request<{ metrics: string[]; matrix: (number | null)[][] }>(
        'GET',
        '/api/v1/analytics/correlations?metrics=frequency,lifetimeValue,recencyDays',
      );
      expect(correlations.status).toBe(200);
      expect(correlations.body.matrix).toHaveLength(3);
      expect(correlations.body.matrix[0]?.[0]).toBe(1);
      expect(correlations.body.matrix[0]?.[1]).toBeGreaterThan(0);
    });
  });

  async function customerIdsOf(prefix: string): Promise<Set<string>> {
    const page = await gateway.request<{ items: { id: string }[] }>(
      'GET',
      `/api/v1/customers?search=${prefix}&limit=100`,
    );
    return new Set(page.body.items.map((customer) => customer.id));
  }
});

async function until(condition: () => Promise<boolean>, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`);
    await new Promise((done) => setTimeout(done, 50));
  }
}

const DAY_MS = 86_400_000;

/**
 * 20 customers who order every week up to the last grocery day, and 20 who ordered every ten days but
 * stopped two months before it, at different basket values and channels.
 */
function loyalAndLapsingOrders(): string {
  const last = Date.parse('2026-01-27T12:00:00Z');
  const rows: string[] = [ORDERS_HEADER + ',productName,category'];
  for (let customer = 1; customer <= 20; customer++) {
    for (const [kind, every, stopsBefore] of [
      ['LOYAL', 7, 0],
      ['LAPSING', 10, 60],
    ] as const) {
      const ref = `CUS-${kind}-${String(customer).padStart(2, '0')}`;
      const channel = ['e-commerce', 'direct', 'partner'][customer % 3] ?? 'direct';
      for (let day = 120; day >= stopsBefore + (customer % 5); day -= every) {
        const orderedAt = new Date(last - day * DAY_MS).toISOString();
        const quantity = 1 + (customer % 4);
        rows.push(
          `${ref}-${day},${ref},${orderedAt},${channel},GIFT-${customer % 6},${quantity},${5 + customer}.00,EUR,paid,Gift ${customer % 6},gifts`,
        );
      }
    }
  }
  return rows.join('\n');
}
