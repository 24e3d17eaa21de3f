import type { EventEnvelope } from '@crm/contracts';
import type { DocumentCollection, DocumentWrite } from '../document-store.port';

export interface NewDocument<T> {
  readonly event: EventEnvelope;
  readonly documentId: string;
  readonly write: DocumentWrite<T>;
}

/**
 * Creates the documents of consecutive stream-opening events together: they wait (up to `maxSize`, or
 * until the end of the event-loop turn) and go to the store in one `insertNew`. Then `settle` runs for
 * each, in event order, told whether its insert won; a lost insert (the document existed) goes through
 * the guarded read-then-write. If anything fails the whole batch stays and is tried again: re-inserting
 * and re-settling is harmless, as the position guards turn repeats into no-ops.
 */
export class NewDocumentBatch<T> {
  private pending: NewDocument<T>[] = [];
  private flushing: Promise<void> | undefined;
  private scheduled: NodeJS.Timeout | undefined;

  constructor(
    private readonly collection: DocumentCollection<T>,
    private readonly settle: (document: NewDocument<T>, created: boolean) => Promise<void>,
    private readonly onBackgroundError: (error: unknown) => void,
    private readonly maxSize = 100,
  ) {}

  /** Whether the event at this position is already waiting (a subscription retrying it). */
  holds(position: bigint): boolean {
    const last = this.pending.at(-1);
    return last !== undefined && last.event.globalPosition >= position;
  }

  async add(document: NewDocument<T>): Promise<void> {
    this.pending.push(document);
    if (this.pending.length >= this.maxSize) await this.flush();
    else this.schedule(0);
  }

  /** Resolves once everything that waits has been created and settled. */
  async flush(): Promise<void> {
    clearTimeout(this.scheduled);
    this.scheduled = undefined;
    while (this.pending.length > 0 || this.flushing) {
      this.flushing ??= this.flushOnce().finally(() => {
        this.flushing = undefined;
      });
      await this.flushing;
    }
  }

  private async flushOnce(): Promise<void> {
    const batch = this.pending.slice(0, this.maxSize);
    if (batch.length === 0) return;
    const created = await this.collection.insertNew(batch.map((document) => document.write));
    for (const [index, document] of batch.entries()) await this.settle(document, created[index] === true);
    this.pending.splice(0, batch.length);
  }

  private schedule(delayMs: number): void {
    this.scheduled ??= setTimeout(() => {
      this.scheduled = undefined;
      this.flush().catch((error: unknown) => {
        this.onBackgroundError(error);
        this.schedule(200);
      });
    }, delayMs);
  }
}
