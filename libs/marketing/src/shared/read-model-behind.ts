import { buildProblem, PROBLEM_CONTENT_TYPE } from '@crm/http';
import { type ArgumentsHost, Catch, type ExceptionFilter } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';

/** The read model has not caught up with the version the caller asked for within the wait budget. */
export class MarketingReadModelBehindError extends Error {
  readonly code = 'MARKETING.READ_MODEL_BEHIND';

  constructor(
    readonly minVersion: number,
    readonly retryAfterSeconds = 1,
  ) {
    super(`The marketing read model has not reached version ${minVersion} yet; retry shortly`);
    this.name = 'MarketingReadModelBehindError';
  }
}

/** X-Min-Version not reached in time: 503 with Retry-After, so clients back off and ask again. */
@Catch(MarketingReadModelBehindError)
export class MarketingReadModelBehindFilter implements ExceptionFilter<MarketingReadModelBehindError> {
  catch(error: MarketingReadModelBehindError, host: ArgumentsHost): void {
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
