import { describeDocumentStoreContract } from '../testing/document-store.contract';
import { SqliteDocumentStore } from './sqlite-document-store';

describeDocumentStoreContract(
  `${SqliteDocumentStore.name} in memory`,
  () => new SqliteDocumentStore(':memory:'),
);

describeDocumentStoreContract(
  `${SqliteDocumentStore.name} in memory, with its document cache`,
  () => new SqliteDocumentStore(':memory:', { cachedDocuments: 3 }),
);

describe(`${SqliteDocumentStore.name} document cache`, () => {
  it('reads a document written after it was found absent, by put or by insertNew', async () => {
    const store = new SqliteDocumentStore(':memory:', { cachedDocuments: 10 });
    const collection = store.collection<{ n: number }>('c');
    const write = (id: string) => ({ id, tenantId: 't', positions: { s: 1 }, data: { n: 1 } });
    expect(await collection.get('t', 'a')).toBeNull();
    expect(await collection.get('t', 'b')).toBeNull();

    expect(await collection.put(write('a'), 0)).toBe(true);
    expect(await collection.insertNew([write('b')])).toEqual([true]);

    expect((await collection.get('t', 'a'))?.data).toEqual({ n: 1 });
    expect((await collection.get('t', 'b'))?.data).toEqual({ n: 1 });
    await store.close();
  });
});
