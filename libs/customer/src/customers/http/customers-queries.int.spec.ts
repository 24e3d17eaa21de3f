import type { NestFastifyApplication } from '@nestjs/platform-fastify';
import { CustomerQueryService } from '../application/customer-query.service';
import { closeCustomersTestApp, createCustomersTestApp } from './customers-test-app';

const BASE = '/api/v1/customers';
const OTHER_TENANT = { 'x-test-tenant': 'tenant-other' };

interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

describe(CustomerQueryService.name, () => {
  let app: NestFastifyApplication;

  beforeAll(async () => {
    app = await createCustomersTestApp();
  });

  afterAll(async () => {
    await closeCustomersTestApp(app);
  });

  async function register(body: object, headers: Record<string, string> = {}): Promise<string> {
    const response = await app.inject({ method: 'POST', url: BASE, payload: body, headers });
    expect(response.statusCode).toBe(201);
    const { id } = response.json<{ id: string }>();
    // The directory applies events in global order: once this customer is in, so is every earlier one.
    const caughtUp = await app.inject({
      method: 'GET',
      url: `${BASE}/${id}`,
      headers: { ...headers, 'x-min-version': '1' },
    });
    expect(caughtUp.statusCode).toBe(200);
    return id;
  }

  async function list(
    query: string,
    headers: Record<string, string> = {},
  ): Promise<Page<{ id: string; name: string }>> {
    const response = await app.inject({ method: 'GET', url: `${BASE}${query}`, headers });
    expect(response.statusCode).toBe(200);
    return response.json();
  }

  const names = (page: Page<{ name: string }>) => page.items.map((item) => item.name);

  describe('the customer list', () => {
    beforeAll(async () => {
      await register({
        type: 'company',
        name: 'Delta AG',
        channel: 'partner',
        status: 'active',
        tags: ['vip'],
        ownerId: 'user-2',
      });
      await register({
        type: 'person',
        name: 'Alice Meyer',
        email: 'alice@example.com',
        channel: 'e-commerce',
      });
      await register({
        type: 'person',
        name: 'Bob Stone',
        channel: 'e-commerce',
        tags: ['VIP', 'newsletter'],
      });
      await register({
        type: 'company',
        name: 'Carol Ltd',
        channel: 'direct',
        status: 'inactive',
        ownerId: 'user-2',
      });
      await register({ type: 'company', name: 'Hidden Corp' }, OTHER_TENANT);
    });

    it("lists the tenant's customers by name, never another tenant's", async () => {
      expect(names(await list(''))).toEqual(['Alice Meyer', 'Bob Stone', 'Carol Ltd', 'Delta AG']);
      expect(names(await list('', OTHER_TENANT))).toEqual(['Hidden Corp']);
    });

    it('filters by status, channel, owner, tag and type', async () => {
      expect(names(await list('?status=active'))).toEqual(['Delta AG']);
      expect(names(await list('?channel=e-commerce'))).toEqual(['Alice Meyer', 'Bob Stone']);
      expect(names(await list('?ownerId=user-2'))).toEqual(['Carol Ltd', 'Delta AG']);
      expect(names(await list('?tag=VIP'))).toEqual(['Bob Stone', 'Delta AG']);
      expect(names(await list('?type=company&status=inactive'))).toEqual(['Carol Ltd']);
    });

    it('searches names and emails case-insensitively', async () => {
      expect(names(await list('?search=ALICE@'))).toEqual(['Alice Meyer']);
      expect(names(await list('?search=st'))).toEqual(['Bob Stone']);
    });

    it('pages with a cursor until nextCursor is null', async () => {
      const first = await list('?limit=3');
      expect(names(first)).toEqual(['Alice Meyer', 'Bob Stone', 'Carol Ltd']);
      expect(first.nextCursor).not.toBeNull();
      const second = await list(`?limit=3&cursor=${first.nextCursor ?? ''}`);
      expect(names(second)).toEqual(['Delta AG']);
      expect(second.nextCursor).toBeNull();
    });

    it('rejects an out-of-range limit and an unknown filter', async () => {
      for (const query of ['?limit=0', '?limit=500', '?status=vip', '?colour=red']) {
        const response = await app.inject({ method: 'GET', url: `${BASE}${query}` });
        expect(response.statusCode).toBe(400);
      }
    });

    it('hides archived customers unless asked', async () => {
      const id = await register({ type: 'person', name: 'Archie Old' });
      const archived = await app.inject({ method: 'POST', url: `${BASE}/${id}/archive`, payload: {} });
      await app.inject({
        method: 'GET',
        url: `${BASE}/${id}`,
        headers: { 'x-min-version': String(archived.json<{ version: number }>().version) },
      });
      expect(names(await list('?search=archie'))).toEqual([]);
      expect(names(await list('?search=archie&includeArchived=true'))).toEqual(['Archie Old']);
    });
  });

  describe('contacts and interactions', () => {
    it('adds contacts to a company but not to a person', async () => {
      const company = await register({
        type: 'company',
        name: 'Echo GmbH',
        address: { line1: 'Ring 1', city: 'Hamburg', country: 'DE' },
      });
      const added = await app.inject({
        method: 'POST',
        url: `${BASE}/${company}/contacts`,
        payload: { name: 'Jane Doe', phone: '040 1234567', role: 'Buyer' },
      });
      expect(added.statusCode).toBe(201);
      expect(added.headers['etag']).toBe('"2"');
      const { contacts } = added.json<{ contacts: { contactId: string }[] }>();
      expect(contacts).toMatchObject([{ name: 'Jane Doe', phone: '+49401234567', role: 'Buyer' }]);
      expect(contacts[0]?.contactId).toMatch(/^[0-9a-f-]{36}$/);
      const person = await register({ type: 'person', name: 'Fay' });
      const rejected = await app.inject({
        method: 'POST',
        url: `${BASE}/${person}/contacts`,
        payload: { name: 'Jane Doe' },
      });
      expect(rejected.statusCode).toBe(422);
      expect(rejected.json()).toMatchObject({ code: 'CUSTOMER.PERSON_HAS_NO_CONTACTS' });
    });

    it('logs interactions and lists them newest first, page by page', async () => {
      const id = await register({ type: 'person', name: 'Gus' });
      const log = (subject: string, occurredAt: string) =>
        app.inject({
          method: 'POST',
          url: `${BASE}/${id}/interactions`,
          payload: { channel: 'phone', direction: 'inbound', subject, occurredAt },
        });
      const first = await log('First call', '2025-01-01T10:00:00Z');
      expect(first.statusCode).toBe(201);
      expect(first.json()).toMatchObject({
        customerId: id,
        subject: 'First call',
        loggedBy: 'user-1',
        occurredAt: '2025-01-01T10:00:00.000Z',
      });
      await log('Third call', '2025-01-03T10:00:00Z');
      const second = await log('Second call', '2025-01-02T10:00:00Z');
      expect(second.headers['etag']).toBe('"4"');
      await app.inject({ method: 'GET', url: `${BASE}/${id}`, headers: { 'x-min-version': '4' } });

      const page = await app.inject({ method: 'GET', url: `${BASE}/${id}/interactions?limit=2` });
      const { items, nextCursor } = page.json<Page<{ subject: string }>>();
      expect(items.map((item) => item.subject)).toEqual(['Third call', 'Second call']);
      const rest = await app.inject({
        method: 'GET',
        url: `${BASE}/${id}/interactions?limit=2&cursor=${nextCursor ?? ''}`,
      });
      expect(rest.json<Page<{ subject: string }>>()).toEqual({
        items: [expect.objectContaining({ subject: 'First call' })],
        nextCursor: null,
      });
    });

    it('rejects an interaction in the future or with an unknown channel', async () => {
      const id = await register({ type: 'person', name: 'Hal' });
      const future = await app.inject({
        method: 'POST',
        url: `${BASE}/${id}/interactions`,
        payload: {
          channel: 'email',
          direction: 'outbound',
          subject: 'Later',
          occurredAt: '2999-01-01T00:00:00Z',
        },
      });
      expect(future.statusCode).toBe(400);
      expect(future.json()).toMatchObject({ code: 'CUSTOMER.INTERACTION_IN_FUTURE' });
      const pigeon = await app.inject({
        method: 'POST',
        url: `${BASE}/${id}/interactions`,
        payload: {
          channel: 'pigeon',
          direction: 'outbound',
          subject: 'Coo',
          occurredAt: '2025-01-01T00:00:00Z',
        },
      });
      expect(pigeon.statusCode).toBe(400);
    });
  });

  describe('tenant isolation', () => {
    it("answers 404 for another tenant's customer on every route", async () => {
      const id = await register({ type: 'company', name: 'Private Inc' });
      const requests = [
        app.inject({ method: 'GET', url: `${BASE}/${id}`, headers: OTHER_TENANT }),
        app.inject({ method: 'GET', url: `${BASE}/${id}?asOf=2999-01-01T00:00:00Z`, headers: OTHER_TENANT }),
        app.inject({ method: 'GET', url: `${BASE}/${id}/history`, headers: OTHER_TENANT }),
        app.inject({ method: 'GET', url: `${BASE}/${id}/interactions`, headers: OTHER_TENANT }),
        app.inject({
          method: 'PATCH',
          url: `${BASE}/${id}`,
          headers: OTHER_TENANT,
          payload: { name: 'Mine now' },
        }),
        app.inject({ method: 'POST', url: `${BASE}/${id}/archive`, headers: OTHER_TENANT, payload: {} }),
        app.inject({
          method: 'POST',
          url: `${BASE}/${id}/contacts`,
          headers: OTHER_TENANT,
          payload: { name: 'Spy' },
        }),
      ];
      for (const response of await Promise.all(requests)) {
        expect(response.statusCode).toBe(404);
        expect(response.json()).toMatchObject({ code: 'CUSTOMER.NOT_FOUND' });
      }
      const own = await app.inject({ method: 'GET', url: `${BASE}/${id}/history` });
      expect(own.json<unknown[]>()).toHaveLength(1);
    });
  });
});
