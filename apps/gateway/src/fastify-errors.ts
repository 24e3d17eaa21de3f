import { buildProblem, PROBLEM_CONTENT_TYPE } from '@crm/http';
import type { FastifyError, FastifyInstance } from 'fastify';

/**
 * Errors Fastify raises before a route runs (malformed JSON, body too large, wrong content type) become
 * problem+json like every other error.
 */
export function installFastifyErrorHandling(fastify: FastifyInstance): void {
  fastify.setErrorHandler((error: FastifyError, request, reply) => {
    const status =
      typeof error.statusCode === 'number' && error.statusCode >= 400 && error.statusCode < 500
        ? error.statusCode
        : 500;
    if (status === 500) request.log.error(error);
    const detail = status === 500 ? 'An unexpected error occurred; it has been logged.' : error.message;
    void reply
      .status(status)
      .header('content-type', PROBLEM_CONTENT_TYPE)
      .send({ ...buildProblem(status, error.code || `HTTP.${status}`, detail), instance: request.url });
  });
}
