import { CUSTOMER_DIRECTORY_COLLECTION, customerStreamId } from '@crm/customer';
import { describeWithServer } from '@crm/test-servers';
import { randomUUID } from 'node:crypto';
import { DistributedStack, type Reply } from '@crm/testing';
import { TopicRecorder, until } from './e2e-support';

jest.setTimeout(120_000);

interface Customer {
  readonly id: string;
  readonly name: string;
  readonly version: number;
}

describeWithServer('postgres', 'distributed mode', (postgresUrl) => {
  describeWithServer('kafka', 'with Kafka', (kafkaBrokers) => {
    describeWithServer('mongo', 'and MongoDB', (mongoUrl) => {
      let stack: DistributedStack;
      let topic: TopicRecorder;
      const started: { stop(): Promise<void> }[] = [];

      beforeAll(async () => {
        stack = await DistributedStack.start({ postgresUrl, kafkaBrokers, mongoUrl });
        started.push(stack);
        topic = new TopicRecorder(kafkaBrokers);
        await topic.start();
        started.push(topic);
      });

      afterAll(async () => {
        for (const running of started.reverse()) await running.stop();
      });

      it('carries a command from the gateway to PostgreSQL, Kafka and the MongoDB read model, and reads it back', async () => {
        const created = await stack.request<Customer>('POST', '/api/v1/customers', {
          body: { type: 'company', name: 'Distributed GmbH', email: 'hello@distributed.example' },
        });
        expect(created.status).toBe(201);
        expect(created.headers.get('etag')).toBe('"1"');

        const patched = await stack.request<Customer>('PATCH', `/api/v1/customers/${created.body.id}`, {
          body: { name: 'Distributed AG' },
          headers: { 'if-match': '"1"' },
        });
        expect(patched.status).toBe(200);
        expect(patched.headers.get('etag')).toBe('"2"');

        const read = await stack.request<Customer>('GET', `/api/v1/customers/${created.body.id}`, {
          headers: { 'x-min-version': '2' },
        });
        expect(read.status).toBe(200);
        expect(read.body).toMatchObject({ name: 'Distributed AG', version: 2 });

        const stale = await stack.request('PATCH', `/api/v1/customers/${created.body.id}`, {
          body: { name: 'Lost update' },
          headers: { 'if-match': '"1"' },
        });
        expect(stale.status).toBe(412);
        expect(stale.headers.get('content-type')).toContain('application/problem+json');

        const key = customerStreamId(created.body.id);
        await until(() => (topic.byKey.get(key)?.length ?? 0) >= 2, 20_000, 'both events on Kafka');
        expect(topic.byKey.get(key)?.map((message) => message.value.type)).toEqual([
          'customer.CustomerRegistered.v1',
          'customer.CustomerUpdated.v1',
        ]);
      });

      it('answers 503 problem+json while the customer service is down, and recovers after kill -9 and restart under load', async () => {
        const outcomes: Reply<Customer>[] = [];
        let sent = 0;
        const register = async (): Promise<void> => {
          while (sent < 120) {
            sent += 1;
            const key = randomUUID();
            for (let attempt = 0; ; attempt++) {
              const reply = await stack.request<Customer>('POST', '/api/v1/customers', {
                body: { type: 'person', name: `Load ${sent}` },
                headers: { 'idempotency-key': key },
              });
              if (reply.status === 201 || attempt > 200) {
                outcomes.push(reply);
                break;
              }
              expect([503, 409]).toContain(reply.status);
              await new Promise((done) => setTimeout(done, 50));
            }
          }
        };
        const before = await stack.storedEvents('customer.CustomerRegistered');
        const load = Promise.all(Array.from({ length: 6 }, register));
        await until(() => sent >= 40, 30_000, 'load to get going');
        await stack.customerService.kill('SIGKILL');
        const whileDown = await stack.request('GET', '/health/ready');
        expect(whileDown.status).toBe(503);
        expect(whileDown.body).toMatchObject({ checks: { customerService: 'down' } });
        await stack.customerService.start();
        await load;

        expect(outcomes.filter((reply) => reply.status === 201)).toHaveLength(outcomes.length);
        const stored = (await stack.storedEvents('customer.CustomerRegistered')) - before;
        // A request in flight at the kill may have been appended and then retried: never fewer.
        expect(stored).toBeGreaterThanOrEqual(outcomes.length);
        const total = await stack.storedEvents('customer.CustomerRegistered');
        await until(
          async () => (await stack.readModelDocuments(CUSTOMER_DIRECTORY_COLLECTION)) === total,
          30_000,
          'the read model to hold every stored customer',
        );
        expect(await stack.readModelDocuments(CUSTOMER_DIRECTORY_COLLECTION)).toBe(total);
        for (const reply of outcomes.slice(-5)) {
          const read = await stack.request('GET', `/api/v1/customers/${reply.body.id}`, {
            headers: { 'x-min-version': '1' },
          });
          expect(read.status).toBe(200);
        }
        await until(
          () => outcomes.every((reply) => topic.byKey.has(customerStreamId(reply.body.id))),
          30_000,
          'the relay to publish every registered customer',
        );
      });
    });
  });
});
