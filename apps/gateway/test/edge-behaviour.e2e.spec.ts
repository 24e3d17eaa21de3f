import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { EVENT_STORE, type EventStore } from '@crm/event-store';
import { GatewayHarness, type HttpResult } from '../src/testing/gateway-harness';

interface Problem {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  readonly errors?: readonly { field: string; message: string }[];
}

const valid = { type: 'person', name: 'Ada Lovelace', email: 'ada@example.org' };

describe('gateway edge behaviour', () => {
  let gateway: GatewayHarness;
  let existingId = '';

  beforeAll(async () => {
    gateway = await GatewayHarness.start();
    existingId = (await gateway.request<{ id: string }>('POST', '/api/v1/customers', { body: valid })).body
      .id;
  });

  afterAll(async () => {
    await gateway.stop({ removeData: true });
  });

  async function eventCount(): Promise<number> {
    return (await gateway.app.get<EventStore>(EVENT_STORE).readAll({ limit: 100_000 })).length;
  }

  function expectProblem(result: HttpResult<unknown>, status: number): Problem {
    expect(result.status).toBe(status);
    expect(result.headers.get('content-type')).toContain('application/problem+json');
    const problem = result.body as Problem;
    expect(problem.status).toBe(status);
    expect([typeof problem.type, typeof problem.title, typeof problem.detail]).toEqual([
      'string',
      'string',
      'string',
    ]);
    expect(JSON.stringify(problem)).not.toMatch(/at .+\.(ts|js):\d+/);
    return problem;
  }

  const badRequests: [
    string,
    string,
    string,
    { body?: unknown; rawBody?: string; headers?: Record<string, string> },
    number,
  ][] = [
    ['missing fields', 'POST', '/api/v1/customers', { body: { type: 'person' } }, 400],
    ['wrong types', 'POST', '/api/v1/customers', { body: { type: 'person', name: 42, tags: 'vip' } }, 400],
    ['unknown fields', 'POST', '/api/v1/customers', { body: { ...valid, isAdmin: true } }, 400],
    ['unknown enum value', 'POST', '/api/v1/customers', { body: { ...valid, status: 'deleted' } }, 400],
    ['malformed JSON', 'POST', '/api/v1/customers', { rawBody: '{"type": "person", "name": ' }, 400],
    ['a JSON array body', 'POST', '/api/v1/customers', { rawBody: '[1,2,3]' }, 400],
    ['an empty JSON body where fields are required', 'POST', '/api/v1/customers', { rawBody: '' }, 400],
    [
      'prototype pollution',
      'POST',
      '/api/v1/customers',
      { rawBody: '{"__proto__": {"x": 1}, "type": "person", "name": "A"}' },
      400,
    ],
    ['oversized body', 'POST', '/api/v1/customers', { body: { ...valid, name: 'x'.repeat(1_100_000) } }, 413],
    ['bad email', 'POST', '/api/v1/customers', { body: { ...valid, email: 'not-an-email' } }, 400],
    [
      'wrong content type',
      'POST',
      '/api/v1/customers',
      { rawBody: 'name=x', headers: { 'content-type': 'text/plain' } },
      415,
    ],
    [
      'a form body',
      'POST',
      '/api/v1/customers',
      { rawBody: 'type=person&name=x', headers: { 'content-type': 'application/x-www-form-urlencoded' } },
      415,
    ],
    ['malformed id', 'GET', '/api/v1/customers/not-a-uuid', {}, 400],
    ['unknown id', 'GET', '/api/v1/customers/9b2f0c1e-7a1d-4c55-9a86-2b1f6f3e0d11', {}, 404],
    [
      'unknown id on PATCH',
      'PATCH',
      '/api/v1/customers/9b2f0c1e-7a1d-4c55-9a86-2b1f6f3e0d11',
      { body: { name: 'X' } },
      404,
    ],
    ['bad cursor', 'GET', '/api/v1/customers?cursor=%%%garbage', {}, 400],
    ['limit out of range', 'GET', '/api/v1/customers?limit=100000', {}, 400],
    ['bad asOf', 'GET', '/api/v1/customers/9b2f0c1e-7a1d-4c55-9a86-2b1f6f3e0d11?asOf=yesterday', {}, 400],
    [
      'malformed If-Match',
      'PATCH',
      '/api/v1/customers/9b2f0c1e-7a1d-4c55-9a86-2b1f6f3e0d11',
      { body: { name: 'X' }, headers: { 'if-match': 'v1' } },
      400,
    ],
    ['unknown route', 'GET', '/api/v1/no-such-thing', {}, 404],
  ];

  it.each(badRequests)(
    'answers %s with a problem and appends nothing',
    async (_name, method, path, options, status) => {
      const before = await eventCount();
      expectProblem(await gateway.request(method, path, options), status);
      expect(await eventCount()).toBe(before);
    },
  );

  it('names the offending fields of a validation error', async () => {
    const problem = expectProblem(
      await gateway.request('POST', '/api/v1/customers', { body: { type: 'robot', name: '' } }),
      400,
    );
    expect(problem.errors?.map((error) => error.field)).toEqual(expect.arrayContaining(['type', 'name']));
  });

  it('answers a PATCH of an existing customer with a bad email without appending', async () => {
    const before = await eventCount();
    expectProblem(
      await gateway.request('PATCH', `/api/v1/customers/${existingId}`, { body: { email: 'nope' } }),
      400,
    );
    expect(await eventCount()).toBe(before);
  });

  it('requires a bearer token on every API route', async () => {
    expectProblem(await gateway.request('GET', '/api/v1/customers', { anonymous: true }), 401);
    const forged = await gateway.request('GET', '/api/v1/customers', {
      anonymous: true,
      headers: { authorization: 'Bearer a.b.c' },
    });
    expectProblem(forged, 401);
  });

  it('refuses a wrong password with 401 and issues a token for the right one', async () => {
    const wrong = await gateway.request('POST', '/api/v1/auth/token', {
      anonymous: true,
      body: { username: 'admin', password: 'nope' },
    });
    expectProblem(wrong, 401);
    expect(await gateway.issueToken()).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
  });

  it('serves liveness, readiness and the OpenAPI 3.1 document without a token', async () => {
    expect((await gateway.request('GET', '/health/live', { anonymous: true })).status).toBe(200);
    expect((await gateway.request('GET', '/health/ready', { anonymous: true })).body).toMatchObject({
      status: 'ok',
    });
    const openApi = await gateway.request<{ openapi: string; paths: Record<string, unknown> }>(
      'GET',
      '/api/docs/openapi.json',
      { anonymous: true },
    );
    expect(openApi.body.openapi).toBe('3.1.0');
    expect(Object.keys(openApi.body.paths)).toEqual(
      expect.arrayContaining(['/api/v1/customers', '/api/v1/customers/{id}', '/api/v1/auth/token']),
    );
  });

  it('takes an empty body with a JSON content type as no body, for commands that need none', async () => {
    const created = await gateway.request<{ id: string }>('POST', '/api/v1/customers', { body: valid });
    const archived = await gateway.request<{ archived: boolean }>(
      'POST',
      `/api/v1/customers/${created.body.id}/archive`,
      { rawBody: '' },
    );
    expect(archived.status).toBe(200);
    expect(archived.body.archived).toBe(true);
  });

  it('serves the OpenAPI document that is committed as docs/openapi.json (else run `npm run docs:openapi`)', async () => {
    const served = await gateway.request('GET', '/api/docs/openapi.json', { anonymous: true });
    expect(served.body).toEqual(committedDocument('openapi.json'));
  });

  it('serves the AsyncAPI 3 document of the Kafka topics, as committed in docs/asyncapi.json', async () => {
    const served = await gateway.request<{ asyncapi: string }>('GET', '/api/docs/asyncapi.json', {
      anonymous: true,
    });
    expect(served.status).toBe(200);
    expect(served.body.asyncapi).toBe('3.0.0');
    expect(served.body).toEqual(committedDocument('asyncapi.json'));
  });
});

function committedDocument(name: string): unknown {
  return JSON.parse(readFileSync(resolve(__dirname, '../../../docs', name), 'utf8'));
}
