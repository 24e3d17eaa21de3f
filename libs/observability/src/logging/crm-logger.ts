import { trace } from '@opentelemetry/api';
import pino, { type DestinationStream, type Logger } from 'pino';
import { tracingEnabled } from '../tracing/tracing';
import { currentLogContext } from './log-context';

export interface CrmLoggerOptions {
  /** `service` field of every line, e.g. `gateway` or `customer-svc`. */
  readonly service: string;
  /** pino level; default `LOG_LEVEL` or `info`. */
  readonly level?: string;
  /** Where lines go; default stdout (synchronous, so nothing is lost when the process exits). */
  readonly destination?: DestinationStream;
}

/**
 * JSON lines with the current log context (tenantId, correlationId, causationId) and, when tracing
 * is on, the active trace and span ids. The context is read only for lines that are written.
 */
export function createCrmLogger(options: CrmLoggerOptions): Logger {
  return pino(
    {
      level: options.level ?? process.env['LOG_LEVEL'] ?? 'info',
      base: { service: options.service },
      messageKey: 'msg',
      timestamp: pino.stdTimeFunctions.isoTime,
      formatters: { level: (label) => ({ level: label }) },
      mixin: contextFields,
    },
    options.destination ?? pino.destination({ dest: 1, sync: true }),
  );
}

function contextFields(): Record<string, string> {
  const fields: Record<string, string> = {};
  const context = currentLogContext();
  if (context?.tenantId) fields['tenantId'] = context.tenantId;
  if (context?.correlationId) fields['correlationId'] = context.correlationId;
  if (context?.causationId) fields['causationId'] = context.causationId;
  if (tracingEnabled()) {
    const span = trace.getActiveSpan()?.spanContext();
    if (span) {
      fields['traceId'] = span.traceId;
      fields['spanId'] = span.spanId;
    }
  }
  return fields;
}
