/** The label for routes Fastify did not match: raw URLs would give every probe its own series. */
export const UNMATCHED_ROUTE = 'unmatched';

/**
 * The `route` label of an HTTP request: Fastify's route template (`/api/v1/customers/:id`), never the
 * raw URL, so the number of series stays bounded by the number of routes.
 */
export function routeLabelOf(routeTemplate: string | undefined): string {
  return routeTemplate === undefined || routeTemplate === '' ? UNMATCHED_ROUTE : routeTemplate;
}
