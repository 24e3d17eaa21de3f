import type { EventEnvelope } from '@crm/contracts';
import type { EventStore, Subscription } from '@crm/event-store';
import type { ConsumedMessage } from '../message';
import {
  type ConsumerOptions,
  type ConsumerSubscription,
  DEFAULT_BACKOFF_MS,
  DEFAULT_MAX_RETRIES,
  type MessageConsumer,
} from '../message-consumer.port';
import type { RelayCheckpointStore } from '../relay/relay-checkpoint-store.port';
import { toMessage } from '../relay/integration-message';
import type { DeadLetterStore } from './dead-letter-store.port';
import type { IntegrationMappings } from './integration-mapping';

/** How many events with no message for a group may pass before its checkpoint is saved anyway. */
export const skippedEventsPerCheckpoint = 500;

/**
 * The standalone MessageConsumer: each consumer group tails the one event store from its own durable
 * checkpoint and sees exactly the messages the relays would publish (same mappers, same envelopes).
 * Nothing sits in memory between a commit and its consumers, so a crash loses nothing: the group resumes
 * from its checkpoint, and handlers are idempotent (read-model position guards).
 */
export class StoreFedConsumer implements MessageConsumer {
  constructor(
    private readonly store: EventStore,
    private readonly checkpoints: RelayCheckpointStore,
    private readonly mappings: IntegrationMappings,
    private readonly deadLetters: DeadLetterStore,
  ) {}

  async subscribe(options: ConsumerOptions): Promise<ConsumerSubscription> {
    const checkpointName = `consumer:${options.groupId}`;
    const after = await this.checkpoints.load(checkpointName);
    let skippedSinceSave = 0;
    const subscription: Subscription = this.store.subscribe(
      async (event) => {
        const messages = this.messagesOf(event, options.topics);
        // Most events of the one store are for other topics: passing one by writes nothing, and only
        // every `skippedEventsPerCheckpoint`-th is saved, so a restart re-reads a few that map to nothing.
        if (messages.length === 0 && ++skippedSinceSave < skippedEventsPerCheckpoint) return;
        for (const message of messages) await this.deliver(message, options);
        await this.checkpoints.save(checkpointName, event.globalPosition);
        skippedSinceSave = 0;
      },
      { after },
    );
    return { stop: () => subscription.stop() };
  }

  private messagesOf(event: EventEnvelope, topics: readonly string[]): Omit<ConsumedMessage, 'attempt'>[] {
    return topics.flatMap((topic) => {
      const integration = this.mappings.mapperOf(topic)?.(event);
      return integration ? [{ ...toMessage(event, integration), topic }] : [];
    });
  }

  private async deliver(message: Omit<ConsumedMessage, 'attempt'>, options: ConsumerOptions): Promise<void> {
    const maxRetries = options.maxRetries ?? DEFAULT_MAX_RETRIES;
    let delay = options.backoffMs ?? DEFAULT_BACKOFF_MS;
    for (let attempt = 1; ; attempt++) {
      try {
        await options.handler({ ...message, attempt });
        return;
      } catch (error) {
        if (attempt > maxRetries) {
          await this.deadLetters.record({
            groupId: options.groupId,
            message: { ...message, attempt },
            error: error instanceof Error ? error.message : String(error),
            failedAt: new Date().toISOString(),
          });
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, delay));
        delay *= 2;
      }
    }
  }
}
