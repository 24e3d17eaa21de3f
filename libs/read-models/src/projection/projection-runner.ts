import type { EventEnvelope } from '@crm/contracts';
import { type EventStore, scanEventsAfter, type Subscription } from '@crm/event-store';
import { inSpan, lagGauges, traceContextOfEvent } from '@crm/observability';
import type { CheckpointStore } from '../checkpoint-store.port';
import type { DocumentCollection, DocumentStore } from '../document-store.port';
import { applyWithGuard, documentIdFor } from './apply-with-guard';
import { writeGuarded } from './write-guarded';
import { CheckpointBatcher, type CheckpointBatching } from './checkpoint-batcher';

import { NewDocumentBatch, type NewDocument } from './new-document-batch';
import type { Projection } from './projection';
import { VersionWaiters } from './version-waiters';

export interface ProjectionRunnerOptions<T> {
  readonly projection: Projection<T>;
  readonly eventStore: EventStore;
  readonly documents: DocumentStore;
  readonly checkpoints: CheckpointStore;
  /** Defaults: every 100 events or 1000 ms, and always on stop. */
  readonly checkpointBatching?: Partial<CheckpointBatching>;
  /** Lost conditional writes in a row before the event counts as failed (the subscription retries it). */
  readonly maxWriteAttempts?: number;
  readonly now?: () => number;
  readonly logger?: { error(message: string, error: unknown): void };
}

export interface ProjectionLag {
  readonly eventsBehind: number;
  /** Age of the oldest event not yet processed (by its occurredAt); 0 when caught up. */
  readonly secondsBehind: number;
}

export interface RebuildProgress {
  readonly processed: number;
  readonly total: number;
}

/**
 * Runs one projection: tails the event store from its checkpoint and applies each handled event with a
 * conditional write guarded by the document's stream positions, so replays and duplicates change
 * nothing. One runner per projection keeps checkpoints, lag and rebuilds independent.
 */
export class ProjectionRunner<T> {
  private readonly projection: Projection<T>;
  private readonly collection: DocumentCollection<T>;
  private readonly checkpoint: CheckpointBatcher;
  private readonly waiters = new VersionWaiters();
  private readonly newDocuments: NewDocumentBatch<T>;
  private subscription: Subscription | undefined;
  private rebuilding = false;
  private unregisterLag: (() => void) | undefined;

  constructor(private readonly options: ProjectionRunnerOptions<T>) {
    this.projection = options.projection;
    this.collection = options.documents.collection<T>(options.projection.collection);
    const logger = options.logger ?? console;
    this.newDocuments = new NewDocumentBatch(
      this.collection,
      (document, created) => this.settleNewDocument(document, created),
      (error) => {
        logger.error(`Projection ${options.projection.name} could not create new documents; retrying`, error);
      },
    );
    this.checkpoint = new CheckpointBatcher(
      options.checkpoints,
      `projection:${options.projection.name}`,
      { everyEvents: 100, everyMs: 1000, ...options.checkpointBatching },
      (error) => {
        logger.error(`Projection ${options.projection.name} could not save its checkpoint`, error);
      },
    );
  }

  get name(): string {
    return this.projection.name;
  }

  /** Global position of the last event this runner has processed (applied or skipped). */
  get position(): bigint {
    return this.checkpoint.current;
  }

  async start(): Promise<void> {
    if (this.subscription) return;
    if (this.rebuilding) throw new Error(`Projection ${this.name} is rebuilding`);
    const after = await this.checkpoint.load();
    this.subscription = this.options.eventStore.subscribe((event) => this.processTraced(event), { after });
    this.unregisterLag ??= lagGauges().projections.register(this.name, () => this.lag());
  }

  async stop(): Promise<void> {
    this.unregisterLag?.();
    this.unregisterLag = undefined;
    await this.halt();
  }

  // Stops tailing but keeps reporting lag: a rebuild shows its progress as falling lag.
  private async halt(): Promise<void> {
    const subscription = this.subscription;
    this.subscription = undefined;
    await subscription?.stop();
    await this.newDocuments.flush();
    await this.checkpoint.flush();
  }

  /** Empties the collection and replays the whole log; resumes tailing afterwards if it was running. */
  async rebuild(onProgress?: (progress: RebuildProgress) => void): Promise<{ readonly processed: number }> {
    const wasRunning = this.subscription !== undefined;
    await this.halt();
    this.rebuilding = true;
    try {
      await this.collection.clear();
      await this.checkpoint.reset();
      const total = (await scanEventsAfter(this.options.eventStore, 0n)).count;
      let processed = 0;
      onProgress?.({ processed, total });
      for (;;) {
        const page = await this.options.eventStore.readAll({ after: this.checkpoint.current, limit: 500 });
        if (page.length === 0) break;
        for (const event of page) await this.process(event);
        processed += page.length;
        onProgress?.({ processed, total: Math.max(total, processed) });
      }
      await this.newDocuments.flush();
      await this.checkpoint.flush();
      return { processed };
    } finally {
      this.rebuilding = false;
      if (wasRunning) await this.start();
    }
  }

  async lag(): Promise<ProjectionLag> {
    const after =
      this.subscription || this.rebuilding ? this.checkpoint.current : await this.checkpoint.load();
    const { count, oldest } = await scanEventsAfter(this.options.eventStore, after);
    const now = this.options.now?.() ?? Date.now();
    const age = oldest ? (now - Date.parse(oldest.occurredAt)) / 1000 : 0;
    return { eventsBehind: count, secondsBehind: Math.max(0, age) };
  }

  /**
   * Read-your-writes: resolves true once this projection has processed `streamId` up to `version`
   * (whether or not that event changed the document), false after `timeoutMs`.
   */
  async waitForStreamVersion(
    tenantId: string,
    documentId: string,
    streamId: string,
    version: number,
    timeoutMs: number,
  ): Promise<boolean> {
    const document = await this.collection.get(tenantId, documentId);
    if ((document?.positions[streamId] ?? 0) >= version) return true;
    const [target] = await this.options.eventStore.readStream(streamId, {
      fromVersion: version,
      toVersion: version,
    });
    if (target && this.checkpoint.current >= target.globalPosition) return true;
    return this.waiters.wait(
      (event) =>
        target
          ? event.globalPosition >= target.globalPosition
          : event.streamId === streamId && event.streamVersion >= version,
      timeoutMs,
    );
  }

  /** Consistency token form: resolves true once every event up to `position` has been processed. */
  waitForPosition(position: bigint, timeoutMs: number): Promise<boolean> {
    if (this.checkpoint.current >= position) return Promise.resolve(true);
    return this.waiters.wait((event) => event.globalPosition >= position, timeoutMs);
  }

  // Continues the trace of the command that appended the event, when this process remembers it.
  private processTraced(event: EventEnvelope): Promise<void> {
    const parent = traceContextOfEvent(event.id);
    if (!parent) return this.process(event);
    return inSpan(
      `projection ${this.name}`,
      {
        parent,
        attributes: { 'crm.event_type': event.type, 'crm.global_position': String(event.globalPosition) },
      },
      () => this.process(event),
    );
  }

  private async process(event: EventEnvelope): Promise<void> {
    const documentId = documentIdFor(this.projection, event);
    const opening = documentId === null ? null : this.newDocumentOf(event, documentId);
    if (opening) {
      if (this.newDocuments.holds(event.globalPosition)) await this.newDocuments.flush();
      else await this.newDocuments.add(opening);
      return;
    }
    // Whatever waits to be created lands first: events take effect in order.
    await this.newDocuments.flush();
    if (documentId !== null) await this.applyToDocument(event, documentId);
    this.waiters.notify(event);
    await this.checkpoint.advance(event.globalPosition);
  }

  // The first event of a stream usually creates its document: such events are batched into one
  // insertNew instead of a read and a write each (on FerretDB 1.x every read by id is a full scan).
  private newDocumentOf(event: EventEnvelope, documentId: string): NewDocument<T> | null {
    if (event.streamVersion !== 1 || this.projection.guard === 'global') return null;
    const write = applyWithGuard(this.projection, event, documentId, null);
    return write === null ? null : { event, documentId, write };
  }

  private async settleNewDocument(document: NewDocument<T>, created: boolean): Promise<void> {
    if (!created) await this.applyToDocument(document.event, document.documentId);
    this.waiters.notify(document.event);
    await this.checkpoint.advance(document.event.globalPosition);
  }

  private applyToDocument(event: EventEnvelope, documentId: string): Promise<void> {
    return writeGuarded(this.collection, this.projection, event, documentId, this.options.maxWriteAttempts);
  }
}
