import type { EventEnvelope } from '@crm/contracts';
import {
  inSpan,
  injectTraceContext,
  SpanKind,
  traceContextOfEvent,
  tracingEnabled,
} from '@crm/observability';
import type { Message } from '../message';
import type { MessagePublisher } from '../message-publisher.port';

/**
 * Publishes a relay batch; with tracing on, in a `relay publish` span continuing the trace of the
 * batch's first remembered append, and with that span's W3C `traceparent` in every message's headers,
 * so consumers in other services join the same trace.
 */
export function publishTraced(
  publisher: MessagePublisher,
  topic: string,
  batch: readonly EventEnvelope[],
  messages: readonly Message[],
): Promise<void> {
  if (!tracingEnabled()) return publisher.publish(topic, messages);
  const parent = firstRemembered(batch);
  return inSpan(
    `relay publish ${topic}`,
    {
      kind: SpanKind.PRODUCER,
      attributes: { 'messaging.destination.name': topic, 'messaging.batch.message_count': messages.length },
      ...(parent ? { parent } : {}),
    },
    () => {
      const trace: Record<string, string> = {};
      injectTraceContext(trace);
      const traced = messages.map((message) => ({ ...message, headers: { ...message.headers, ...trace } }));
      return publisher.publish(topic, traced);
    },
  );
}

function firstRemembered(batch: readonly EventEnvelope[]) {
  for (const event of batch) {
    const context = traceContextOfEvent(event.id);
    if (context) return context;
  }
  return undefined;
}
