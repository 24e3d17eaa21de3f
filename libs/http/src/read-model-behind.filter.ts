import { ReadModelBehindError } from '@crm/core';
import { type ArgumentsHost, Catch, type ExceptionFilter } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { buildProblem, PROBLEM_CONTENT_TYPE } from './problem-details';

/** X-Min-Version not reached in time: 503 with Retry-After, so clients back off and ask again. */
@Catch(ReadModelBehindError)
export class ReadModelBehindFilter implements ExceptionFilter<ReadModelBehindError> {
  catch(error: ReadModelBehindError, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<FastifyRequest>();
    const problem = { ...buildProblem(503, error.code, error.message), instance: request.url };
    void http
      .getResponse<FastifyReply>()
      .status(503)
      .header('retry-after', String(error.retryAfterSeconds))
      .header('content-type', PROBLEM_CONTENT_TYPE)
      .send(problem);
  }
}
