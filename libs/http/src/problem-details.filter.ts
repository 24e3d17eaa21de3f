import { DomainError } from '@crm/core';
import { type ArgumentsHost, Catch, type ExceptionFilter, HttpException, Logger } from '@nestjs/common';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { buildProblem, PROBLEM_CONTENT_TYPE, type ProblemDetails, STATUS_BY_KIND } from './problem-details';

interface FastifyLikeError {
  readonly statusCode?: number;
  readonly code?: string;
  readonly message?: string;
}

/** The one place where errors become HTTP: domain kinds, Nest and Fastify errors, and anything else (500). */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger(ProblemDetailsFilter.name);

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const reply = http.getResponse<FastifyReply>();
    const request = http.getRequest<FastifyRequest>();
    const problem = { ...this.toProblem(exception), instance: request.url };
    if (problem.status >= 500)
      this.logger.error(exception instanceof Error ? exception.stack : String(exception));
    void reply.status(problem.status).header('content-type', PROBLEM_CONTENT_TYPE).send(problem);
  }

  private toProblem(exception: unknown): ProblemDetails {
    if (exception instanceof DomainError) {
      return buildProblem(
        STATUS_BY_KIND[exception.kind],
        exception.code,
        exception.message,
        exception.fields,
      );
    }
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      return buildProblem(status, `HTTP.${status}`, httpExceptionDetail(exception));
    }
    const fastifyError = exception as FastifyLikeError;
    if (typeof fastifyError.statusCode === 'number' && fastifyError.statusCode < 500) {
      return buildProblem(
        fastifyError.statusCode,
        fastifyError.code ?? `HTTP.${fastifyError.statusCode}`,
        fastifyError.message ?? 'Bad request',
      );
    }
    return buildProblem(500, 'INTERNAL', 'An unexpected error occurred; it has been logged.');
  }
}

function httpExceptionDetail(exception: HttpException): string {
  const response = exception.getResponse();
  if (typeof response === 'string') return response;
  const message = (response as { message?: unknown }).message;
  if (typeof message === 'string') return message;
  if (Array.isArray(message)) return message.map(String).join('; ');
  return exception.message;
}
