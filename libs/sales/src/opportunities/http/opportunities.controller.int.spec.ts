import type { ContextTestApp } from '@crm/testing';
import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { storedEventCount } from '../../shared/http/event-count';
import { createSalesTestApp } from '../../shared/http/sales-test-app';
import { OpportunitiesController } from './opportunities.controller';

const BASE = '/api/v1/opportunities';
const CUSTOMER_ID = '6f1d7a52-3c9e-4b8a-9d0e-1f2a3b4c5d6e';
const deal = { customerId: CUSTOMER_ID, name: 'Fleet renewal', amount: { amount: '12000', currency: 'EUR' } };

interface Body {
  id: string;
  stage: string;
  version: number;
}

describe(OpportunitiesController.name, () => {
  let testApp: ContextTestApp;
  let app: NestFastifyApplication;

  beforeAll(async () => {
    testApp = await createSalesTestApp();
    app = testApp.app;
  });

  afterAll(() => testApp.close());

  function post(url: string, payload: object, headers: Record<string, string> = {}) {
    return app.inject({ method: 'POST', url, payload, headers });
  }

  describe('the lifecycle of one opportunity', () => {
    let id: string;

    it('opens a lead owned by the caller: 201, Location, ETag, lead probability', async () => {
      const response = await post(BASE, { ...deal, expectedCloseDate: '2025-03-31' });
      expect(response.statusCode).toBe(201);
      const body = response.json<Body>();
      id = body.id;
      expect(response.headers['location']).toBe(`${BASE}/${id}`);
      expect(response.headers['etag']).toBe('"1"');
      expect(body).toMatchObject({
        stage: 'lead',
        probability: 0.1,
        amount: { amount: '12000.00', currency: 'EUR' },
        weightedAmount: { amount: '1200.00', currency: 'EUR' },
        ownerId: 'user-1',
        expectedCloseDate: '2025-03-31',
        closed: false,
        timeInStageSeconds: { lead: 0 },
      });
    });

    it('moves to proposal with If-Match and refuses a stale If-Match with 412', async () => {
      const moved = await post(`${BASE}/${id}/stage`, { stage: 'proposal' }, { 'if-match': '"1"' });
      expect(moved.statusCode).toBe(200);
      expect(moved.headers['etag']).toBe('"2"');
      expect(moved.json()).toMatchObject({ stage: 'proposal', probability: 0.5 });
      const stale = await post(`${BASE}/${id}/stage`, { stage: 'negotiation' }, { 'if-match': '"1"' });
      expect(stale.statusCode).toBe(412);
    });

    it('refuses closing through /stage: 400, nothing appended', async () => {
      const before = await storedEventCount(app);
      const response = await post(`${BASE}/${id}/stage`, { stage: 'won' });
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({ errors: [{ field: 'stage' }] });
      expect(await storedEventCount(app)).toBe(before);
    });

    it('shows the stage history and the time spent in each stage on GET', async () => {
      const response = await app.inject({
        method: 'GET',
        url: `${BASE}/${id}`,
        headers: { 'x-min-version': '2' },
      });
      expect(response.statusCode).toBe(200);
      expect(response.headers['etag']).toBe('"2"');
      const body = response.json<{
        stageHistory: { stage: string; leftAt: string | null }[];
        timeInStageSeconds: object;
      }>();
      expect(body.stageHistory.map((period) => [period.stage, period.leftAt === null])).toEqual([
        ['lead', false],
        ['proposal', true],
      ]);
      expect(Object.keys(body.timeInStageSeconds)).toEqual(['lead', 'proposal']);
    });

    it('wins, then refuses to lose or win it again: 422 OPPORTUNITY.ALREADY_CLOSED', async () => {
      const won = await post(`${BASE}/${id}/win`, { reason: 'Best total cost' });
      expect(won.statusCode).toBe(200);
      expect(won.json()).toMatchObject({
        stage: 'won',
        probability: 1,
        closed: true,
        closeReason: 'Best total cost',
      });
      const before = await storedEventCount(app);
      for (const [path, payload] of [
        ['lose', { reason: 'Changed mind' }],
        ['win', {}],
        ['stage', { stage: 'lead' }],
      ] as const) {
        const response = await post(`${BASE}/${id}/${path}`, payload);
        expect(response.statusCode).toBe(422);
        expect(response.headers['content-type']).toContain('application/problem+json');
        expect(response.json()).toMatchObject({ code: 'OPPORTUNITY.ALREADY_CLOSED' });
      }
      expect(await storedEventCount(app)).toBe(before);
    });
  });

  it('requires a reason to lose: 400 with the field, nothing appended', async () => {
    const opened = (await post(BASE, deal)).json<Body>();
    const before = await storedEventCount(app);
    for (const payload of [{}, { reason: '  ' }]) {
      const response = await post(`${BASE}/${opened.id}/lose`, payload);
      expect(response.statusCode).toBe(400);
      const fields = response.json<{ errors: { field: string }[] }>().errors.map((error) => error.field);
      expect(fields).toContain('reason');
    }
    expect(await storedEventCount(app)).toBe(before);
    const lost = await post(`${BASE}/${opened.id}/lose`, { reason: 'Budget cut' });
    expect(lost.json()).toMatchObject({ stage: 'lost', probability: 0, closeReason: 'Budget cut' });
  });

  it('rejects bad input with field-level problem+json and appends nothing', async () => {
    const before = await storedEventCount(app);
    const response = await post(BASE, {
      customerId: 'not-a-uuid',
      name: 'x',
      amount: { amount: '1,000', currency: 'EUR' },
      probability: 2,
    });
    expect(response.statusCode).toBe(400);
    const fields = response.json<{ errors: { field: string }[] }>().errors.map((error) => error.field);
    expect(fields).toEqual(expect.arrayContaining(['customerId', 'amount.amount', 'probability']));
    const badDate = await post(BASE, { ...deal, expectedCloseDate: '2025-02-30' });
    expect(badDate.statusCode).toBe(400);
    expect(badDate.json()).toMatchObject({ code: 'OPPORTUNITY.INVALID_CLOSE_DATE' });
    expect(await storedEventCount(app)).toBe(before);
  });

  it('answers 404 for an unknown or foreign opportunity', async () => {
    const opened = (await post(BASE, deal)).json<Body>();
    const foreign = await post(`${BASE}/${opened.id}/win`, {}, { 'x-test-tenant': 'tenant-2' });
    expect(foreign.statusCode).toBe(404);
    expect(foreign.json()).toMatchObject({ code: 'OPPORTUNITY.NOT_FOUND' });
  });

  it('reports the pipeline per stage, owner and currency, with won and lost apart', async () => {
    const tenant = { 'x-test-tenant': 'tenant-pipeline' };
    const open = async (payload: object, headers: Record<string, string> = {}) => {
      const response = await post(BASE, { ...deal, ...payload }, { ...tenant, ...headers });
      expect(response.statusCode).toBe(201);
      return response.json<Body>();
    };
    await open({ amount: { amount: '0.10', currency: 'EUR' } });
    await open({ amount: { amount: '0.20', currency: 'EUR' } });
    await open({ amount: { amount: '100.00', currency: 'USD' }, stage: 'negotiation', ownerId: 'user-2' });
    const won = await open({ amount: { amount: '500.00', currency: 'EUR' } });
    await post(`${BASE}/${won.id}/win`, {}, tenant);
    const last = await open({
      amount: { amount: '1.00', currency: 'EUR' },
      stage: 'qualified',
      probability: 0.3,
    });
    await app.inject({
      method: 'GET',
      url: `${BASE}/${last.id}`,
      headers: { ...tenant, 'x-min-version': '1' },
    });

    const pipeline = await app.inject({ method: 'GET', url: '/api/v1/pipeline', headers: tenant });
    expect(pipeline.statusCode).toBe(200);
    expect(pipeline.json()).toEqual({
      stages: [
        { stage: 'lead', currency: 'EUR', count: 2, amount: '0.30', weightedAmount: '0.03' },
        { stage: 'qualified', currency: 'EUR', count: 1, amount: '1.00', weightedAmount: '0.30' },
        { stage: 'negotiation', currency: 'USD', count: 1, amount: '100.00', weightedAmount: '75.00' },
      ],
      owners: [
        { ownerId: 'user-1', currency: 'EUR', count: 3, amount: '1.30', weightedAmount: '0.33' },
        { ownerId: 'user-2', currency: 'USD', count: 1, amount: '100.00', weightedAmount: '75.00' },
      ],
      open: [
        { currency: 'EUR', count: 3, amount: '1.30', weightedAmount: '0.33' },
        { currency: 'USD', count: 1, amount: '100.00', weightedAmount: '75.00' },
      ],
      won: [{ currency: 'EUR', count: 1, amount: '500.00' }],
      lost: [],
    });
    const mine = await app.inject({ method: 'GET', url: '/api/v1/pipeline?ownerId=user-2', headers: tenant });
    expect(mine.json<{ open: unknown[] }>().open).toEqual([
      { currency: 'USD', count: 1, amount: '100.00', weightedAmount: '75.00' },
    ]);

    const list = await app.inject({ method: 'GET', url: `${BASE}?stage=lead&limit=1`, headers: tenant });
    const page = list.json<{ items: Body[]; nextCursor: string | null }>();
    expect(page.items).toHaveLength(1);
    expect(page.nextCursor).not.toBeNull();
    const byOwner = await app.inject({ method: 'GET', url: `${BASE}?ownerId=user-2`, headers: tenant });
    expect(byOwner.json<{ items: Body[] }>().items.map((item) => item.stage)).toEqual(['negotiation']);
  });
});
