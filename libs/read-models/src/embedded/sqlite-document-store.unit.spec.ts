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
