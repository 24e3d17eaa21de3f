import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { CasesController } from './cases.controller';
import { createCasesTestApp, type CasesTestApp } from './cases-test-app';

const BASE = '/api/v1/cases';
const CUSTOMER_ID = '6f1d7a52-3c9e-4b8a-9d0e-1f2a3b4c5d6e';

interface CaseBody {
  id: string;
  status: string;
  version: number;
  assigneeId: string | null;
  breached: boolean;
  satisfaction: number | null;
  sla: { firstResponse: { dueAt: string; completedAt: string | null; breached: boolean } };
  comments: { body: string; public: boolean; authorId: string }[];
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

  describe('the lifecycle of one case', () => {
    let id: string;

    it('opens: 201 with Location, ETag and due times from the priority', async () => {
      test.clock.set('2025-03-03T08:00:00.000Z');
      const response = await post(BASE, {
        customerId: CUSTOMER_ID,
        type: 'repair',
        priority: 'urgent',
        subject: ' Printer jams ',
        description: 'Every second page',
      });
      expect(response.statusCode).toBe(201);
      const body = response.json<CaseBody>();
      id = body.id;
      expect(response.headers['location']).toBe(`${BASE}/${id}`);
      expect(response.headers['etag']).toBe('"1"');
      expect(body).toMatchObject({
        customerId: CUSTOMER_ID,
        subject: 'Printer jams',
        status: 'open',
        openedAt: '2025-03-03T08:00:00.000Z',
        sla: {
          target: { firstResponseMinutes: 60, resolutionMinutes: 240 },
          firstResponse: { dueAt: '2025-03-03T09:00:00.000Z', completedAt: null, breached: false },
          resolution: { dueAt: '2025-03-03T12:00:00.000Z', completedAt: null, breached: false },
        },
        breached: false,
        version: 1,
      });
    });

    it('assigns: in progress', async () => {
      test.clock.advanceMinutes(10);
      const response = await post(`${BASE}/${id}/assign`, { assigneeId: 'agent-1' }, { 'if-match': '"1"' });
      expect(response.statusCode).toBe(200);
      expect(response.headers['etag']).toBe('"2"');
      expect(response.json()).toMatchObject({ status: 'in_progress', assigneeId: 'agent-1' });
    });

    it('comments: an internal note is no response, the first public comment is', async () => {
      test.clock.advanceMinutes(10);
      const note = await post(`${BASE}/${id}/comments`, { body: 'Check the roller', public: false });
      expect(note.statusCode).toBe(201);
      expect(note.json<CaseBody>().sla.firstResponse.completedAt).toBeNull();
      test.clock.advanceMinutes(10);
      const reply = await post(`${BASE}/${id}/comments`, { body: 'A technician is on the way' });
      expect(reply.statusCode).toBe(201);
      expect(reply.headers['etag']).toBe('"4"');
      const body = reply.json<CaseBody>();
      expect(body.sla.firstResponse).toMatchObject({
        completedAt: '2025-03-03T08:30:00.000Z',
        breached: false,
      });
      expect(body.comments).toEqual([
        expect.objectContaining({ body: 'Check the roller', public: false, authorId: 'user-1' }),
        expect.objectContaining({ body: 'A technician is on the way', public: true }),
      ]);
    });

    it('rejects closing before it is resolved: 409 CASE.NOT_RESOLVED, nothing appended', async () => {
      const before = await test.eventCount();
      const response = await post(`${BASE}/${id}/close`, { satisfaction: 5 });
      expect(response.statusCode).toBe(409);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json()).toMatchObject({ status: 409, code: 'CASE.NOT_RESOLVED' });
      expect(await test.eventCount()).toBe(before);
    });

    it('resolves, then closes with the satisfaction score', async () => {
      test.clock.advanceMinutes(60);
      const resolved = await post(`${BASE}/${id}/resolve`, { resolution: 'Replaced the roller' });
      expect(resolved.statusCode).toBe(200);
      expect(resolved.json()).toMatchObject({ status: 'resolved', resolvedAt: '2025-03-03T09:30:00.000Z' });
      const closed = await post(`${BASE}/${id}/close`, { satisfaction: 4, feedback: 'Quick' });
      expect(closed.statusCode).toBe(200);
      expect(closed.headers['etag']).toBe('"6"');
      expect(closed.json()).toMatchObject({ status: 'closed', satisfaction: 4, feedback: 'Quick' });
    });

    it('rejects commenting on or assigning a closed case: 409 CASE.CLOSED', async () => {
      for (const response of [
        await post(`${BASE}/${id}/comments`, { body: 'Hello?' }),
        await post(`${BASE}/${id}/assign`, { assigneeId: 'agent-2' }),
      ]) {
        expect(response.statusCode).toBe(409);
        expect(response.json()).toMatchObject({ code: 'CASE.CLOSED' });
      }
    });

    it('reopens back to open, with a new resolution due time; GET shows it with X-Min-Version', async () => {
      test.clock.set('2025-03-04T08:00:00.000Z');
      const reopened = await post(`${BASE}/${id}/reopen`, { reason: 'Jams again' });
      expect(reopened.statusCode).toBe(200);
      expect(reopened.json()).toMatchObject({ status: 'open', satisfaction: null, reopenCount: 1 });
      const read = await test.app.inject({
        method: 'GET',
        url: `${BASE}/${id}`,
        headers: { 'x-min-version': '7' },
      });
      expect(read.statusCode).toBe(200);
      expect(read.headers['etag']).toBe('"7"');
      expect(read.json()).toMatchObject({
        status: 'open',
        sla: { resolution: { dueAt: '2025-03-04T12:00:00.000Z', completedAt: null } },
        comments: [expect.anything(), expect.anything()],
      });
    });

    it('rejects reopening a case that is open: 409 CASE.NOT_REOPENABLE', async () => {
      const response = await post(`${BASE}/${id}/reopen`, { reason: 'Again?' });
      expect(response.statusCode).toBe(409);
      expect(response.json()).toMatchObject({ code: 'CASE.NOT_REOPENABLE' });
    });
  });

  describe('concurrency and retries', () => {
    it('answers a stale If-Match with 412 and appends nothing', async () => {
      const opened = await openCase();
      await post(`${BASE}/${opened.id}/assign`, { assigneeId: 'agent-1' });
      const before = await test.eventCount();
      const response = await post(
        `${BASE}/${opened.id}/assign`,
        { assigneeId: 'agent-2' },
        { 'if-match': '"1"' },
      );
      expect(response.statusCode).toBe(412);
      expect(response.json()).toMatchObject({ code: 'EVENT_STORE.VERSION_MISMATCH' });
      expect(await test.eventCount()).toBe(before);
    });

    it('replays a POST with the same Idempotency-Key without appending again', async () => {
      const payload = { customerId: CUSTOMER_ID, type: 'training', priority: 'low', subject: 'Onboarding' };
      const first = await post(BASE, payload, { 'idempotency-key': 'open-training-1' });
      const count = await test.eventCount();
      const again = await post(BASE, payload, { 'idempotency-key': 'open-training-1' });
      expect(again.statusCode).toBe(201);
      expect(again.json<CaseBody>().id).toBe(first.json<CaseBody>().id);
      expect(again.headers['etag']).toBe('"1"');
      expect(await test.eventCount()).toBe(count);
    });
  });

  it('describes every route in OpenAPI', () => {
    const document = SwaggerModule.createDocument(test.app, new DocumentBuilder().build());
    expect(Object.keys(document.paths).sort()).toEqual([
      '/api/v1/cases',
      '/api/v1/cases/workload',
      '/api/v1/cases/{id}',
      '/api/v1/cases/{id}/assign',
      '/api/v1/cases/{id}/close',
      '/api/v1/cases/{id}/comments',
      '/api/v1/cases/{id}/reopen',
      '/api/v1/cases/{id}/resolve',
    ]);
    expect(Object.keys(document.components?.schemas ?? {})).toEqual(
      expect.arrayContaining(['OpenCaseRequest', 'CloseCaseRequest', 'CaseResponse', 'WorkloadResponse']),
    );
  });
});
