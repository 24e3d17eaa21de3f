import type { FastifyInstance } from 'fastify';

/** The one route that reads text/csv: bulk import (`POST /api/v1/imports`). */
const CSV_ROUTE = '/api/v1/imports';

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

/**
 * `POST /imports` takes the file itself as a text/csv body, up to its own (larger) limit; any other
 * route answers text/csv with 415 like every media type it does not read.
 */
export function acceptCsvImports(fastify: FastifyInstance, bodyLimit: number): void {
  fastify.addContentTypeParser('text/csv', { parseAs: 'string', bodyLimit }, (request, body, done) => {
    if (request.url.split('?')[0] !== CSV_ROUTE) {
      done(Object.assign(new Error(`Unsupported Media Type: text/csv`), { statusCode: 415 }), undefined);
      return;
    }
    done(null, typeof body === 'string' ? body : body.toString('utf8'));
  });
}
