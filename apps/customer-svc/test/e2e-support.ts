import { CUSTOMER_EVENTS_TOPIC } from '@crm/contracts';
import {
  type ConsumedMessage,
  type ConsumerSubscription,
  createKafkaJsClient,
  KafkaConsumerRunner,
} from '@crm/messaging';
import { repositoryRoot } from '@crm/testing';
import { execFile } from 'node:child_process';
import { randomUUID } from 'node:crypto';
import { rmSync } from 'node:fs';
import { join } from 'node:path';

export async function until(condition: () => Promise<boolean> | boolean, timeoutMs: number, what: string) {
  const deadline = Date.now() + timeoutMs;
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((done) => setTimeout(done, 100));
  }
}

/** Everything published on the customer topic since this test began listening, by stream key. */
export class TopicRecorder {
  readonly byKey = new Map<string, ConsumedMessage[]>();
  private subscription: ConsumerSubscription | undefined;
  private readonly consumer: KafkaConsumerRunner;

  constructor(brokers: string) {
    this.consumer = new KafkaConsumerRunner(
      createKafkaJsClient({ brokers: brokers.split(','), clientId: 'distributed-e2e' }),
    );
  }

  async start(): Promise<void> {
    this.subscription = await this.consumer.subscribe({
      topics: [CUSTOMER_EVENTS_TOPIC],
      groupId: `crm.distributed-e2e.${randomUUID()}`,
      handler: (message) => {
        this.byKey.set(message.key, [...(this.byKey.get(message.key) ?? []), message]);
      },
    });
  }

  async stop(): Promise<void> {
    await this.subscription?.stop();
    await this.consumer.close();
  }
}

/**
 * A Kafka broker of the test's own (scripts/infra/kafka.sh with a private home and ports), so the test
 * can stop and restart it without disturbing suites that use the shared broker.
 */
export class PrivateKafkaBroker {
  readonly brokers: string;
  private readonly env: Record<string, string>;

  constructor(
    private readonly home: string,
    port: number,
    controllerPort: number,
  ) {
    this.brokers = `127.0.0.1:${port}`;
    this.env = {
      CRM_KAFKA_PRIVATE_HOME: home,
      CRM_KAFKA_PRIVATE_PORT: String(port),
      CRM_KAFKA_PRIVATE_CONTROLLER_PORT: String(controllerPort),
    };
  }

  start(): Promise<void> {
    return this.run('start');
  }

  stop(): Promise<void> {
    return this.run('stop');
  }

  private run(command: 'start' | 'stop'): Promise<void> {
    return new Promise((done, fail) => {
      execFile(
        'bash',
        [join(repositoryRoot(), 'scripts/infra/kafka.sh'), command],
        { env: { ...process.env, ...this.env } },
        (error, stdout, stderr) => {
          if (error) fail(new Error(`kafka.sh ${command} failed: ${stdout}${stderr}`));
          else done();
        },
      );
    });
  }

  remove(): void {
    rmSync(this.home, { recursive: true, force: true });
  }
}
