import { describeDistributed, runCustomerJourney } from '@crm/testing';

jest.setTimeout(180_000);

// The same scenario as customer-journey.e2e.spec.ts, with every context its own process: the gateway
// calls each service over TCP and the contexts hear each other only through Kafka.
describeDistributed('a customer journey in distributed mode', (stack) => {
  it('converts a campaign lead to a customer who orders and is served, across four services and Kafka', async () => {
    await runCustomerJourney(stack(), 60_000);
  });
});
