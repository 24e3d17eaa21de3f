import { describeDocumentStoreContract } from '../testing/document-store.contract';
import { SqliteDocumentStore } from './sqlite-document-store';

describeDocumentStoreContract(
  `${SqliteDocumentStore.name} in memory`,
  () => new SqliteDocumentStore(':memory:'),
);
