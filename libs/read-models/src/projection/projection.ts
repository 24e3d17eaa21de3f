import type { EventEnvelope } from '@crm/contracts';

/**
 * A read model as a pure function of (document, event) -> document, plus the routing the runner needs.
 * There is no delete: removing a document would also remove its position guard, so a late duplicate
 * could bring it back. Model removal as state in the document (an erased or archived flag).
 */
export interface Projection<T, Event extends EventEnvelope = EventEnvelope> {
  /** Unique per runner; the checkpoint is stored under `projection:<name>`. */
  readonly name: string;
  readonly collection: string;
  /** Event types this projection reads; every other event only advances the checkpoint. */
  readonly handles: readonly string[];
  /**
   * Which position guards the document: `stream` (default) keeps the last applied version per source
   * stream; `global` keeps one global position, for summary documents fed by many streams.
   */
  readonly guard?: 'stream' | 'global';
  /**
   * The tenant partition the document lives in; defaults to the event's tenant. A context-wide index
   * that a system process reads across tenants (the SLA scheduler's due list) keeps every document in
   * one partition of its own and the tenant in the data.
   */
  partitionOf?(event: Event): string;
  /** The document an event updates, or null when this event concerns no document. */
  documentId(event: Event): string | null;
  /** The next document, or null to leave the current one unchanged. Must be pure. */
  apply(current: T | null, event: Event): T | null;
}
