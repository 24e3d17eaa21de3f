import Fastify, { type FastifyInstance } from 'fastify';
import { crmMetrics } from './crm-metrics';
import { instrumentFastify } from './fastify-metrics';
import { UNMATCHED_ROUTE } from './route-label';

describe(instrumentFastify.name, () => {
  let fastify: FastifyInstance;

  beforeAll(async () => {
    fastify = Fastify();
    instrumentFastify(fastify, { token: 'scrape-secret' });
    fastify.get('/customers/:id', () => ({ ok: true }));
    await fastify.ready();
  });

  afterAll(() => fastify.close());

  const routes = async () =>
    (await crmMetrics().httpRequestDuration.get()).values
      .filter((value) => value.metricName === 'crm_http_request_duration_seconds_count')
      .map((value) => value.labels);

  it('labels requests by route template, however many ids are asked for', async () => {
    for (let id = 0; id < 20; id++) await fastify.inject({ method: 'GET', url: `/customers/${id}` });
    const series = (await routes()).filter((labels) => labels['route'] === '/customers/:id');
    expect(series).toEqual([{ method: 'GET', route: '/customers/:id', status: '200' }]);
  });

  it('puts every unmatched URL in one series', async () => {
    await fastify.inject({ method: 'GET', url: '/nothing/1' });
    await fastify.inject({ method: 'GET', url: '/nothing/2' });
    const unmatched = (await routes()).filter((labels) => labels['route'] === UNMATCHED_ROUTE);
    expect(unmatched).toEqual([{ method: 'GET', route: UNMATCHED_ROUTE, status: '404' }]);
  });

  it('answers /metrics only with the configured token', async () => {
    expect((await fastify.inject({ method: 'GET', url: '/metrics' })).statusCode).toBe(401);
    const scraped = await fastify.inject({
      method: 'GET',
      url: '/metrics',
      headers: { authorization: 'Bearer scrape-secret' },
    });
    expect(scraped.statusCode).toBe(200);
    expect(scraped.body).toContain('crm_http_request_duration_seconds_bucket{le="0.001",method="GET"');
  });
});
