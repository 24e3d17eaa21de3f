import { GatewayHarness } from '../src/testing/gateway-harness';

describe('edge hardening: security headers, CORS, rate limits', () => {
  let gateway: GatewayHarness;

  beforeAll(async () => {
    gateway = await GatewayHarness.start(undefined, {
      CRM_RATE_LIMIT_PER_MINUTE: '5',
      CRM_CORS_ORIGINS: 'https://crm.example.com',
    });
  });

  afterAll(async () => {
    await gateway.stop({ removeData: true });
  });

  it('sends security headers on every response, and the API docs page still loads', async () => {
    const health = await fetch(`${gateway.baseUrl}/health/live`);
    expect(health.headers.get('x-content-type-options')).toBe('nosniff');
    expect(health.headers.get('x-frame-options')).toBe('SAMEORIGIN');
    expect(health.headers.get('strict-transport-security')).toContain('max-age=');
    expect(health.headers.get('content-security-policy')).toContain("default-src 'self'");
    expect((await fetch(`${gateway.baseUrl}/api/docs`)).status).toBe(200);
  });

  it('answers CORS preflights for the configured origin only', async () => {
    const preflight = (origin: string) =>
      fetch(`${gateway.baseUrl}/api/v1/customers`, {
        method: 'OPTIONS',
        headers: { origin, 'access-control-request-method': 'POST' },
      });
    const allowed = await preflight('https://crm.example.com');
    expect(allowed.headers.get('access-control-allow-origin')).toBe('https://crm.example.com');
    const other = await preflight('https://evil.example');
    expect(other.headers.get('access-control-allow-origin')).toBeNull();
  });

  it("limits a tenant's requests per minute with 429 problem+json and Retry-After, never the probes", async () => {
    const statuses: number[] = [];
    for (let attempt = 0; attempt < 6; attempt++) {
      statuses.push((await gateway.request('GET', '/api/v1/customers')).status);
    }
    expect(statuses.slice(0, 5).every((status) => status === 200)).toBe(true);
    const limited = await gateway.request('GET', '/api/v1/customers');
    expect(limited.status).toBe(429);
    expect(limited.headers.get('content-type')).toContain('application/problem+json');
    expect(limited.body).toMatchObject({ status: 429, code: 'RATE_LIMITED' });
    expect(Number(limited.headers.get('retry-after'))).toBeGreaterThan(0);
    // Without a token a request counts against its address, not the tenant: refused for auth, not rate.
    expect((await gateway.request('GET', '/api/v1/customers', { anonymous: true })).status).toBe(401);
    expect((await fetch(`${gateway.baseUrl}/health/live`)).status).toBe(200);
  });
});
