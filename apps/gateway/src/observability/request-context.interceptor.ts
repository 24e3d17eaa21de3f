import type { RequestWithContext } from '@crm/http';
import { requestSpanOf, withLogContext } from '@crm/observability';
import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import { context as otelContext, trace } from '@opentelemetry/api';
import type { FastifyRequest } from 'fastify';
import type { Observable } from 'rxjs';

/**
 * Runs each handler (after the guard set the request context) with the request's tenant, correlation
 * and causation ids as the log context and, with tracing on, inside the request's server span.
 */
@Injectable()
export class RequestContextInterceptor implements NestInterceptor {
  intercept(execution: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (execution.getType() !== 'http') return next.handle();
    const request = execution.switchToHttp().getRequest<FastifyRequest & RequestWithContext>();
    const span = requestSpanOf(request);
    const handle = span
      ? () => otelContext.with(trace.setSpan(otelContext.active(), span), () => next.handle())
      : () => next.handle();
    const context = request.crmContext;
    if (!context) return handle();
    return withLogContext(
      { tenantId: context.tenantId, correlationId: context.correlationId, causationId: context.requestId },
      handle,
    );
  }
}
