import { CasesController } from './cases.controller';
import { createCasesTestApp, type CasesTestApp } from './cases-test-app';

const BASE = '/api/v1/cases';
const CUSTOMER_ID = '6f1d7a52-3c9e-4b8a-9d0e-1f2a3b4c5d6e';
const UNKNOWN_ID = '0b5e3c1e-7f4a-4c8e-9a43-2b1d0f6e8a77';
const OTHER_TENANT = { 'x-test-tenant': 'tenant-other' };

interface CaseBody {
  id: string;
}

describe(CasesController.name, () => {
  let test: CasesTestApp;

  beforeAll(async () => {
    test = await createCasesTestApp();
  });

  afterAll(async () => {
    await test.close();
  });

  const post = (url: string, payload: object, headers: Record<string, string> = {}) =>
    test.app.inject({ method: 'POST', url, payload, headers });

  async function openCase(overrides: object = {}): Promise<CaseBody> {
    const response = await post(BASE, {
      customerId: CUSTOMER_ID,
      type: 'repair',
      priority: 'urgent',
      subject: 'Printer jams',
      ...overrides,
    });
    expect(response.statusCode).toBe(201);
    return response.json<CaseBody>();
  }

  describe('bad input', () => {
    it.each([
      ['a missing customer', { type: 'repair', priority: 'low', subject: 'x' }, 'customerId'],
      [
        'a customer id that is no UUID',
        { customerId: 'acme', type: 'repair', priority: 'low', subject: 'x' },
        'customerId',
      ],
      ['an unknown type', { customerId: CUSTOMER_ID, type: 'magic', priority: 'low', subject: 'x' }, 'type'],
      [
        'an unknown priority',
        { customerId: CUSTOMER_ID, type: 'repair', priority: 'asap', subject: 'x' },
        'priority',
      ],
      [
        'a blank subject',
        { customerId: CUSTOMER_ID, type: 'repair', priority: 'low', subject: '  ' },
        'subject',
      ],
      [
        'an unknown field',
        { customerId: CUSTOMER_ID, type: 'repair', priority: 'low', subject: 'x', sla: 1 },
        'sla',
      ],
    ])('rejects %s with a 400 problem naming the field, appending nothing', async (_case, payload, field) => {
      const before = await test.eventCount();
      const response = await post(BASE, payload);
      expect(response.statusCode).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json()).toMatchObject({
        status: 400,
        code: 'REQUEST.INVALID',
        errors: expect.arrayContaining([expect.objectContaining({ field })]) as unknown,
      });
      expect(await test.eventCount()).toBe(before);
    });

    it('rejects a satisfaction outside 1..5 with 422 and one that is no integer with 400', async () => {
      const opened = await openCase();
      await post(`${BASE}/${opened.id}/resolve`, { resolution: 'Done' });
      const before = await test.eventCount();
      for (const satisfaction of [0, 6]) {
        const response = await post(`${BASE}/${opened.id}/close`, { satisfaction });
        expect(response.statusCode).toBe(422);
        expect(response.headers['content-type']).toContain('application/problem+json');
        expect(response.json()).toMatchObject({
          code: 'CASE.INVALID_SATISFACTION',
          errors: [expect.objectContaining({ field: 'satisfaction' })],
        });
      }
      for (const satisfaction of [4.5, 'five', null]) {
        const response = await post(`${BASE}/${opened.id}/close`, { satisfaction });
        expect(response.statusCode).toBe(400);
      }
      expect(await test.eventCount()).toBe(before);
    });

    it('rejects empty bodies of the actions, a malformed id, If-Match and X-Min-Version with 400', async () => {
      const opened = await openCase();
      const responses = [
        await post(`${BASE}/${opened.id}/assign`, {}),
        await post(`${BASE}/${opened.id}/comments`, { body: '' }),
        await post(`${BASE}/${opened.id}/resolve`, {}),
        await post(`${BASE}/${opened.id}/reopen`, { reason: ' ' }),
        await post(`${BASE}/not-a-uuid/assign`, { assigneeId: 'a' }),
        await post(`${BASE}/${opened.id}/assign`, { assigneeId: 'a' }, { 'if-match': 'three' }),
        await test.app.inject({
          method: 'GET',
          url: `${BASE}/${opened.id}`,
          headers: { 'x-min-version': 'soon' },
        }),
        await test.app.inject({ method: 'GET', url: `${BASE}?breached=maybe` }),
        await test.app.inject({ method: 'GET', url: `${BASE}?status=lost` }),
      ];
      for (const response of responses) {
        expect(response.statusCode).toBe(400);
        expect(response.headers['content-type']).toContain('application/problem+json');
      }
    });

    it("answers 404 for an unknown case and for another tenant's case", async () => {
      const opened = await openCase();
      const responses = [
        await test.app.inject({ method: 'GET', url: `${BASE}/${UNKNOWN_ID}` }),
        await post(`${BASE}/${UNKNOWN_ID}/assign`, { assigneeId: 'agent-1' }),
        await post(`${BASE}/${opened.id}/comments`, { body: 'Mine now' }, OTHER_TENANT),
        await post(`${BASE}/${opened.id}/resolve`, { resolution: 'x' }, OTHER_TENANT),
      ];
      for (const response of responses) {
        expect(response.statusCode).toBe(404);
        expect(response.json()).toMatchObject({ code: 'CASE.NOT_FOUND' });
      }
    });

    it('answers 503 with Retry-After when the read model cannot reach X-Min-Version in time', async () => {
      const opened = await openCase();
      const response = await test.app.inject({
        method: 'GET',
        url: `${BASE}/${opened.id}`,
        headers: { 'x-min-version': '99' },
      });
      expect(response.statusCode).toBe(503);
      expect(response.headers['retry-after']).toBe('1');
      expect(response.json()).toMatchObject({ code: 'CASE.READ_MODEL_BEHIND' });
    });
  });
});
