import type { FastifyInstance } from 'fastify';

/**
 * The API speaks JSON only: without a text/plain parser Fastify answers other media types with 415,
 * which Nest hands to the ProblemDetailsFilter like every error raised before a route runs
 * (malformed JSON, body too large).
 */
export function acceptJsonOnly(fastify: FastifyInstance): void {
  fastify.removeContentTypeParser(['text/plain']);
}
