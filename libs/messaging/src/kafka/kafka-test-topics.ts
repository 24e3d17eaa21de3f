import { randomUUID } from 'node:crypto';
import type { KafkaAdmin, KafkaClient } from './kafka-client.port';
import { createKafkaJsClient } from './kafkajs-client';
import { ensureTopics } from './kafka-topics';

/**
 * For integration suites: a kafkajs client on the test broker and topics unique to this run, each
 * created with its dead letter topic and all deleted at the end.
 */
export class KafkaTestTopics {
  readonly client: KafkaClient;
  private readonly admin: KafkaAdmin;
  private readonly runId = randomUUID().slice(0, 8);
  private readonly created: string[] = [];
  private count = 0;
  private connected: Promise<void> | undefined;

  constructor(brokers: string) {
    this.client = createKafkaJsClient({ brokers: brokers.split(','), clientId: `crm-test-${this.runId}` });
    this.admin = this.client.admin();
  }

  /** `crm.<context>.events.v1` for a context name unique to this run; pass it to a Relay. */
  uniqueContext(purpose: string): string {
    return `${purpose}${this.runId}x${++this.count}`;
  }

  async create(topic = `crm.test-${this.runId}-${++this.count}.events.v1`, partitions = 3): Promise<string> {
    this.connected ??= this.admin.connect();
    await this.connected;
    this.created.push(...(await ensureTopics(this.admin, [{ topic, partitions, replicationFactor: 1 }])));
    return topic;
  }

  async deleteAll(): Promise<void> {
    if (!this.connected) return;
    await this.connected;
    if (this.created.length > 0) await this.admin.deleteTopics({ topics: this.created.splice(0) });
    await this.admin.disconnect();
    this.connected = undefined;
  }
}
