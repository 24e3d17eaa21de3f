import { CaseQueryService } from '../application/case-query.service';
import { SlaBreachScheduler } from '../sla/sla-breach.scheduler';
import { createCasesTestApp, type CasesTestApp } from './cases-test-app';

const BASE = '/api/v1/cases';
const ACME = '6f1d7a52-3c9e-4b8a-9d0e-1f2a3b4c5d6e';
const BETA = '9a8b7c6d-5e4f-4a3b-8c2d-1e0f9a8b7c6d';
const OTHER_TENANT = { 'x-test-tenant': 'tenant-other' };

interface Page {
  items: { subject: string; commentCount: number; comments?: unknown }[];
  nextCursor: string | null;
}

describe(CaseQueryService.name, () => {
  let test: CasesTestApp;

  const post = (url: string, payload: object, headers: Record<string, string> = {}) =>
    test.app.inject({ method: 'POST', url, payload, headers });

  async function open(subject: string, body: object, headers: Record<string, string> = {}): Promise<string> {
    test.clock.advanceMinutes(1);
    const response = await post(
      BASE,
      { type: 'repair', priority: 'normal', customerId: ACME, subject, ...body },
      headers,
    );
    expect(response.statusCode).toBe(201);
    return response.json<{ id: string }>().id;
  }

  async function subjects(query: string, headers: Record<string, string> = {}): Promise<string[]> {
    const response = await test.app.inject({ method: 'GET', url: `${BASE}${query}`, headers });
    expect(response.statusCode).toBe(200);
    return response.json<Page>().items.map((item) => item.subject);
  }

  beforeAll(async () => {
    test = await createCasesTestApp();
    test.clock.set('2025-03-03T08:00:00.000Z');
    // Opened one minute apart, so "newest first" is this list backwards.
    await open('Urgent jam', { priority: 'urgent', assigneeId: 'agent-1' });
    const training = await open('Training', { type: 'training', priority: 'low', customerId: BETA });
    const solved = await open('Solved', { priority: 'high', assigneeId: 'agent-2' });
    await open('Waiting', { priority: 'urgent' });
    await open('Hidden', { priority: 'urgent' }, OTHER_TENANT);
    await post(`${BASE}/${training}/comments`, { body: 'Booked for Monday' });
    await post(`${BASE}/${solved}/resolve`, { resolution: 'Fixed' });
    await test.caughtUp();
    // Two hours on, the urgent cases of both tenants are past their first response (1 h).
    test.clock.advanceMinutes(120);
    await test.app.get(SlaBreachScheduler).scan();
    await test.caughtUp();
  });

  afterAll(async () => {
    await test.close();
  });

  it("lists the tenant's cases newest first without their comments, never another tenant's", async () => {
    expect(await subjects('')).toEqual(['Waiting', 'Solved', 'Training', 'Urgent jam']);
    expect(await subjects('', OTHER_TENANT)).toEqual(['Hidden']);
    const page = (await test.app.inject({ method: 'GET', url: `${BASE}?customerId=${BETA}` })).json<Page>();
    expect(page.items).toEqual([expect.objectContaining({ subject: 'Training', commentCount: 1 })]);
    expect(page.items[0]?.comments).toBeUndefined();
  });

  it('filters by breached', async () => {
    expect(await subjects('?breached=true')).toEqual(['Waiting', 'Urgent jam']);
    expect(await subjects('?breached=false')).toEqual(['Solved', 'Training']);
    expect(await subjects('?breached=true', OTHER_TENANT)).toEqual(['Hidden']);
  });

  it('filters by status, customer, assignee and priority', async () => {
    expect(await subjects('?status=resolved')).toEqual(['Solved']);
    expect(await subjects('?status=in_progress')).toEqual(['Training', 'Urgent jam']);
    expect(await subjects(`?customerId=${ACME}&priority=urgent`)).toEqual(['Waiting', 'Urgent jam']);
    expect(await subjects('?assigneeId=agent-2')).toEqual(['Solved']);
  });

  it('pages with a cursor until nextCursor is null', async () => {
    const first = (await test.app.inject({ method: 'GET', url: `${BASE}?limit=3` })).json<Page>();
    expect(first.items.map((item) => item.subject)).toEqual(['Waiting', 'Solved', 'Training']);
    const rest = await subjects(`?limit=3&cursor=${first.nextCursor ?? ''}`);
    expect(rest).toEqual(['Urgent jam']);
    const malformed = await test.app.inject({ method: 'GET', url: `${BASE}?cursor=bm90LWEtY3Vyc29y` });
    expect(malformed.statusCode).toBe(400);
  });

  it('counts open and in-progress cases per assignee, with the breached ones', async () => {
    const response = await test.app.inject({ method: 'GET', url: `${BASE}/workload` });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({
      // Busiest first: the unassigned pile holds two cases.
      items: [
        { assigneeId: null, open: 1, inProgress: 1, total: 2, breached: 1 },
        { assigneeId: 'agent-1', open: 0, inProgress: 1, total: 1, breached: 1 },
      ],
    });
    const other = await test.app.inject({ method: 'GET', url: `${BASE}/workload`, headers: OTHER_TENANT });
    expect(other.json()).toEqual({
      items: [{ assigneeId: null, open: 1, inProgress: 0, total: 1, breached: 1 }],
    });
  });
});
