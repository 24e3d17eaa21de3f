/** A document as stored: JSON text, parsed again on every read so callers never share objects. */
export interface StoredDocumentRow {
  readonly id: string;
  readonly tenant_id: string;
  readonly revision: number;
  readonly positions: string;
  readonly data: string;
}

/**
 * The stored rows of recently read or written documents, bounded (the oldest entry goes first), and
 * of ids recently found absent (null): a read model that most keys never reach, such as a customer's
 * sales summary, is asked about on every read. It saves the SQL statement per read, which with WAL
 * locking costs more than the read itself. Only correct while its store is the file's only writer: it
 * cannot see writes by another process.
 */
export class DocumentRowCache {
  private readonly rows = new Map<string, StoredDocumentRow | null>();

  constructor(private readonly capacity: number) {}

  /** The row, null when the document is known to be absent, undefined when the cache does not know. */
  get(collection: string, tenantId: string, id: string): StoredDocumentRow | null | undefined {
    return this.rows.get(keyOf(collection, tenantId, id));
  }

  remember(collection: string, row: StoredDocumentRow): void {
    this.set(keyOf(collection, row.tenant_id, row.id), row);
  }

  rememberAbsent(collection: string, tenantId: string, id: string): void {
    this.set(keyOf(collection, tenantId, id), null);
  }

  private set(key: string, row: StoredDocumentRow | null): void {
    this.rows.delete(key);
    this.rows.set(key, row);
    if (this.rows.size > this.capacity) {
      const oldest = this.rows.keys().next();
      if (!oldest.done) this.rows.delete(oldest.value);
    }
  }

  forget(collection: string, tenantId: string, id: string): void {
    this.rows.delete(keyOf(collection, tenantId, id));
  }

  forgetCollection(collection: string): void {
    const prefix = `${collection}\u0000`;
    for (const key of this.rows.keys()) if (key.startsWith(prefix)) this.rows.delete(key);
  }
}

function keyOf(collection: string, tenantId: string, id: string): string {
  return `${collection}\u0000${tenantId}\u0000${id}`;
}
