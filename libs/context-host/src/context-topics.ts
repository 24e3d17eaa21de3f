import { ensureTopics, type KafkaClient } from '@crm/messaging';
import type { ContextServiceConfig } from './context-service-config';

const ATTEMPTS = 10;
const RETRY_MS = 500;

/**
 * Creates the topics (and their `.dlq`) that are absent, with the service's partition settings. Several
 * services create topics at once on a fresh broker, whose metadata then lags for a moment ("does not
 * host this topic-partition"), so a failed attempt is retried before it counts.
 */
export async function ensureContextTopics(
  client: KafkaClient,
  config: ContextServiceConfig,
  topics: readonly string[],
): Promise<void> {
  const settings = { partitions: config.topicPartitions, replicationFactor: config.topicReplicationFactor };
  for (let attempt = 1; ; attempt++) {
    const admin = client.admin();
    try {
      await admin.connect();
      await ensureTopics(
        admin,
        topics.map((topic) => ({ topic, ...settings })),
      );
      return;
    } catch (error) {
      if (attempt >= ATTEMPTS) throw error;
      await new Promise((done) => setTimeout(done, RETRY_MS));
    } finally {
      await admin.disconnect();
    }
  }
}
