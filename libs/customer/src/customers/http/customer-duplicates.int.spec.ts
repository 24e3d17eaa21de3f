import { SalesIntegrationEventTypes as Sales } from '@crm/contracts';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { closeCustomersTestApp, createCustomersTestApp } from './customers-test-app';
import { eventually, placedAndPaid, salesStandIns } from './sales-stand-ins';

const BASE = '/api/v1/customers';
const berlin = { line1: 'Hauptstrasse 1', city: 'Berlin', country: 'DE' };

interface Pair {
  customerIds: string[];
  reasons: string[];
  score: number;
}
interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

describe('likely duplicates and merging', () => {
  let app: NestFastifyApplication;
  let sales: ReturnType<typeof salesStandIns>;

  beforeAll(async () => {
    app = await createCustomersTestApp();
    sales = salesStandIns(app);
  });

  afterAll(async () => {
    await closeCustomersTestApp(app);
  });

  async function register(payload: object): Promise<string> {
    const response = await app.inject({ method: 'POST', url: BASE, payload: { type: 'person', ...payload } });
    expect(response.statusCode).toBe(201);
    return response.json<{ id: string }>().id;
  }

  function pairsWith(id: string, query = ''): Promise<Pair[]> {
    return eventually(
      async () =>
        (await app.inject({ method: 'GET', url: `${BASE}/duplicates?customerId=${id}${query}` })).json<
          Page<Pair>
        >().items,
      (items) => items.length > 0,
    );
  }

  it('flags the same email, the same phone and a similar name in the same city, not in another', async () => {
    const ada = await register({ name: 'Ada Lovelace', email: 'ada@example.org' });
    const byEmail = await register({ name: 'A. King', email: ' ADA@example.org ' });
    expect(await pairsWith(ada)).toEqual([
      expect.objectContaining({ customerIds: [ada, byEmail].sort(), reasons: ['email'], score: 1 }),
    ]);

    const alan = await register({ name: 'Alan Turing', phone: '+44 20 7946 0000' });
    const byPhone = await register({ name: 'A. M. Turing', phone: '+442079460000' });
    expect((await pairsWith(alan, '&reason=phone')).map((pair) => pair.customerIds)).toEqual([
      [alan, byPhone].sort(),
    ]);

    const jon = await register({ name: 'Jon Smith', address: berlin });
    const john = await register({ name: 'John Smith', address: berlin });
    const munich = await register({ name: 'John Smith', address: { ...berlin, city: 'München' } });
    const [pair] = await pairsWith(jon, '&reason=name');
    expect(pair).toEqual(expect.objectContaining({ customerIds: [jon, john].sort(), reasons: ['name'] }));
    expect(pair?.score).toBeGreaterThan(0.9);
    const munichPairs = await app.inject({ method: 'GET', url: `${BASE}/duplicates?customerId=${munich}` });
    expect(munichPairs.json<Page<Pair>>().items).toEqual([]);

    const details = await app.inject({ method: 'GET', url: `${BASE}/${jon}` });
    expect(details.json<{ possibleDuplicates: unknown[] }>().possibleDuplicates).toEqual([
      expect.objectContaining({ customerId: john, name: 'John Smith', reasons: ['name'] }),
    ]);
  });

  it('pages the pairs with a cursor and rejects an unknown reason', async () => {
    const first = await app.inject({ method: 'GET', url: `${BASE}/duplicates?limit=1` });
    const page = first.json<Page<Pair>>();
    expect(page.items).toHaveLength(1);
    expect(page.nextCursor).not.toBeNull();
    const next = await app.inject({
      method: 'GET',
      url: `${BASE}/duplicates?limit=1&cursor=${encodeURIComponent(page.nextCursor ?? '')}`,
    });
    expect(next.json<Page<Pair>>().items[0]).not.toEqual(page.items[0]);
    const bad = await app.inject({ method: 'GET', url: `${BASE}/duplicates?reason=shoe-size` });
    expect(bad.statusCode).toBe(400);
    expect(bad.headers['content-type']).toContain('application/problem+json');
  });

  it("moves the duplicate's interactions, timeline and sales under the survivor and records lineage", async () => {
    const survivor = await register({ name: 'Grace Hopper', email: 'grace@navy.example' });
    const duplicate = await register({ name: 'Grace B. Hopper', email: 'grace@navy.example' });
    await app.inject({
      method: 'POST',
      url: `${BASE}/${duplicate}/interactions`,
      payload: {
        channel: 'email',
        direction: 'inbound',
        subject: 'COBOL',
        occurredAt: '2025-02-01T09:00:00.000Z',
      },
    });
    const total = { amount: '12.50', currency: 'EUR' };
    await sales(
      'merge-1',
      placedAndPaid({
        orderId: 'merge-1',
        customerId: duplicate,
        channel: 'direct',
        orderedAt: '2025-02-02T00:00:00.000Z',
        paidAt: '2025-02-03T00:00:00.000Z',
        total,
      }),
    );
    await pairsWith(survivor);

    const merged = await app.inject({
      method: 'POST',
      url: `${BASE}/${survivor}/merge`,
      headers: { 'if-match': '"1"' },
      payload: { duplicateId: duplicate },
    });
    expect(merged.statusCode).toBe(200);
    expect(merged.headers['etag']).toBe('"2"');
    expect(merged.json()).toEqual(expect.objectContaining({ id: survivor, mergedFrom: [duplicate] }));

    const details = await eventually(
      async () =>
        (await app.inject({ method: 'GET', url: `${BASE}/${survivor}` })).json<{
          mergedFrom: string[];
          sales: { orderCount: number; lifetimeValue: unknown[] };
          possibleDuplicates: unknown[];
        }>(),
      (view) => view.sales.orderCount === 1 && view.possibleDuplicates.length === 0,
    );
    expect(details).toEqual(
      expect.objectContaining({
        mergedFrom: [duplicate],
        sales: expect.objectContaining({ orderCount: 1, lifetimeValue: [total] }) as unknown,
        possibleDuplicates: [],
      }),
    );
    const interactions = await app.inject({ method: 'GET', url: `${BASE}/${survivor}/interactions` });
    expect(interactions.json<Page<{ customerId: string }>>().items).toEqual([
      expect.objectContaining({ customerId: duplicate, subject: 'COBOL' }),
    ]);
    const timeline = await app.inject({ method: 'GET', url: `${BASE}/${survivor}/timeline` });
    expect(timeline.json<Page<{ event: string }>>().items.map((entry) => entry.event)).toEqual(
      expect.arrayContaining(['customer.InteractionLogged', Sales.orderPlaced, Sales.orderPaid]),
    );
    const history = await app.inject({ method: 'GET', url: `${BASE}/${survivor}/history` });
    expect(history.json<{ customerId: string; type: string }[]>().map((entry) => entry.customerId)).toEqual(
      expect.arrayContaining([survivor, duplicate]),
    );

    const gone = await app.inject({
      method: 'GET',
      url: `${BASE}/${duplicate}`,
      headers: { 'x-min-version': '3' },
    });
    expect(gone.statusCode).toBe(200);
    expect(gone.json()).toEqual(expect.objectContaining({ mergedInto: survivor }));
    const pairs = await app.inject({ method: 'GET', url: `${BASE}/duplicates?customerId=${survivor}` });
    expect(pairs.json<Page<Pair>>().items).toEqual([]);

    const again = await app.inject({
      method: 'POST',
      url: `${BASE}/${survivor}/merge`,
      payload: { duplicateId: duplicate },
    });
    expect(again.statusCode).toBe(200);
    expect(again.headers['etag']).toBe('"2"');
  });

  it('answers broken merge rules as problem+json', async () => {
    const survivor = await register({ name: 'Survivor' });
    const duplicate = await register({ name: 'Duplicate' });
    const archived = await register({ name: 'Archived' });
    await app.inject({ method: 'POST', url: `${BASE}/${archived}/archive`, payload: {} });
    const merge = (into: string, duplicateId: string) =>
      app.inject({ method: 'POST', url: `${BASE}/${into}/merge`, payload: { duplicateId } });

    const cases: [ReturnType<typeof merge>, number, string][] = [
      [merge(survivor, survivor), 400, 'CUSTOMER.CANNOT_MERGE_INTO_ITSELF'],
      [merge(survivor, '00000000-0000-4000-8000-000000000000'), 404, 'CUSTOMER.NOT_FOUND'],
      [merge(survivor, archived), 422, 'CUSTOMER.ARCHIVED'],
      [merge(archived, duplicate), 422, 'CUSTOMER.ARCHIVED'],
    ];
    for (const [response, status, code] of cases) {
      const answered = await response;
      expect(answered.statusCode).toBe(status);
      expect(answered.json<{ type: string }>().type).toContain(code.toLowerCase());
    }
    const bad = await app.inject({
      method: 'POST',
      url: `${BASE}/${survivor}/merge`,
      payload: { duplicateId: 'x' },
    });
    expect(bad.statusCode).toBe(400);

    expect((await merge(survivor, duplicate)).statusCode).toBe(200);
    const patched = await app.inject({
      method: 'PATCH',
      url: `${BASE}/${duplicate}`,
      payload: { name: 'Again' },
    });
    expect(patched.statusCode).toBe(422);
    expect(patched.json<{ type: string }>().type).toContain('customer.merged');
    expect((await merge(duplicate, survivor)).statusCode).toBe(422);
    const stale = await app.inject({
      method: 'POST',
      url: `${BASE}/${survivor}/merge`,
      headers: { 'if-match': '"1"' },
      payload: { duplicateId: archived },
    });
    expect(stale.statusCode).toBe(412);
  });
});
