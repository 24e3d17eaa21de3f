import { currentLogContext, type LogContext } from '../logging/log-context';
import { injectTraceContext } from '../tracing/spans';

/** The field of an RPC payload that carries the caller's log and trace context to the service. */
export const RPC_CONTEXT_FIELD = '$context';

export interface RpcContext extends LogContext {
  readonly traceparent?: string;
  readonly tracestate?: string;
}

/** The caller's context for an outgoing RPC, or undefined when there is nothing to carry. */
export function outgoingRpcContext(): RpcContext | undefined {
  const logContext = currentLogContext();
  const carrier: Record<string, string> = {};
  injectTraceContext(carrier);
  if (!logContext && carrier['traceparent'] === undefined) return undefined;
  return { ...logContext, ...carrier };
}

/** The context an incoming RPC payload carries, if it is an object with one. */
export function incomingRpcContext(payload: unknown): RpcContext | undefined {
  if (typeof payload !== 'object' || payload === null) return undefined;
  const carried = (payload as Record<string, unknown>)[RPC_CONTEXT_FIELD];
  return typeof carried === 'object' && carried !== null ? carried : undefined;
}
