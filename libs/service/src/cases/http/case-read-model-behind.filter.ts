import { buildProblem, PROBLEM_CONTENT_TYPE } from '@crm/http';
import { type ArgumentsHost, Catch, type ExceptionFilter } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { CaseReadModelBehindError } from '../application/case-query.errors';

/** X-Min-Version not reached in time: 503 with Retry-After, so clients back off and ask again. */
@Catch(CaseReadModelBehindError)
export class CaseReadModelBehindFilter implements ExceptionFilter<CaseReadModelBehindError> {
  catch(error: CaseReadModelBehindError, host: ArgumentsHost): void {
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
