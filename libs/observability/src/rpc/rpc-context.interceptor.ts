import { type CallHandler, type ExecutionContext, Injectable, type NestInterceptor } from '@nestjs/common';
import { context as otelContext, trace } from '@opentelemetry/api';
import { Observable } from 'rxjs';
import { withLogContext } from '../logging/log-context';
import { extractTraceContext, markFailed, SpanKind, startSpan } from '../tracing/spans';
import { tracingEnabled } from '../tracing/tracing';
import { incomingRpcContext } from './rpc-context';

/**
 * Service side of `RpcContextSerializer`: runs each message handler with the caller's log context and,
 * when tracing is on, inside a server span that continues the caller's trace.
 */
@Injectable()
export class RpcContextInterceptor implements NestInterceptor {
  intercept(execution: ExecutionContext, next: CallHandler): Observable<unknown> {
    if (execution.getType() !== 'rpc') return next.handle();
    const carried = incomingRpcContext(execution.switchToRpc().getData());
    if (!tracingEnabled()) return carried ? withLogContext(carried, () => next.handle()) : next.handle();
    const parent = extractTraceContext(carried);
    const span = startSpan(`rpc ${execution.getClass().name}.${execution.getHandler().name}`, {
      kind: SpanKind.SERVER,
      parent,
    });
    return new Observable((subscriber) =>
      otelContext.with(trace.setSpan(parent, span), () =>
        withLogContext(carried ?? {}, () =>
          next.handle().subscribe({
            next: (value) => {
              subscriber.next(value);
            },
            error: (error: unknown) => {
              markFailed(span, error);
              span.end();
              subscriber.error(error);
            },
            complete: () => {
              span.end();
              subscriber.complete();
            },
          }),
        ),
      ),
    );
  }
}
