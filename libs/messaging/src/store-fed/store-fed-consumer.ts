import type { EventEnvelope } from '@crm/contracts';
import { type EventStore, scanEventsAfter, type Subscription } from '@crm/event-store';
import { lagGauges } from '@crm/observability';
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
import { countDeadLetter, handleInMessageContext } from '../observability/message-context';
import type { DeadLetterStore } from './dead-letter-store.port';
import type { IntegrationMappings } from './integration-mapping';

/** How many events with no message for a group may pass before its checkpoint is saved anyway. */
export const skippedEventsPerCheckpoint = 500;
/** After a delivery, the checkpoint is saved if this many deliveries or milliseconds have passed. */
export const deliveriesPerCheckpoint = 100;
export const checkpointEveryMs = 200;

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
    const pending = { position: after, skipped: 0, delivered: 0, savedAt: 0 };
    let writes: Promise<void> = Promise.resolve();
    let trailing: NodeJS.Timeout | undefined;
    // Saves run one after another, so an older position never overwrites a newer one.
    const save = (): Promise<void> => {
      clearTimeout(trailing);
      trailing = undefined;
      const position = pending.position;
      Object.assign(pending, { skipped: 0, delivered: 0, savedAt: Date.now() });
      writes = writes.then(() => this.checkpoints.save(checkpointName, position));
      return writes;
    };
    const subscription: Subscription = this.store.subscribe(
      async (event) => {
        const messages = this.messagesOf(event, options.topics);
        for (const message of messages) await this.deliver(message, options);
        pending.position = event.globalPosition;
        // Saving late is safe (handlers are idempotent; a restart redelivers a few), so a burst of
        // deliveries saves every hundredth or every 200 ms, and events for other topics every 500th.
        if (messages.length === 0) {
          if (++pending.skipped >= skippedEventsPerCheckpoint) await save();
        } else if (
          ++pending.delivered >= deliveriesPerCheckpoint ||
          Date.now() - pending.savedAt >= checkpointEveryMs
        ) {
          await save();
        } else {
          // The last of a burst is saved shortly after, even if nothing follows it.
          trailing ??= setTimeout(() => void save().catch(() => undefined), checkpointEveryMs).unref();
        }
      },
      { after },
    );
    // Events the group has not passed yet (not all of them carry a message for it).
    const unregisterLag = lagGauges().consumers.register(options.groupId, async () => ({
      eventsBehind: (await scanEventsAfter(this.store, pending.position)).count,
    }));
    return {
      stop: async () => {
        unregisterLag();
        await subscription.stop();
        if (pending.delivered > 0) await save();
        clearTimeout(trailing);
        await writes;
      },
    };
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
        await handleInMessageContext(options.handler, { ...message, attempt }, options.groupId);
        return;
      } catch (error) {
        if (attempt > maxRetries) {
          await this.deadLetters.record({
            groupId: options.groupId,
            message: { ...message, attempt },
            error: error instanceof Error ? error.message : String(error),
            failedAt: new Date().toISOString(),
          });
          countDeadLetter(options.groupId, message.topic);
          return;
        }
        await new Promise((resolve) => setTimeout(resolve, delay));
        delay *= 2;
      }
    }
  }
}
