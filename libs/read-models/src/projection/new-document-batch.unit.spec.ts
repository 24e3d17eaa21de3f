import { buildNewEvent } from '@crm/event-store';
import type { EventEnvelope } from '@crm/contracts';
import type { DocumentCollection, DocumentWrite } from '../document-store.port';
import { SqliteDocumentStore } from '../embedded/sqlite-document-store';
import { NewDocumentBatch, type NewDocument } from './new-document-batch';

const opening = (position: number): NewDocument<{ n: number }> => {
  const event = {
    ...buildNewEvent(),
    streamId: `s-${position}`,
    streamVersion: 1,
    globalPosition: BigInt(position),
  } as EventEnvelope;
  const write: DocumentWrite<{ n: number }> = {
    id: `d-${position}`,
    tenantId: 't',
    positions: { [`s-${position}`]: 1 },
    data: { n: position },
  };
  return { event, documentId: write.id, write };
};

describe('NewDocumentBatch', () => {
  let store: SqliteDocumentStore;
  let collection: DocumentCollection<{ n: number }>;
  let insertCalls: number;
  let failNext: boolean;
  let counting: DocumentCollection<{ n: number }>;

  beforeEach(() => {
    store = new SqliteDocumentStore(':memory:');
    collection = store.collection<{ n: number }>('batch');
    insertCalls = 0;
    failNext = false;
    counting = {
      ...collection,
      get: (tenantId, id) => collection.get(tenantId, id),
      put: (document, revision) => collection.put(document, revision),
      find: (tenantId, query) => collection.find(tenantId, query),
      clear: () => collection.clear(),
      insertNew: (documents) => {
        insertCalls += 1;
        if (failNext) {
          failNext = false;
          return Promise.reject(new Error('store unavailable'));
        }
        return collection.insertNew(documents);
      },
    };
  });

  afterEach(async () => {
    await store.close();
  });

  it('creates what waited in one insert per batch and settles each in event order', async () => {
    const settled: string[] = [];
    const batch = new NewDocumentBatch(
      counting,
      (document, created) => Promise.resolve(void settled.push(`${document.documentId}:${created}`)),
      () => undefined,
      3,
    );
    await collection.put(opening(2).write, 0);

    for (const position of [1, 2, 3, 4]) await batch.add(opening(position));
    await batch.flush();

    expect(insertCalls).toBe(2);
    expect(settled).toEqual(['d-1:true', 'd-2:false', 'd-3:true', 'd-4:true']);
    expect(batch.holds(4n)).toBe(false);
  });

  it('keeps a batch whose insert failed and creates it on the next flush', async () => {
    const errors: unknown[] = [];
    const settled: string[] = [];
    const batch = new NewDocumentBatch(
      counting,
      (document) => Promise.resolve(void settled.push(document.documentId)),
      (error) => errors.push(error),
    );
    failNext = true;
    await batch.add(opening(1));
    expect(batch.holds(1n)).toBe(true);

    await expect(batch.flush()).rejects.toThrow('store unavailable');
    await batch.flush();

    expect(settled).toEqual(['d-1']);
    expect((await collection.get('t', 'd-1'))?.data).toEqual({ n: 1 });
  });
});
