import { randomBytes } from 'node:crypto';
import { ensureTopics, type KafkaAdmin, type KafkaClient } from '@crm/messaging';

export const TOPIC_PARTITIONS = 3;

/** Topics of this run only, created like the relay's topics and deleted at the end. */
export class BenchTopics {
  private readonly admin: KafkaAdmin;
  private readonly runId = randomBytes(4).toString('hex');
  private readonly created: string[] = [];

  constructor(client: KafkaClient) {
    this.admin = client.admin();
  }

  connect(): Promise<void> {
    return this.admin.connect();
  }

  /** A context name unique to this run: the relay publishes to `crm.<context>.events.v1`. */
  uniqueContext(purpose: string): string {
    return `bench${purpose}${this.runId}`;
  }

  async create(topic: string): Promise<string> {
    const spec = { topic, partitions: TOPIC_PARTITIONS, replicationFactor: 1, withDeadLetterTopic: false };
    this.created.push(...(await ensureTopics(this.admin, [spec])));
    return topic;
  }

  async deleteAllAndDisconnect(): Promise<void> {
    try {
      if (this.created.length > 0) await this.admin.deleteTopics({ topics: this.created.splice(0) });
    } finally {
      await this.admin.disconnect();
    }
  }
}
