import { type Context, context, ROOT_CONTEXT, type SpanContext, trace } from '@opentelemetry/api';
import { tracingEnabled } from './tracing';

const capacity = 10_000;
const byEventId = new Map<string, SpanContext>();

/**
 * The span that appended each recent event, kept in this process so the relay and the projections
 * that later handle the event continue the command's trace. The envelope has no field for it, so this
 * works when they run in the process that appended (the services do); elsewhere their spans start a
 * trace of their own. Bounded: the oldest entries go first.
 */
export function rememberTraceContextOf(eventIds: readonly string[]): void {
  if (!tracingEnabled()) return;
  const span = trace.getSpan(context.active())?.spanContext();
  if (!span) return;
  for (const id of eventIds) {
    byEventId.set(id, span);
    if (byEventId.size > capacity) {
      const oldest = byEventId.keys().next();
      if (!oldest.done) byEventId.delete(oldest.value);
    }
  }
}

/** The trace context an event was appended in, if this process remembers it. */
export function traceContextOfEvent(eventId: string): Context | undefined {
  if (!tracingEnabled()) return undefined;
  const span = byEventId.get(eventId);
  return span ? trace.setSpanContext(ROOT_CONTEXT, span) : undefined;
}
