import { ensureTopics, type KafkaClient } from '@crm/messaging';
import type { ContextServiceConfig } from './context-service-config';

/** Creates the topics (and their `.dlq`) that are absent, with the service's partition settings. */
export async function ensureContextTopics(
  client: KafkaClient,
  config: ContextServiceConfig,
  topics: readonly string[],
): Promise<void> {
  const admin = client.admin();
  await admin.connect();
  try {
    const settings = { partitions: config.topicPartitions, replicationFactor: config.topicReplicationFactor };
    await ensureTopics(
      admin,
      topics.map((topic) => ({ topic, ...settings })),
    );
  } finally {
    await admin.disconnect();
  }
}
