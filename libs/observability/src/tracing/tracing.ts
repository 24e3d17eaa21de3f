import { context, propagation, trace } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import {
  BatchSpanProcessor,
  NodeTracerProvider,
  SimpleSpanProcessor,
  type SpanExporter,
} from '@opentelemetry/sdk-trace-node';
import { ATTR_SERVICE_NAME } from '@opentelemetry/semantic-conventions';

export interface TracingOptions {
  readonly serviceName: string;
  readonly env?: NodeJS.ProcessEnv;
  /** Tests: spans go to this exporter, one by one, whatever the environment says. */
  readonly exporter?: SpanExporter;
}

export interface Tracing {
  /** Exports what is buffered and unregisters the provider. */
  shutdown(): Promise<void>;
}

let enabled = false;

/** Whether a tracer provider is registered; every instrumentation point checks this first. */
export function tracingEnabled(): boolean {
  return enabled;
}

/**
 * Tracing is off unless `CRM_TRACING=otlp`: then spans are batched to the OTLP/HTTP endpoint
 * (`OTEL_EXPORTER_OTLP_ENDPOINT` or `OTEL_EXPORTER_OTLP_TRACES_ENDPOINT`, read by the exporter) with W3C
 * trace context propagation. Returns undefined when off.
 */
export function startTracing(options: TracingOptions): Tracing | undefined {
  const mode = (options.env ?? process.env)['CRM_TRACING']?.trim() || 'off';
  if (mode !== 'otlp' && mode !== 'off')
    throw new Error(`CRM_TRACING must be "otlp" or "off", got "${mode}"`);
  if (!options.exporter && mode === 'off') return undefined;
  if (enabled) throw new Error('Tracing is already started in this process');
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ [ATTR_SERVICE_NAME]: options.serviceName }),
    spanProcessors: [
      options.exporter
        ? new SimpleSpanProcessor(options.exporter)
        : new BatchSpanProcessor(new OTLPTraceExporter()),
    ],
  });
  provider.register();
  enabled = true;
  return {
    async shutdown() {
      await provider.shutdown();
      trace.disable();
      context.disable();
      propagation.disable();
      enabled = false;
    },
  };
}
