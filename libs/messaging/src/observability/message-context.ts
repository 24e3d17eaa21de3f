import {
  crmMetrics,
  extractTraceContext,
  inSpan,
  SpanKind,
  traceContextOfEvent,
  withLogContext,
} from '@crm/observability';
import type { ConsumedMessage } from '../message';
import type { MessageHandler } from '../message-consumer.port';

/**
 * Hands a message to its handler with the log context its headers carry (tenant, correlation,
 * causation) and, with tracing on, in a consumer span continuing the trace of its `traceparent`
 * header (or of the append, when this process did it).
 */
export function handleInMessageContext(
  handler: MessageHandler,
  message: ConsumedMessage,
  groupId: string,
): Promise<void> {
  const headers = message.headers;
  const logContext = {
    tenantId: headers['tenantId'],
    correlationId: headers['correlationId'],
    causationId: headers['causationId'],
  };
  return withLogContext(logContext, () => {
    const parent =
      headers['traceparent'] === undefined
        ? traceContextOfEvent(message.value.id)
        : extractTraceContext(headers);
    return inSpan(
      `consume ${message.topic}`,
      {
        kind: SpanKind.CONSUMER,
        attributes: { 'messaging.destination.name': message.topic, 'messaging.consumer.group.name': groupId },
        ...(parent ? { parent } : {}),
      },
      async () => {
        await handler(message);
      },
    );
  });
}

/** Counts a message parked after its retries (`crm_dead_letters_total`). */
export function countDeadLetter(groupId: string, topic: string): void {
  crmMetrics().deadLetters.labels(groupId, topic).inc();
}
