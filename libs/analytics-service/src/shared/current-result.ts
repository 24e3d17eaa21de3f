import type { DocumentCollection, DocumentStore } from '@crm/read-models';

const CURRENT = 'current';

/**
 * A computed result (a segmentation, a trained model) kept as one read-model document per tenant and
 * replaced whole by the next computation.
 */
export class CurrentResult<T> {
  private readonly documents: DocumentCollection<T>;

  constructor(store: DocumentStore, collection: string) {
    this.documents = store.collection<T>(collection);
  }

  async get(tenantId: string): Promise<T | null> {
    return (await this.documents.get(tenantId, CURRENT))?.data ?? null;
  }

  async replace(tenantId: string, data: T): Promise<void> {
    const current = await this.documents.get(tenantId, CURRENT);
    await this.documents.put({ id: CURRENT, tenantId, positions: {}, data }, current?.revision ?? 0);
  }
}
