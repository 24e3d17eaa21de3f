import { deadLetterTopic } from '../topics';
import type { KafkaAdmin } from './kafka-client.port';

export interface TopicSpec {
  readonly topic: string;
  readonly partitions: number;
  readonly replicationFactor: number;
  /** Also create `<topic>.dlq` with the same settings. Default true. */
  readonly withDeadLetterTopic?: boolean;
}

/**
 * Creates the topics (and their dead letter topics) that do not exist yet and waits for their leaders.
 * Existing topics are left as they are, so it is safe to call at every start.
 */
export async function ensureTopics(admin: KafkaAdmin, specs: readonly TopicSpec[]): Promise<string[]> {
  const wanted = specs.flatMap((spec) => {
    const config = { numPartitions: spec.partitions, replicationFactor: spec.replicationFactor };
    const main = { topic: spec.topic, ...config };
    return spec.withDeadLetterTopic === false
      ? [main]
      : [main, { topic: deadLetterTopic(spec.topic), ...config }];
  });
  const existing = new Set(await admin.listTopics());
  const missing = wanted.filter((config) => !existing.has(config.topic));
  if (missing.length === 0) return [];
  try {
    await admin.createTopics({ topics: missing, waitForLeaders: true });
  } catch (error) {
    // Another process may have created some of them since listTopics; fail only if one is still absent.
    const now = new Set(await admin.listTopics());
    if (missing.some((config) => !now.has(config.topic))) throw error;
  }
  return missing.map((config) => config.topic);
}
