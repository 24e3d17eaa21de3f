import type { EventEnvelope } from '@crm/contracts';
import { type EventStore, scanEventsAfter, type Subscription } from '@crm/event-store';
import { lagGauges } from '@crm/observability';
import type { MessagePublisher } from '../message-publisher.port';
import { integrationTopic } from '../topics';
import { toMessage, type IntegrationEventMapper } from './integration-message';
import { publishTraced } from './relay-tracing';
import type { RelayCheckpointStore } from './relay-checkpoint-store.port';

export interface RelayOptions {
  /** The bounded context whose store this relay tails, e.g. `customer`. */
  readonly context: string;
  readonly eventStore: EventStore;
  readonly checkpoints: RelayCheckpointStore;
  readonly publisher: MessagePublisher;
  readonly mapper: IntegrationEventMapper;
  /** Events per publish call (one producer request). Default 256. */
  readonly batchSize?: number;
  /** Events read ahead of the broker before the store subscription is paused. Default 4096. */
  readonly maxQueued?: number;
  /** First retry delay after a failed publish; doubles up to 5 s. Default 100 ms. */
  readonly retryDelayMs?: number;
  readonly logger?: { error(message: string, error: unknown): void };
}

/**
 * Publishes a context's events without dual writes (design.md section 5): tails the event store from
 * its checkpoint into a bounded queue, publishes up to `batchSize` mapped events per producer request
 * to `crm.<context>.events.v1`, and saves the checkpoint only after the broker acknowledged the batch.
 * A failed publish is retried with backoff, never skipped; after a crash the relay resumes from the
 * checkpoint, so delivery is at least once. Run one relay per context.
 */
export class Relay {
  readonly topic: string;
  private readonly checkpointName: string;
  private readonly batchSize: number;
  private readonly maxQueued: number;
  private subscription: Subscription | undefined;
  private queue: EventEnvelope[] = [];
  private flushing: Promise<void> | undefined;
  private stopped = false;
  private spaceWaiters: (() => void)[] = [];
  private unregisterLag: (() => void) | undefined;

  constructor(private readonly options: RelayOptions) {
    this.topic = integrationTopic(options.context);
    this.checkpointName = `relay:${options.context}`;
    this.batchSize = options.batchSize ?? 256;
    this.maxQueued = options.maxQueued ?? 4096;
  }

  async start(): Promise<void> {
    if (this.subscription) return;
    this.stopped = false;
    const after = await this.options.checkpoints.load(this.checkpointName);
    this.subscription = this.options.eventStore.subscribe((event) => this.enqueue(event), { after });
    this.unregisterLag = lagGauges().relays.register(this.options.context, async () => ({
      eventsBehind: (await scanEventsAfter(this.options.eventStore, await this.position())).count,
    }));
  }

  /** Stops reading; what is queued but unpublished is read again from the checkpoint next start. */
  async stop(): Promise<void> {
    this.stopped = true;
    this.unregisterLag?.();
    this.unregisterLag = undefined;
    this.releaseSpace();
    const subscription = this.subscription;
    this.subscription = undefined;
    await subscription?.stop();
    await this.flushing;
    this.queue = [];
  }

  /** The global position published so far, as stored. */
  position(): Promise<bigint> {
    return this.options.checkpoints.load(this.checkpointName);
  }

  // The subscription's handler: queue the event and, when the queue is full, hold the subscription
  // until the broker has caught up.
  private async enqueue(event: EventEnvelope): Promise<void> {
    this.queue.push(event);
    this.flushing ??= this.flush();
    if (this.queue.length >= this.maxQueued && !this.stopped)
      await new Promise<void>((resolve) => this.spaceWaiters.push(resolve));
  }

  private async flush(): Promise<void> {
    try {
      while (this.queue.length > 0 && !this.hasStopped()) {
        const batch = this.queue.slice(0, this.batchSize);
        if (!(await this.publishWithRetry(batch))) return;
        this.queue.splice(0, batch.length);
        this.releaseSpace();
      }
    } finally {
      this.flushing = undefined;
    }
  }

  private async publishWithRetry(batch: readonly EventEnvelope[]): Promise<boolean> {
    const last = batch[batch.length - 1];
    if (!last) return true;
    const messages = batch.flatMap((event) => {
      const integration = this.options.mapper(event);
      return integration ? [toMessage(event, integration)] : [];
    });
    for (let attempt = 0; !this.hasStopped(); attempt++) {
      try {
        if (messages.length > 0) await publishTraced(this.options.publisher, this.topic, batch, messages);
        await this.options.checkpoints.save(this.checkpointName, last.globalPosition);
        return true;
      } catch (error) {
        (this.options.logger ?? console).error(
          `Relay ${this.options.context} could not publish up to position ${last.globalPosition} (attempt ${attempt + 1}); retrying`,
          error,
        );
        await this.pause(Math.min((this.options.retryDelayMs ?? 100) * 2 ** attempt, 5000));
      }
    }
    return false;
  }

  // A method, not the field: stop() flips it while this loop awaits.
  private hasStopped(): boolean {
    return this.stopped;
  }

  private releaseSpace(): void {
    const waiters = this.spaceWaiters;
    this.spaceWaiters = [];
    for (const resolve of waiters) resolve();
  }

  private pause(ms: number): Promise<void> {
    return new Promise((resolve) => setTimeout(resolve, ms).unref());
  }
}
