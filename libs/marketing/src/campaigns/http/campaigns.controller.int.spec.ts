import type { ContextTestApp } from '@crm/testing';
import { createMarketingTestApp, storedEventCount } from '../../testing/marketing-test-app';
import { CampaignsController } from './campaigns.controller';

const BASE = '/api/v1/campaigns';
const UNKNOWN_ID = '0b5e3c1e-7f4a-4c8e-9a43-2b1d0f6e8a77';
const spring = {
  name: 'Spring launch',
  channel: 'email',
  budget: { amount: '1500', currency: 'eur' },
  period: { from: '2025-03-01', to: '2025-03-31' },
  targetSegmentId: 'segment-7',
};

describe(CampaignsController.name, () => {
  let testApp: ContextTestApp;

  beforeAll(async () => {
    process.env['CRM_MIN_VERSION_WAIT_MS'] = '200';
    testApp = await createMarketingTestApp();
  });

  afterAll(async () => {
    delete process.env['CRM_MIN_VERSION_WAIT_MS'];
    await testApp.close();
  });

  function inject(
    method: 'GET' | 'POST',
    url: string,
    payload?: object,
    headers: Record<string, string> = {},
  ) {
    return testApp.app.inject({ method, url, headers, ...(payload === undefined ? {} : { payload }) });
  }

  async function create(body: object = spring): Promise<string> {
    const response = await inject('POST', BASE, body);
    expect(response.statusCode).toBe(201);
    return response.json<{ id: string }>().id;
  }

  describe('the lifecycle of one campaign', () => {
    let id: string;

    it('creates a draft: 201 with Location, ETag and the exact budget', async () => {
      const response = await inject('POST', BASE, spring);
      expect(response.statusCode).toBe(201);
      id = response.json<{ id: string }>().id;
      expect(response.headers['location']).toBe(`${BASE}/${id}`);
      expect(response.headers['etag']).toBe('"1"');
      expect(response.json()).toMatchObject({
        status: 'draft',
        budget: { amount: '1500.00', currency: 'EUR' },
        period: { from: '2025-03-01', to: '2025-03-31' },
        targetSegmentId: 'segment-7',
        responses: { opened: 0, clicked: 0, replied: 0, converted: 0 },
        version: 1,
      });
    });

    it('reads its own write with X-Min-Version', async () => {
      const response = await inject('GET', `${BASE}/${id}`, undefined, { 'x-min-version': '1' });
      expect(response.statusCode).toBe(200);
      expect(response.headers['etag']).toBe('"1"');
      expect(response.json()).toMatchObject({ id, name: 'Spring launch' });
    });

    it('rejects a response on the draft with 409 and appends nothing', async () => {
      const before = await storedEventCount(testApp);
      const response = await inject('POST', `${BASE}/${id}/responses`, {
        kind: 'opened',
        occurredAt: new Date().toISOString(),
      });
      expect(response.statusCode).toBe(409);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json()).toMatchObject({ code: 'CAMPAIGN.NOT_LAUNCHED' });
      expect(await storedEventCount(testApp)).toBe(before);
    });

    it('refuses to launch on a stale If-Match (412), then launches', async () => {
      const stale = await inject('POST', `${BASE}/${id}/launch`, undefined, { 'if-match': '"7"' });
      expect(stale.statusCode).toBe(412);
      const launched = await inject('POST', `${BASE}/${id}/launch`, undefined, { 'if-match': '"1"' });
      expect(launched.statusCode).toBe(200);
      expect(launched.headers['etag']).toBe('"2"');
      expect(launched.json()).toMatchObject({ status: 'active', version: 2 });
    });

    it('rejects launching twice with 409', async () => {
      const response = await inject('POST', `${BASE}/${id}/launch`);
      expect(response.statusCode).toBe(409);
      expect(response.json()).toMatchObject({ code: 'CAMPAIGN.ALREADY_LAUNCHED' });
    });

    it('records responses and counts them per kind', async () => {
      const leadId = '6a5b4c3d-2e1f-4a0b-9c8d-7e6f5a4b3c2d';
      const occurredAt = new Date().toISOString();
      const recorded = await inject('POST', `${BASE}/${id}/responses`, {
        kind: 'clicked',
        leadId,
        occurredAt,
      });
      expect(recorded.statusCode).toBe(201);
      expect(recorded.headers['etag']).toBe('"3"');
      expect(recorded.json()).toMatchObject({
        campaignId: id,
        kind: 'clicked',
        leadId,
        customerId: null,
        recordedBy: 'user-1',
      });
      await inject('POST', `${BASE}/${id}/responses`, { kind: 'opened', occurredAt });
      const read = await inject('GET', `${BASE}/${id}`, undefined, { 'x-min-version': '4' });
      expect(read.json()).toMatchObject({ responses: { opened: 1, clicked: 1, replied: 0, converted: 0 } });
    });

    it('replays a POST with the same Idempotency-Key without appending', async () => {
      const headers = { 'idempotency-key': 'reply-1' };
      const body = { kind: 'replied', occurredAt: new Date().toISOString() };
      const first = await inject('POST', `${BASE}/${id}/responses`, body, headers);
      const before = await storedEventCount(testApp);
      const second = await inject('POST', `${BASE}/${id}/responses`, body, headers);
      expect(second.statusCode).toBe(201);
      expect(second.headers['idempotent-replayed']).toBe('true');
      expect(second.json()).toEqual(first.json());
      expect(await storedEventCount(testApp)).toBe(before);
    });

    it('completes once; completing again is 409', async () => {
      const completed = await inject('POST', `${BASE}/${id}/complete`);
      expect(completed.statusCode).toBe(200);
      expect(completed.json()).toMatchObject({
        status: 'completed',
        completedAt: expect.any(String) as unknown,
      });
      const again = await inject('POST', `${BASE}/${id}/complete`);
      expect(again.statusCode).toBe(409);
      expect(again.json()).toMatchObject({ code: 'CAMPAIGN.ALREADY_COMPLETED' });
    });
  });

  it('lists by status and channel, newest first, with a cursor', async () => {
    const social = await create({ ...spring, name: 'Social A', channel: 'social' });
    // Newest first is by creation instant: keep the two apart.
    await new Promise((resolve) => setTimeout(resolve, 5));
    const socialLater = await create({ ...spring, name: 'Social B', channel: 'social' });
    await inject('GET', `${BASE}/${socialLater}`, undefined, { 'x-min-version': '1' });
    const first = await inject('GET', `${BASE}?channel=social&status=draft&limit=1`);
    expect(first.statusCode).toBe(200);
    const page = first.json<{ items: { id: string }[]; nextCursor: string }>();
    expect(page.items.map((item) => item.id)).toEqual([socialLater]);
    const second = await inject(
      'GET',
      `${BASE}?channel=social&status=draft&limit=1&cursor=${encodeURIComponent(page.nextCursor)}`,
    );
    expect(second.json<{ items: { id: string }[] }>().items.map((item) => item.id)).toEqual([social]);
  });

  it("keeps tenants apart: another tenant's campaign is not found, not listed, not launchable", async () => {
    const id = await create({ ...spring, name: 'Tenant A only' });
    await inject('GET', `${BASE}/${id}`, undefined, { 'x-min-version': '1' });
    const other = { 'x-test-tenant': 'tenant-b' };
    expect((await inject('GET', `${BASE}/${id}`, undefined, other)).statusCode).toBe(404);
    expect((await inject('GET', `${BASE}/${id}/performance`, undefined, other)).statusCode).toBe(404);
    const launch = await inject('POST', `${BASE}/${id}/launch`, undefined, other);
    expect(launch.json()).toMatchObject({ status: 404, code: 'CAMPAIGN.NOT_FOUND' });
    const listed = await inject('GET', BASE, undefined, other);
    expect(listed.json<{ items: unknown[] }>().items).toEqual([]);
    const lead = await inject('POST', '/api/v1/leads', { name: 'Ann', sourceCampaignId: id }, other);
    expect(lead.json()).toMatchObject({ status: 422, code: 'LEAD.UNKNOWN_CAMPAIGN' });
  });

  it('answers an unknown campaign with 404 and a malformed id with 400', async () => {
    expect((await inject('GET', `${BASE}/${UNKNOWN_ID}`)).statusCode).toBe(404);
    expect((await inject('POST', `${BASE}/${UNKNOWN_ID}/launch`)).json()).toMatchObject({
      code: 'CAMPAIGN.NOT_FOUND',
    });
    expect((await inject('GET', `${BASE}/not-a-uuid`)).statusCode).toBe(400);
  });

  describe('bad input', () => {
    it.each([
      ['a missing budget', { ...spring, budget: undefined }, 400, 'REQUEST.INVALID', 'budget'],
      [
        'a budget as a number',
        { ...spring, budget: { amount: 1500, currency: 'EUR' } },
        400,
        'REQUEST.INVALID',
        'budget.amount',
      ],
      ['an unknown channel', { ...spring, channel: 'carrier-pigeon' }, 400, 'REQUEST.INVALID', 'channel'],
      ['an unknown field', { ...spring, colour: 'red' }, 400, 'REQUEST.INVALID', 'colour'],
      [
        'cents on yen',
        { ...spring, budget: { amount: '10.50', currency: 'JPY' } },
        400,
        'CAMPAIGN.INVALID_BUDGET',
        'budget.amount',
      ],
      [
        'an unknown currency',
        { ...spring, budget: { amount: '10', currency: 'XYZ' } },
        400,
        'CAMPAIGN.INVALID_BUDGET',
        'budget.currency',
      ],
      [
        'a period ending before it starts',
        { ...spring, period: { from: '2025-04-01', to: '2025-03-01' } },
        422,
        'CAMPAIGN.INVALID_PERIOD',
        'period.to',
      ],
      [
        'an impossible date',
        { ...spring, period: { from: '2025-02-30', to: '2025-03-01' } },
        422,
        'CAMPAIGN.INVALID_PERIOD',
        'period.from',
      ],
    ])(
      'rejects %s with a problem naming the field and appends nothing',
      async (_case, payload, status, code, field) => {
        const before = await storedEventCount(testApp);
        const response = await inject('POST', BASE, payload);
        expect(response.statusCode).toBe(status);
        expect(response.headers['content-type']).toContain('application/problem+json');
        expect(response.json()).toMatchObject({
          status,
          code,
          errors: expect.arrayContaining([expect.objectContaining({ field })]) as unknown,
        });
        expect(await storedEventCount(testApp)).toBe(before);
      },
    );

    it('rejects a response with both a customer and a lead, or an unknown kind', async () => {
      const id = await create();
      await inject('POST', `${BASE}/${id}/launch`);
      const before = await storedEventCount(testApp);
      const both = await inject('POST', `${BASE}/${id}/responses`, {
        kind: 'opened',
        customerId: UNKNOWN_ID,
        leadId: UNKNOWN_ID,
        occurredAt: new Date().toISOString(),
      });
      expect(both.statusCode).toBe(400);
      expect(both.json()).toMatchObject({ code: 'CAMPAIGN.AMBIGUOUS_RESPONDENT' });
      const kind = await inject('POST', `${BASE}/${id}/responses`, {
        kind: 'liked',
        occurredAt: new Date().toISOString(),
      });
      expect(kind.statusCode).toBe(400);
      expect(kind.json()).toMatchObject({ code: 'REQUEST.INVALID' });
      expect(await storedEventCount(testApp)).toBe(before);
    });
  });
});
