import type { Span } from '@opentelemetry/api';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { routeLabelOf } from '../metrics/route-label';
import { extractTraceContext, SpanKind, startSpan } from './spans';
import { tracingEnabled } from './tracing';

const requestSpans = new WeakMap<FastifyRequest, Span>();

/**
 * With tracing on, one server span per HTTP request from onRequest to onResponse, continuing the
 * caller's W3C `traceparent`. With tracing off no hook is added at all.
 */
export function traceFastify(fastify: FastifyInstance): void {
  if (!tracingEnabled()) return;
  fastify.addHook('onRequest', (request, _reply, done) => {
    const span = startSpan(`HTTP ${request.method}`, {
      kind: SpanKind.SERVER,
      parent: extractTraceContext(request.headers),
      attributes: { 'http.request.method': request.method },
    });
    requestSpans.set(request, span);
    done();
  });
  fastify.addHook('onResponse', (request, reply, done) => {
    const span = requestSpans.get(request);
    if (span) {
      const route = routeLabelOf(request.routeOptions.url);
      span.updateName(`HTTP ${request.method} ${route}`);
      span.setAttributes({ 'http.route': route, 'http.response.status_code': reply.statusCode });
      span.end();
    }
    done();
  });
}

/** The server span of a request, for handlers that continue it (undefined with tracing off). */
export function requestSpanOf(request: FastifyRequest): Span | undefined {
  return requestSpans.get(request);
}
