import type { DocumentCollection, DocumentStore, DocumentWrite } from '@crm/read-models';

/**
 * A DocumentStore that notes when each write was acknowledged by the server underneath, which is the
 * moment a reader can see the document. The benchmark awaits that instead of polling the read model.
 */
export class VisibilityProbe implements DocumentStore {
  private readonly visibleAt = new Map<string, number>();
  private readonly waiters = new Map<string, (at: number) => void>();

  constructor(private readonly inner: DocumentStore) {}

  collection<T>(name: string): DocumentCollection<T> {
    const inner = this.inner.collection<T>(name);
    return {
      get: (tenantId, id) => inner.get(tenantId, id),
      find: (tenantId, query) => inner.find(tenantId, query),
      clear: () => inner.clear(),
      put: async (document: DocumentWrite<T>, expectedRevision: number) => {
        const written = await inner.put(document, expectedRevision);
        if (written) this.markVisible(document.tenantId, document.id);
        return written;
      },
      insertNew: async (documents: readonly DocumentWrite<T>[]) => {
        const created = await inner.insertNew(documents);
        documents.forEach((document, index) => {
          if (created[index]) this.markVisible(document.tenantId, document.id);
        });
        return created;
      },
    };
  }

  /** Resolves with the `performance.now()` at which the document was first written. */
  whenVisible(tenantId: string, id: string, timeoutMs: number): Promise<number> {
    const key = `${tenantId}:${id}`;
    const seen = this.visibleAt.get(key);
    if (seen !== undefined) return Promise.resolve(seen);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => {
        this.waiters.delete(key);
        reject(new Error(`Document ${key} not visible within ${timeoutMs} ms`));
      }, timeoutMs);
      this.waiters.set(key, (at) => {
        clearTimeout(timer);
        resolve(at);
      });
    });
  }

  close(): Promise<void> {
    return this.inner.close();
  }

  private markVisible(tenantId: string, id: string): void {
    const key = `${tenantId}:${id}`;
    if (this.visibleAt.has(key)) return;
    const at = performance.now();
    this.visibleAt.set(key, at);
    this.waiters.get(key)?.(at);
    this.waiters.delete(key);
  }
}
