import type { ConsumerOptions } from '../message-consumer.port';
import { countDeadLetter, handleInMessageContext } from '../observability/message-context';
import { DeadLetterHeaders, deadLetterTopic } from '../topics';
import type {
  KafkaBatchPayload,
  KafkaConsumer,
  KafkaIncomingRecord,
  KafkaOutgoingRecord,
} from './kafka-client.port';
import { KafkaGroupLag } from './kafka-group-lag';
import { fromKafkaRecord, toDeadLetterRecord, UndecodableRecordError } from './kafka-record';

export interface KafkaSubscriptionSettings {
  readonly maxRetries: number;
  readonly backoffMs: number;
  /** Commit after this many handled records even in the middle of a fetched batch. */
  readonly commitEvery: number;
  readonly sendDeadLetter: (topic: string, record: KafkaOutgoingRecord) => Promise<void>;
}

/**
 * One group member: handles each record in order, retries with exponential backoff, dead-letters what
 * still fails, and commits an offset only after the record's handler (or its dead-lettering) finished.
 */
export class KafkaSubscription {
  private stopping: Promise<void> | undefined;
  private wakeFromBackoff: (() => void) | undefined;
  private readonly lag: KafkaGroupLag;

  constructor(
    private readonly consumer: KafkaConsumer,
    private readonly options: ConsumerOptions,
    private readonly settings: KafkaSubscriptionSettings,
  ) {
    this.lag = KafkaGroupLag.of(options.groupId);
  }

  async start(): Promise<void> {
    await this.consumer.connect();
    try {
      await this.consumer.subscribe({ topics: [...this.options.topics] });
      await this.consumer.run({
        eachBatchAutoResolve: false,
        eachBatch: (payload) => this.handleBatch(payload),
      });
    } catch (error) {
      await this.consumer.disconnect();
      throw error;
    }
  }

  /** Lets the record in flight finish (a backoff wait ends early), commits it, and leaves the group. */
  stop(): Promise<void> {
    this.stopping ??= (async () => {
      this.wakeFromBackoff?.();
      this.lag.forget(this);
      await this.consumer.disconnect();
    })();
    return this.stopping;
  }

  private async handleBatch(payload: KafkaBatchPayload): Promise<void> {
    const { topic, partition, messages, highWatermark } = payload.batch;
    let handled: string | undefined;
    let sinceCommit = 0;
    const commit = async () => {
      if (handled === undefined || sinceCommit === 0) return;
      sinceCommit = 0;
      const offset = (BigInt(handled) + 1n).toString();
      await payload.commitOffsetsIfNecessary({ topics: [{ topic, partitions: [{ partition, offset }] }] });
    };
    try {
      for (const record of messages) {
        if (this.stopping || !payload.isRunning() || payload.isStale()) break;
        if (!(await this.deliver(topic, record))) break;
        payload.resolveOffset(record.offset);
        handled = record.offset;
        this.lag.handled(this, topic, partition, highWatermark, record.offset);
        if (++sinceCommit >= this.settings.commitEvery) await commit();
        await payload.heartbeat();
      }
    } finally {
      await commit();
    }
  }

  // False when the member stopped mid-retry: the record stays uncommitted for the group's next member.
  private async deliver(topic: string, record: KafkaIncomingRecord): Promise<boolean> {
    try {
      fromKafkaRecord(record);
    } catch (error) {
      if (!(error instanceof UndecodableRecordError)) throw error;
      await this.deadLetter(topic, record, error, 1);
      return true;
    }
    const { maxRetries, backoffMs } = this.settings;
    let lastError: unknown;
    for (let attempt = 1; attempt <= maxRetries + 1; attempt++) {
      if (this.stopping) return false;
      try {
        const message = { ...fromKafkaRecord(record), topic, attempt };
        await handleInMessageContext(this.options.handler, message, this.options.groupId);
        return true;
      } catch (error) {
        lastError = error;
        if (attempt <= maxRetries) await this.backoff(backoffMs * 2 ** (attempt - 1));
      }
    }
    await this.deadLetter(topic, record, lastError, maxRetries + 1);
    return true;
  }

  private async deadLetter(topic: string, record: KafkaIncomingRecord, failure: unknown, attempts: number) {
    const error = failure instanceof Error ? failure : new Error(String(failure));
    await this.settings.sendDeadLetter(
      deadLetterTopic(topic),
      toDeadLetterRecord(record, {
        [DeadLetterHeaders.error]: error.message,
        [DeadLetterHeaders.errorName]: error.name,
        [DeadLetterHeaders.originalTopic]: topic,
        [DeadLetterHeaders.groupId]: this.options.groupId,
        [DeadLetterHeaders.attempts]: String(attempts),
      }),
    );
    countDeadLetter(this.options.groupId, topic);
  }

  private backoff(ms: number): Promise<void> {
    // A stop that came before this wait began has nothing to wake: do not start waiting at all.
    if (this.stopping) return Promise.resolve();
    return new Promise((resolve) => {
      const wake = () => {
        clearTimeout(timer);
        this.wakeFromBackoff = undefined;
        resolve();
      };
      const timer = setTimeout(wake, ms);
      this.wakeFromBackoff = wake;
    });
  }
}
