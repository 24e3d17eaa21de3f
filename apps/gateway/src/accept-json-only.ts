import type { FastifyInstance } from 'fastify';

/**
 * The API speaks JSON only: without a text/plain parser Fastify answers other media types with 415,
 * which Nest hands to the ProblemDetailsFilter like every error raised before a route runs
 * (malformed JSON, body too large). A JSON content type with an empty body (what most HTTP clients
 * send for `POST /orders/{id}/pay`) is no body: the route's validation decides whether that is enough,
 * instead of Fastify refusing every body-less command. Non-empty bodies go to Fastify's own parser,
 * which rejects `__proto__` and `constructor.prototype` keys.
 */
export function acceptJsonOnly(fastify: FastifyInstance): void {
  fastify.removeContentTypeParser(['text/plain']);
  const parseJson = fastify.getDefaultJsonParser('error', 'error');
  fastify.removeContentTypeParser(['application/json']);
  fastify.addContentTypeParser('application/json', { parseAs: 'string' }, (request, body, done) => {
    const text = typeof body === 'string' ? body : body.toString('utf8');
    if (text === '') {
      done(null, undefined);
      return;
    }
    void parseJson(request, text, done);
  });
}
