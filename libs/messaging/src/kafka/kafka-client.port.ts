/**
 * The part of the KafkaJS API the adapters use. `kafkajs` satisfies it (see `createKafkaJsClient`), and
 * so does the KafkaJS-compatible API of `@confluentinc/kafka-javascript`, whose clients are configured
 * differently but used the same way; a factory per library maps our options onto its configuration.
 */
export interface KafkaClient {
  /** An idempotent producer (acks from all in-sync replicas) that retries without duplicating. */
  producer(): KafkaProducer;
  /** A group member that starts from the earliest offset when its group has none and never auto-commits. */
  consumer(options: { readonly groupId: string }): KafkaConsumer;
  admin(): KafkaAdmin;
}

export type KafkaHeaderValue = Buffer | string | (Buffer | string)[] | undefined;

export interface KafkaOutgoingRecord {
  readonly key: string | Buffer | null;
  readonly value: string | Buffer | null;
  readonly headers?: Record<string, string | Buffer>;
}

export interface KafkaProducer {
  connect(): Promise<void>;
  disconnect(): Promise<void>;
  /** Resolves once the broker acknowledged every record. */
  send(record: { topic: string; messages: KafkaOutgoingRecord[] }): Promise<unknown>;
}

export interface KafkaIncomingRecord {
  readonly key: Buffer | null;
  readonly value: Buffer | null;
  readonly offset: string;
  readonly headers?: Record<string, KafkaHeaderValue>;
}

export interface KafkaBatchPayload {
  readonly batch: {
    readonly topic: string;
    readonly partition: number;
    /** Offset after the partition's last record when the batch was fetched. */
    readonly highWatermark: string;
    readonly messages: KafkaIncomingRecord[];
  };
  resolveOffset(offset: string): void;
  /**
   * Commits the given offsets through the batch itself. Unlike a consumer-level commit, which kafkajs
   * drops once a disconnect has begun, this still commits the record that finished during a stop.
   */
  commitOffsetsIfNecessary(offsets: {
    topics: { topic: string; partitions: { partition: number; offset: string }[] }[];
  }): Promise<void>;
  heartbeat(): Promise<void>;
  isRunning(): boolean;
  isStale(): boolean;
}

export interface KafkaConsumer {
  connect(): Promise<void>;
  disconnect(): Promise<void>;
  subscribe(subscription: { topics: string[] }): Promise<void>;
  run(config: {
    eachBatchAutoResolve: boolean;
    eachBatch: (payload: KafkaBatchPayload) => Promise<void>;
  }): Promise<void>;
}

export interface KafkaTopicConfig {
  topic: string;
  numPartitions: number;
  replicationFactor: number;
}

export interface KafkaAdmin {
  connect(): Promise<void>;
  disconnect(): Promise<void>;
  listTopics(): Promise<string[]>;
  createTopics(options: { topics: KafkaTopicConfig[]; waitForLeaders?: boolean }): Promise<boolean>;
  deleteTopics(options: { topics: string[] }): Promise<void>;
}
