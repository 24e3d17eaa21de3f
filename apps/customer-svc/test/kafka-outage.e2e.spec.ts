import { CUSTOMER_DIRECTORY_COLLECTION, customerStreamId } from '@crm/customer';
import { describeWithServer } from '@crm/test-servers';
import { freePort } from '@crm/testing';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DistributedStack } from '@crm/testing';
import { PrivateKafkaBroker, TopicRecorder, until } from './e2e-support';

jest.setTimeout(180_000);

describeWithServer('postgres', 'distributed mode, Kafka broker outage', (postgresUrl) => {
  describeWithServer('mongo', 'with MongoDB', (mongoUrl) => {
    // Also needs the shared broker's downloaded jars, so it runs where Kafka can run at all.
    describeWithServer('kafka', 'and a private Kafka broker', () => {
      const started: { stop(): Promise<void> }[] = [];
      let broker: PrivateKafkaBroker;
      let stack: DistributedStack;

      beforeAll(async () => {
        broker = new PrivateKafkaBroker(
          mkdtempSync(join(tmpdir(), 'crm-kafka-outage-')),
          await freePort(),
          await freePort(),
        );
        await broker.start();
        started.push({
          stop: () =>
            broker.stop().then(() => {
              broker.remove();
            }),
        });
        stack = await DistributedStack.start({ postgresUrl, mongoUrl, kafkaBrokers: broker.brokers });
        started.push(stack);
      });

      afterAll(async () => {
        for (const running of started.reverse()) await running.stop();
      });

      it('keeps taking commands while the broker is down and publishes every event once it is back', async () => {
        const ids: string[] = [];
        const register = async (count: number): Promise<void> => {
          for (let index = 0; index < count; index++) {
            const reply = await stack.request<{ id: string }>('POST', '/api/v1/customers', {
              body: { type: 'company', name: `Outage ${ids.length}` },
            });
            expect(reply.status).toBe(201);
            ids.push(reply.body.id);
          }
        };

        await register(20);
        await broker.stop();
        await register(40);
        await broker.start();
        await register(20);

        const topic = new TopicRecorder(broker.brokers);
        await topic.start();
        started.push(topic);
        await until(
          () => ids.every((id) => topic.byKey.has(customerStreamId(id))),
          90_000,
          'every registered customer on Kafka after the outage',
        );
        const stored = await stack.storedEvents('customer.CustomerRegistered');
        expect(stored).toBe(ids.length);
        const published = ids.map((id) => topic.byKey.get(customerStreamId(id))?.length ?? 0);
        // At least once: a publish cut off by the outage may repeat; nothing is lost.
        expect(Math.min(...published)).toBeGreaterThanOrEqual(1);
        expect(await stack.readModelDocuments(CUSTOMER_DIRECTORY_COLLECTION)).toBe(stored);
      });
    });
  });
});
