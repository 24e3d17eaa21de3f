import type { EventEnvelope } from '@crm/contracts';
import type { EventStore, Subscription } from '@crm/event-store';
import type { MessagePublisher } from '../message-publisher.port';
import { integrationTopic } from '../topics';
import { toMessage, type IntegrationEventMapper } from './integration-message';
import type { RelayCheckpointStore } from './relay-checkpoint-store.port';

export interface RelayOptions {
  /** The bounded context whose store this relay tails, e.g. `customer`. */
  readonly context: string;
  readonly eventStore: EventStore;
  readonly checkpoints: RelayCheckpointStore;
  readonly publisher: MessagePublisher;
  readonly mapper: IntegrationEventMapper;
}

/**
 * Publishes a context's events without dual writes (design.md section 5): tails the event store from
 * its checkpoint, publishes each mapped event to `crm.<context>.events.v1`, and saves the checkpoint
 * only after the publish resolved. A failed publish throws, and the subscription retries the same event
 * with backoff, so nothing is skipped; delivery is at least once. Run one relay per context.
 */
export class Relay {
  readonly topic: string;
  private readonly checkpointName: string;
  private subscription: Subscription | undefined;

  constructor(private readonly options: RelayOptions) {
    this.topic = integrationTopic(options.context);
    this.checkpointName = `relay:${options.context}`;
  }

  async start(): Promise<void> {
    if (this.subscription) return;
    const after = await this.options.checkpoints.load(this.checkpointName);
    this.subscription = this.options.eventStore.subscribe((event) => this.relay(event), { after });
  }

  async stop(): Promise<void> {
    const subscription = this.subscription;
    this.subscription = undefined;
    await subscription?.stop();
  }

  /** The global position published so far, as stored. */
  position(): Promise<bigint> {
    return this.options.checkpoints.load(this.checkpointName);
  }

  private async relay(event: EventEnvelope): Promise<void> {
    const integration = this.options.mapper(event);
    if (integration) await this.options.publisher.publish(this.topic, [toMessage(event, integration)]);
    await this.options.checkpoints.save(this.checkpointName, event.globalPosition);
  }
}
