import {
  type Attributes,
  type Context,
  context,
  propagation,
  type Span,
  SpanKind,
  SpanStatusCode,
  trace,
} from '@opentelemetry/api';
import { tracingEnabled } from './tracing';

const tracer = () => trace.getTracer('crm');

export interface SpanOptions {
  readonly attributes?: Attributes;
  readonly kind?: SpanKind;
  /** Parent context; default the active one. */
  readonly parent?: Context;
}

/**
 * Runs `work` inside a span (active for everything it awaits), ended when it settles and marked as an
 * error if it throws. With tracing off this is a plain call.
 */
export function inSpan<T>(name: string, options: SpanOptions, work: () => Promise<T>): Promise<T> {
  if (!tracingEnabled()) return work();
  const parent = options.parent ?? context.active();
  const span = tracer().startSpan(name, { attributes: options.attributes, kind: options.kind }, parent);
  return context.with(trace.setSpan(parent, span), () => settle(span, work));
}

async function settle<T>(span: Span, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    markFailed(span, error);
    throw error;
  } finally {
    span.end();
  }
}

export function markFailed(span: Span, error: unknown): void {
  span.recordException(error instanceof Error ? error : String(error));
  span.setStatus({ code: SpanStatusCode.ERROR });
}

/** Starts a span that the caller ends (e.g. an HTTP request from onRequest to onResponse). */
export function startSpan(name: string, options: SpanOptions): Span {
  return tracer().startSpan(
    name,
    { attributes: options.attributes, kind: options.kind },
    options.parent ?? context.active(),
  );
}

/** W3C `traceparent`/`tracestate` of `from` (default: the active context) written into `carrier`. */
export function injectTraceContext(carrier: Record<string, string>, from: Context = context.active()): void {
  if (tracingEnabled()) propagation.inject(from, carrier);
}

/** The remote parent carried by W3C headers, or the active context if they carry none. */
export function extractTraceContext(carrier: object | undefined): Context {
  const active = context.active();
  if (!tracingEnabled() || !carrier) return active;
  return propagation.extract(active, carrier as Readonly<Record<string, unknown>>, {
    keys: (headers) => Object.keys(headers),
    get: (headers, key) => {
      const value = headers[key];
      return typeof value === 'string' ? value : undefined;
    },
  });
}

export { SpanKind };
