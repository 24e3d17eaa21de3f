import type { EventEnvelope } from '@crm/contracts';
import type { EventStore, Subscription } from '@crm/event-store';
import {
  CheckpointBatcher,
  VersionWaiters,
  type CheckpointStore,
  type DocumentStore,
} from '@crm/read-models';
import { DuplicateDetector } from './duplicate-detector';

export interface DuplicateDetectionStores {
  readonly eventStore: EventStore;
  readonly documents: DocumentStore;
  readonly checkpoints: CheckpointStore;
}

/** Tails the customer event store into the duplicate detector, with its own checkpoint. */
export class DuplicateDetectionRunner {
  private readonly detector: DuplicateDetector;
  private readonly checkpoint: CheckpointBatcher;
  private readonly waiters = new VersionWaiters();
  private subscription: Subscription | undefined;

  constructor(private readonly stores: DuplicateDetectionStores) {
    this.detector = new DuplicateDetector(stores.documents);
    this.checkpoint = new CheckpointBatcher(
      stores.checkpoints,
      'projection:customer-duplicates',
      { everyEvents: 100, everyMs: 1000 },
      (error) => {
        console.error('Duplicate detection could not save its checkpoint', error);
      },
    );
  }

  async start(): Promise<void> {
    if (this.subscription) return;
    const after = await this.checkpoint.load();
    this.subscription = this.stores.eventStore.subscribe((event) => this.process(event), { after });
  }

  async stop(): Promise<void> {
    const subscription = this.subscription;
    this.subscription = undefined;
    await subscription?.stop();
    await this.checkpoint.flush();
  }

  /** Resolves true once every event up to `position` went through detection, false after the timeout. */
  waitForPosition(position: bigint, timeoutMs: number): Promise<boolean> {
    if (this.checkpoint.current >= position) return Promise.resolve(true);
    return this.waiters.wait((event) => event.globalPosition >= position, timeoutMs);
  }

  private async process(event: EventEnvelope): Promise<void> {
    await this.detector.apply(event);
    this.waiters.notify(event);
    await this.checkpoint.advance(event.globalPosition);
  }
}
