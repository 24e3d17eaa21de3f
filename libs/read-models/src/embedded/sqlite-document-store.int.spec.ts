import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describeDocumentStoreContract } from '../testing/document-store.contract';
import { SqliteCheckpointStore } from './sqlite-checkpoint-store';
import { SqliteDocumentStore } from './sqlite-document-store';

const directory = mkdtempSync(join(tmpdir(), 'crm-read-models-'));
let files = 0;
const freshFile = () => join(directory, `read-models-${++files}.db`);

afterAll(() => {
  rmSync(directory, { recursive: true, force: true });
});

describeDocumentStoreContract(
  `${SqliteDocumentStore.name} on disk`,
  () => new SqliteDocumentStore(freshFile()),
);

describe(`${SqliteDocumentStore.name} on disk`, () => {
  it('keeps documents and checkpoints across a reopen of the same file', async () => {
    const file = freshFile();
    const store = new SqliteDocumentStore(file);
    const checkpoints = new SqliteCheckpointStore(file);
    await store.collection('cards').put({ id: 'a', tenantId: 't', positions: { s: 4 }, data: { n: 1 } }, 0);
    await checkpoints.save('projection:cards', 9_007_199_254_740_993n);
    await store.close();
    await checkpoints.close();

    const reopened = new SqliteDocumentStore(file);
    const reopenedCheckpoints = new SqliteCheckpointStore(file);
    expect(await reopened.collection('cards').get('t', 'a')).toEqual({
      id: 'a',
      tenantId: 't',
      revision: 1,
      positions: { s: 4 },
      data: { n: 1 },
    });
    expect(await reopenedCheckpoints.load('projection:cards')).toBe(9_007_199_254_740_993n);
    expect(await reopenedCheckpoints.load('projection:unknown')).toBe(0n);
    await reopened.close();
    await reopenedCheckpoints.close();
  });

  it('lets exactly one of two connections win a conditional write on the same document', async () => {
    const file = freshFile();
    const first = new SqliteDocumentStore(file);
    const second = new SqliteDocumentStore(file);
    const write = { id: 'a', tenantId: 't', positions: {}, data: {} };
    const results = await Promise.all([
      first.collection('cards').put(write, 0),
      second.collection('cards').put(write, 0),
    ]);
    expect(results.filter(Boolean)).toHaveLength(1);
    await first.close();
    await second.close();
  });
});
