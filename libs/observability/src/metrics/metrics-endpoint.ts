import { timingSafeEqual } from 'node:crypto';
import { crmMetrics, type CrmMetrics } from './crm-metrics';

export interface MetricsScrape {
  readonly status: number;
  readonly contentType: string;
  readonly body: string;
}

/**
 * One scrape of `/metrics` in the Prometheus text format. With a token configured the scraper must
 * send `Authorization: Bearer <token>`; without one the endpoint is open, like the health probes.
 */
export async function scrapeMetrics(
  authorization: string | undefined,
  token: string | undefined,
  metrics: CrmMetrics = crmMetrics(),
): Promise<MetricsScrape> {
  if (token !== undefined && !bearerMatches(authorization, token))
    return { status: 401, contentType: 'text/plain; charset=utf-8', body: 'metrics token required\n' };
  return { status: 200, contentType: metrics.registry.contentType, body: await metrics.registry.metrics() };
}

function bearerMatches(authorization: string | undefined, token: string): boolean {
  const sent = Buffer.from(authorization ?? '');
  const expected = Buffer.from(`Bearer ${token}`);
  return sent.length === expected.length && timingSafeEqual(sent, expected);
}
