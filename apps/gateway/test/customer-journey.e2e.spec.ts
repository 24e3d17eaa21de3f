import { runCustomerJourney } from '@crm/testing';
import { GatewayHarness } from '../src/testing/gateway-harness';

// The cross-context scenario in standalone mode: contexts talk only through integration events.
// customer-journey.distributed.e2e.spec.ts runs the same steps against one process per context.
describe('a customer journey across marketing, customer, sales and service over HTTP', () => {
  let gateway: GatewayHarness;

  beforeAll(async () => {
    gateway = await GatewayHarness.start();
  });

  afterAll(async () => {
    await gateway.stop({ removeData: true });
  });

  it('converts a campaign lead to a customer who orders and is served: timeline, lifetime value and campaign performance agree', async () => {
    await runCustomerJourney(gateway, 10_000);
  });
});
