import { startTracing, type Tracing } from '@crm/observability';
import { InMemorySpanExporter, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { GatewayHarness } from '../src/testing/gateway-harness';

const callerTraceId = '4bf92f3577b34da6a3ce929d0e0e4736';

describe('tracing a command through the standalone gateway', () => {
  const exporter = new InMemorySpanExporter();
  let tracing: Tracing | undefined;
  let gateway: GatewayHarness;

  beforeAll(async () => {
    tracing = startTracing({ serviceName: 'gateway-e2e', exporter });
    gateway = await GatewayHarness.start();
  });

  afterAll(async () => {
    await gateway.stop({ removeData: true });
    await tracing?.shutdown();
  });

  it('puts the HTTP request, the command, the append and the projections in the caller trace', async () => {
    exporter.reset();
    const created = await gateway.request<{ id: string }>('POST', '/api/v1/customers', {
      body: { type: 'company', name: 'Traced GmbH' },
      headers: { traceparent: `00-${callerTraceId}-00f067aa0ba902b7-01` },
    });
    expect(created.status).toBe(201);

    const spans = await spansUntil(exporter, (all) =>
      all.some((span) => span.name.startsWith('projection ')),
    );
    const names = spans.map((span) => span.name);
    expect(names).toEqual(
      expect.arrayContaining([
        'HTTP POST /api/v1/customers',
        'command RegisterCustomer',
        'event_store.append',
        'projection customer-directory',
      ]),
    );
    expect(new Set(spans.map((span) => span.spanContext().traceId))).toEqual(new Set([callerTraceId]));
    const byName = new Map(spans.map((span) => [span.name, span]));
    expect(byName.get('event_store.append')?.parentSpanContext?.spanId).toBe(
      byName.get('command RegisterCustomer')?.spanContext().spanId,
    );
  });

  it('starts a trace of its own for a request without traceparent', async () => {
    exporter.reset();
    const created = await gateway.request('POST', '/api/v1/customers', {
      body: { type: 'person', name: 'Ada' },
    });
    expect(created.status).toBe(201);
    const spans = await spansUntil(exporter, (all) => all.some((span) => span.name === 'event_store.append'));
    // Projection spans of the first test may still arrive: only this request's own spans are compared.
    const traceOf = (name: string) => spans.find((span) => span.name === name)?.spanContext().traceId;
    const traceId = traceOf('HTTP POST /api/v1/customers');
    expect(traceId).toBeDefined();
    expect(traceId).not.toBe(callerTraceId);
    expect(traceOf('command RegisterCustomer')).toBe(traceId);
    expect(traceOf('event_store.append')).toBe(traceId);
  });
});

async function spansUntil(
  exporter: InMemorySpanExporter,
  done: (spans: ReadableSpan[]) => boolean,
): Promise<ReadableSpan[]> {
  const deadline = Date.now() + 5000;
  for (;;) {
    const spans = exporter.getFinishedSpans();
    if (done(spans) && spans.some((span) => span.name.startsWith('HTTP '))) return spans;
    if (Date.now() > deadline) throw new Error(`spans so far: ${spans.map((span) => span.name).join(', ')}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}
