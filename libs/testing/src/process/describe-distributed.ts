import { describeWithServer } from '@crm/test-servers';
import { DistributedStack } from './distributed-stack';

/**
 * A suite against the whole distributed deployment (PostgreSQL, Kafka, MongoDB and every app as its
 * own process), started once for the suite; `stack()` throws if it did not start. Without the servers
 * the suite is skipped, or fails under CI=true, as describeWithServer does.
 */
export function describeDistributed(title: string, body: (stack: () => DistributedStack) => void): void {
  describeWithServer('postgres', title, (postgresUrl) => {
    describeWithServer('kafka', 'with Kafka', (kafkaBrokers) => {
      describeWithServer('mongo', 'and MongoDB', (mongoUrl) => {
        let started: DistributedStack | undefined;

        beforeAll(async () => {
          started = await DistributedStack.start({ postgresUrl, kafkaBrokers, mongoUrl });
        });

        afterAll(async () => {
          await started?.stop();
        });

        body(() => {
          if (!started) throw new Error('the distributed stack did not start');
          return started;
        });
      });
    });
  });
}
