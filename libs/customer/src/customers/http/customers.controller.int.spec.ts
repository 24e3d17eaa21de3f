import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import { CustomersController } from './customers.controller';
import { closeCustomersTestApp, createCustomersTestApp } from './customers-test-app';

const BASE = '/api/v1/customers';
const UNKNOWN_ID = '0b5e3c1e-7f4a-4c8e-9a43-2b1d0f6e8a77';

describe(CustomersController.name, () => {
  let app: NestFastifyApplication;

  beforeAll(async () => {
    process.env['CRM_MIN_VERSION_WAIT_MS'] = '200';
    app = await createCustomersTestApp();
  });

  afterAll(async () => {
    delete process.env['CRM_MIN_VERSION_WAIT_MS'];
    await closeCustomersTestApp(app);
  });

  async function register(body: object, headers: Record<string, string> = {}) {
    const response = await app.inject({ method: 'POST', url: BASE, payload: body, headers });
    expect(response.statusCode).toBe(201);
    return response.json<{ id: string; version: number }>();
  }

  describe('the lifecycle of one customer', () => {
    let id: string;
    let registeredAt: string;

    it('registers: 201 with Location, ETag and the normalised customer', async () => {
      const response = await app.inject({
        method: 'POST',
        url: BASE,
        payload: {
          type: 'company',
          name: ' Acme GmbH ',
          email: 'Info@Acme.example',
          phone: '030 1234567',
          address: { line1: 'Hauptstrasse 5', city: 'Berlin', country: 'de' },
          tags: ['VIP', 'vip'],
        },
      });
      expect(response.statusCode).toBe(201);
      const body = response.json<{ id: string; registeredAt: string }>();
      id = body.id;
      registeredAt = body.registeredAt;
      expect(response.headers['location']).toBe(`${BASE}/${id}`);
      expect(response.headers['etag']).toBe('"1"');
      expect(body).toMatchObject({
        name: 'Acme GmbH',
        email: 'info@acme.example',
        phone: '+49301234567',
        status: 'prospect',
        channel: 'direct',
        tags: ['vip'],
        version: 1,
      });
    });

    it('reads its own write with X-Min-Version', async () => {
      const response = await app.inject({
        method: 'GET',
        url: `${BASE}/${id}`,
        headers: { 'x-min-version': '1' },
      });
      expect(response.statusCode).toBe(200);
      expect(response.headers['etag']).toBe('"1"');
      expect(response.json()).toMatchObject({
        id,
        name: 'Acme GmbH',
        address: { country: 'DE', line2: null },
      });
    });

    it('patches with a matching If-Match: one event per changed aspect', async () => {
      const response = await app.inject({
        method: 'PATCH',
        url: `${BASE}/${id}`,
        headers: { 'if-match': '"1"' },
        payload: { name: 'Acme SE', status: 'active', email: 'info@acme.example' },
      });
      expect(response.statusCode).toBe(200);
      expect(response.headers['etag']).toBe('"3"');
      expect(response.json()).toMatchObject({ name: 'Acme SE', status: 'active', version: 3 });
    });

    it('answers a stale If-Match with 412 and appends nothing', async () => {
      const response = await app.inject({
        method: 'PATCH',
        url: `${BASE}/${id}`,
        headers: { 'if-match': '"1"' },
        payload: { name: 'Lost update' },
      });
      expect(response.statusCode).toBe(412);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json()).toMatchObject({ status: 412, code: 'EVENT_STORE.VERSION_MISMATCH' });
      const history = await app.inject({ method: 'GET', url: `${BASE}/${id}/history` });
      expect(history.json<unknown[]>()).toHaveLength(3);
    });

    it('treats a patch that changes nothing as a success without events', async () => {
      const response = await app.inject({
        method: 'PATCH',
        url: `${BASE}/${id}`,
        payload: { name: 'Acme SE', tags: ['VIP'] },
      });
      expect(response.statusCode).toBe(200);
      expect(response.headers['etag']).toBe('"3"');
    });

    it('lists the history with versions, actor and changes', async () => {
      const response = await app.inject({ method: 'GET', url: `${BASE}/${id}/history` });
      expect(response.statusCode).toBe(200);
      expect(response.json()).toEqual([
        expect.objectContaining({ version: 1, type: 'customer.CustomerRegistered', actor: 'user-1' }),
        expect.objectContaining({
          version: 2,
          type: 'customer.CustomerProfileUpdated',
          changes: { name: { from: 'Acme GmbH', to: 'Acme SE' } },
        }),
        expect.objectContaining({
          version: 3,
          type: 'customer.CustomerStatusChanged',
          changes: { status: { from: 'prospect', to: 'active' } },
        }),
      ]);
    });

    it('shows the customer as of an instant, and 404 before it existed', async () => {
      const asOf = await app.inject({
        method: 'GET',
        url: `${BASE}/${id}?asOf=${encodeURIComponent(registeredAt)}`,
      });
      expect(asOf.statusCode).toBe(200);
      expect(asOf.json()).toMatchObject({ version: 1 });
      const before = new Date(Date.parse(registeredAt) - 60_000).toISOString();
      const missing = await app.inject({
        method: 'GET',
        url: `${BASE}/${id}?asOf=${encodeURIComponent(before)}`,
      });
      expect(missing.statusCode).toBe(404);
    });

    it('archives, then rejects every further command with 422', async () => {
      const archived = await app.inject({
        method: 'POST',
        url: `${BASE}/${id}/archive`,
        payload: { reason: 'Closed down' },
      });
      expect(archived.statusCode).toBe(200);
      expect(archived.json()).toMatchObject({ archived: true, archiveReason: 'Closed down', version: 4 });
      const patch = await app.inject({ method: 'PATCH', url: `${BASE}/${id}`, payload: { name: 'Zombie' } });
      expect(patch.statusCode).toBe(422);
      expect(patch.json()).toMatchObject({ code: 'CUSTOMER.ARCHIVED' });
    });
  });

  describe('bad input', () => {
    it.each([
      ['a missing name', { type: 'person' }, 'REQUEST.INVALID', 'name'],
      ['a wrong type', { type: 'person', name: 5 }, 'REQUEST.INVALID', 'name'],
      ['an unknown field', { type: 'person', name: 'Ann', shoeSize: 42 }, 'REQUEST.INVALID', 'shoeSize'],
      [
        'an unknown channel',
        { type: 'person', name: 'Ann', channel: 'carrier-pigeon' },
        'REQUEST.INVALID',
        'channel',
      ],
      [
        'an unknown nested field',
        { type: 'person', name: 'Ann', address: { line1: 'x', city: 'y', country: 'DE', floor: 3 } },
        'REQUEST.INVALID',
        'address.floor',
      ],
      [
        'a bad email',
        { type: 'person', name: 'Ann', email: 'ann-at-example' },
        'CUSTOMER.INVALID_EMAIL',
        'email',
      ],
      ['a bad phone', { type: 'person', name: 'Ann', phone: '+49 12' }, 'CUSTOMER.INVALID_PHONE', 'phone'],
      [
        'a bad country',
        { type: 'person', name: 'Ann', address: { line1: 'x', city: 'y', country: 'XX' } },
        'CUSTOMER.INVALID_ADDRESS',
        'address.country',
      ],
    ])('rejects %s with a 400 problem naming the field', async (_case, payload, code, field) => {
      const response = await app.inject({ method: 'POST', url: BASE, payload });
      expect(response.statusCode).toBe(400);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json()).toMatchObject({
        status: 400,
        code,
        errors: expect.arrayContaining([expect.objectContaining({ field })]) as unknown,
      });
    });

    it('rejects a PATCH that tries to null the name or change the type', async () => {
      const { id } = await register({ type: 'person', name: 'Ann' });
      for (const payload of [{ name: null }, { type: 'company' }]) {
        const response = await app.inject({ method: 'PATCH', url: `${BASE}/${id}`, payload });
        expect(response.statusCode).toBe(400);
      }
    });

    it('answers 404 for an unknown id and 400 for a malformed one', async () => {
      const unknown = await app.inject({ method: 'GET', url: `${BASE}/${UNKNOWN_ID}` });
      expect(unknown.statusCode).toBe(404);
      expect(unknown.json()).toMatchObject({ code: 'CUSTOMER.NOT_FOUND' });
      const unknownPatch = await app.inject({
        method: 'PATCH',
        url: `${BASE}/${UNKNOWN_ID}`,
        payload: { name: 'x' },
      });
      expect(unknownPatch.statusCode).toBe(404);
      const malformed = await app.inject({ method: 'GET', url: `${BASE}/not-a-uuid` });
      expect(malformed.statusCode).toBe(400);
      expect(malformed.headers['content-type']).toContain('application/problem+json');
    });

    it('rejects a malformed cursor, If-Match, X-Min-Version and asOf with 400', async () => {
      const { id } = await register({ type: 'person', name: 'Bea' });
      const requests = [
        app.inject({ method: 'GET', url: `${BASE}?cursor=%%%` }),
        app.inject({ method: 'GET', url: `${BASE}?cursor=bm90LWEtY3Vyc29y` }),
        app.inject({
          method: 'PATCH',
          url: `${BASE}/${id}`,
          headers: { 'if-match': 'three' },
          payload: { name: 'x' },
        }),
        app.inject({ method: 'GET', url: `${BASE}/${id}`, headers: { 'x-min-version': 'soon' } }),
        app.inject({ method: 'GET', url: `${BASE}/${id}?asOf=yesterday` }),
      ];
      for (const response of await Promise.all(requests)) expect(response.statusCode).toBe(400);
    });

    it('answers 503 with Retry-After when the read model cannot reach X-Min-Version in time', async () => {
      const { id } = await register({ type: 'person', name: 'Cem' });
      const response = await app.inject({
        method: 'GET',
        url: `${BASE}/${id}`,
        headers: { 'x-min-version': '99' },
      });
      expect(response.statusCode).toBe(503);
      expect(response.headers['retry-after']).toBe('1');
      expect(response.json()).toMatchObject({ code: 'CUSTOMER.READ_MODEL_BEHIND' });
    });
  });

  it('describes every route and its request schemas in OpenAPI', () => {
    const document = SwaggerModule.createDocument(app, new DocumentBuilder().build());
    expect(Object.keys(document.paths).sort()).toEqual([
      '/api/v1/customers',
      '/api/v1/customers/duplicates',
      '/api/v1/customers/{id}',
      '/api/v1/customers/{id}/archive',
      '/api/v1/customers/{id}/contacts',
      '/api/v1/customers/{id}/history',
      '/api/v1/customers/{id}/interactions',
      '/api/v1/customers/{id}/merge',
      '/api/v1/customers/{id}/timeline',
    ]);
    expect(Object.keys(document.components?.schemas ?? {})).toEqual(
      expect.arrayContaining(['RegisterCustomerRequest', 'UpdateCustomerRequest', 'CustomerResponse']),
    );
  });
});
