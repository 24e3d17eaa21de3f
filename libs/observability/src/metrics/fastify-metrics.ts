import type { FastifyInstance } from 'fastify';
import { crmMetrics } from './crm-metrics';
import { scrapeMetrics } from './metrics-endpoint';
import { routeLabelOf } from './route-label';

export interface FastifyMetricsOptions {
  /** When set, `/metrics` answers only `Authorization: Bearer <token>`. */
  readonly token?: string | undefined;
}

/**
 * Serves `GET /metrics` outside Nest (no prefix, no guard) and times every response in an onResponse
 * hook, labelled by the route template. The hook runs after the reply is sent, off the response path.
 */
export function instrumentFastify(fastify: FastifyInstance, options: FastifyMetricsOptions = {}): void {
  const duration = crmMetrics().httpRequestDuration;
  fastify.addHook('onResponse', (request, reply, done) => {
    duration
      .labels(request.method, routeLabelOf(request.routeOptions.url), statusLabelOf(reply.statusCode))
      .observe(reply.elapsedTime / 1000);
    done();
  });
  fastify.get('/metrics', async (request, reply) => {
    const scrape = await scrapeMetrics(request.headers.authorization, options.token);
    return reply.status(scrape.status).type(scrape.contentType).send(scrape.body);
  });
}

const statusLabels = new Map<number, string>();

// Status codes are few: their strings are made once, not on every response.
function statusLabelOf(status: number): string {
  let label = statusLabels.get(status);
  if (label === undefined) {
    label = String(status);
    statusLabels.set(status, label);
  }
  return label;
}
