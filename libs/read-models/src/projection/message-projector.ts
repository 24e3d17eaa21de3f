import type { EventEnvelope } from '@crm/contracts';
import type { DocumentStore } from '../document-store.port';
import { documentIdFor } from './apply-with-guard';
import type { Projection } from './projection';
import { writeGuarded } from './write-guarded';

/**
 * A projection fed by another context's integration events, delivered by a consumer group instead of
 * read from this context's event store. Same pure projection, same per-stream position guards: the
 * at-least-once delivery of a topic (redeliveries, replays from an older offset) changes nothing twice.
 * The consumer group's offset is its checkpoint.
 */
export class MessageProjector<T> {
  constructor(
    private readonly projection: Projection<T>,
    private readonly documents: DocumentStore,
    private readonly maxWriteAttempts?: number,
  ) {}

  get handles(): readonly string[] {
    return this.projection.handles;
  }

  /** `event` carries the integration event's type and data in the envelope of the event it came from. */
  async apply(event: EventEnvelope): Promise<void> {
    const documentId = documentIdFor(this.projection, event);
    if (documentId === null) return;
    const collection = this.documents.collection<T>(this.projection.collection);
    await writeGuarded(collection, this.projection, event, documentId, this.maxWriteAttempts);
  }
}
