import { describeWithServer } from '@crm/test-servers';
import { DistributedStack, runCustomerJourney } from '@crm/testing';

jest.setTimeout(180_000);

// The same scenario as customer-journey.e2e.spec.ts, with every context its own process: the gateway
// calls each service over TCP and the contexts hear each other only through Kafka.
describeWithServer('postgres', 'a customer journey in distributed mode', (postgresUrl) => {
  describeWithServer('kafka', 'with Kafka', (kafkaBrokers) => {
    describeWithServer('mongo', 'and MongoDB', (mongoUrl) => {
      let stack: DistributedStack | undefined;

      beforeAll(async () => {
        stack = await DistributedStack.start({ postgresUrl, kafkaBrokers, mongoUrl });
      });

      afterAll(async () => {
        await stack?.stop();
      });

      it('converts a campaign lead to a customer who orders and is served, across four services and Kafka', async () => {
        if (!stack) throw new Error('the distributed stack did not start');
        await runCustomerJourney(stack, 60_000);
      });
    });
  });
});
