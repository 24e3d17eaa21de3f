import { describeWithServer } from '@crm/test-servers';
import { type PrometheusSample, scrapePrometheus, sumOfSamples } from '@crm/testing';
import { DistributedStack } from '@crm/testing';
import { until } from './e2e-support';
import { OtlpCollector } from './otlp-collector';

jest.setTimeout(120_000);

const traceId = '0af7651916cd43dd8448eb211c80319c';

describeWithServer('postgres', 'observability of the distributed stack', (postgresUrl) => {
  describeWithServer('kafka', 'with Kafka', (kafkaBrokers) => {
    describeWithServer('mongo', 'and MongoDB', (mongoUrl) => {
      const collector = new OtlpCollector();
      let stack: DistributedStack;

      beforeAll(async () => {
        await collector.start();
        stack = await DistributedStack.start(
          { postgresUrl, kafkaBrokers, mongoUrl },
          {
            CRM_TRACING: 'otlp',
            OTEL_EXPORTER_OTLP_ENDPOINT: collector.endpoint,
            OTEL_BSP_SCHEDULE_DELAY: '100',
          },
        );
      });

      afterAll(async () => {
        await stack.stop();
        await collector.stop();
      });

      it('exports the metrics of gateway and customer service, and they move under load', async () => {
        const service = () => scrapePrometheus(stack.serviceMetricsUrl);
        const gateway = () => scrapePrometheus(`${stack.gatewayUrl}/metrics`);
        const [serviceBefore, gatewayBefore] = [await service(), await gateway()];

        for (const name of ['Scraped GmbH', 'Counted AG']) {
          const created = await stack.request('POST', '/api/v1/customers', {
            body: { type: 'company', name },
          });
          expect(created.status).toBe(201);
        }
        await until(
          async () => sumOfSamples(await service(), 'crm_relay_lag_events', { context: 'customer' }) === 0,
          20_000,
          'the relay to catch up',
        );

        const [serviceAfter, gatewayAfter] = [await service(), await gateway()];
        const moved = (before: PrometheusSample[], after: PrometheusSample[], name: string, labels = {}) =>
          sumOfSamples(after, name, labels) - sumOfSamples(before, name, labels);
        expect(
          moved(gatewayBefore, gatewayAfter, 'crm_http_request_duration_seconds_count', {
            route: '/api/v1/customers',
            status: '201',
          }),
        ).toBe(2);
        expect(
          moved(serviceBefore, serviceAfter, 'crm_command_duration_seconds_count', {
            command: 'RegisterCustomer',
          }),
        ).toBe(2);
        expect(
          moved(serviceBefore, serviceAfter, 'crm_event_store_append_duration_seconds_count', {
            context: 'customer',
          }),
        ).toBe(2);
        const names = new Set(serviceAfter.map((sample) => sample.name));
        for (const name of [
          'crm_relay_lag_events',
          'crm_projection_lag_events',
          'crm_projection_lag_seconds',
        ])
          expect(names).toContain(name);
      });

      it('puts gateway, service, store, relay and projection spans of one command in one trace', async () => {
        const created = await stack.request('POST', '/api/v1/customers', {
          body: { type: 'company', name: 'Traced KG' },
          headers: { traceparent: `00-${traceId}-b7ad6b7169203331-01` },
        });
        expect(created.status).toBe(201);
        const expected = [
          'gateway HTTP POST /api/v1/customers',
          'customer-svc rpc CustomerRpcController.register',
          'customer-svc command RegisterCustomer',
          'customer-svc event_store.append',
          'customer-svc relay publish crm.customer.events.v1',
          'customer-svc projection customer-directory',
        ];
        const inTrace = () =>
          collector.spans
            .filter((span) => span.traceId === traceId)
            .map((span) => `${span.service} ${span.name}`);
        await until(
          () => expected.every((name) => inTrace().includes(name)),
          20_000,
          'the spans of the trace',
        );
        expect(inTrace()).toEqual(expect.arrayContaining(expected));
      });
    });
  });
});
