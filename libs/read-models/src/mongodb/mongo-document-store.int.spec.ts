import { describeWithServer } from '@crm/test-servers';
import { describeDocumentStoreContract } from '../testing/document-store.contract';
import { MongoCheckpointStore } from './mongo-checkpoint-store';
import { openMongoConnection } from './mongo-connection';
import { MongoDocumentStore } from './mongo-document-store';

describeWithServer('mongo', `${MongoDocumentStore.name} on MongoDB`, (url) => {
  // A database of its own per run, so parallel suites never meet; dropped at the end.
  const database = `crm_read_models_${process.pid}_${Date.now().toString(36)}`;
  const stores: MongoDocumentStore[] = [];
  const connect = async (options: Parameters<typeof MongoDocumentStore.connect>[1] = {}) => {
    const store = await MongoDocumentStore.connect(url, { database, ...options });
    stores.push(store);
    return store;
  };

  afterAll(async () => {
    await Promise.all(stores.map((store) => store.close()));
    const connection = await openMongoConnection(url, { database });
    await connection.db?.dropDatabase();
    await connection.close();
  });

  describeDocumentStoreContract(MongoDocumentStore.name, () => connect());

  describeDocumentStoreContract(`${MongoDocumentStore.name} with serialised updates`, () =>
    connect({ serializeUpdates: true }),
  );

  describe('write lock', () => {
    const write = {
      id: 'a',
      tenantId: 't',
      positions: { 'customer.customer-1': 1, $all: 7 },
      data: { n: 1 },
    };
    const lockKey = 'locked_cards:t:a';

    const planted = async (acquiredAt: Date) => {
      const connection = await openMongoConnection(url, { database });
      await connection.db?.collection('read_model_write_locks').insertOne({
        _id: lockKey as never,
        token: 'crashed-writer',
        acquiredAt,
      });
      await connection.close();
    };

    it('keeps stream ids with dots and the global $all key in positions', async () => {
      const store = await connect();
      const cards = store.collection('dotted_cards');
      await cards.clear();
      expect(await cards.put(write, 0)).toBe(true);
      expect((await cards.get('t', 'a'))?.positions).toEqual(write.positions);
    });

    it('breaks a lock left behind by a crashed writer', async () => {
      const store = await connect({ serializeUpdates: true, lock: { staleMs: 1000, waitMs: 5000 } });
      const cards = store.collection('locked_cards');
      await cards.clear();
      await cards.put(write, 0);
      await planted(new Date(Date.now() - 60_000));
      expect(await cards.put({ ...write, data: { n: 2 } }, 1)).toBe(true);
      expect((await cards.get('t', 'a'))?.data).toEqual({ n: 2 });
    });

    it('gives up on a lock another live writer holds for too long', async () => {
      const store = await connect({ serializeUpdates: true, lock: { staleMs: 60_000, waitMs: 50 } });
      const cards = store.collection('locked_cards');
      await cards.clear();
      await cards.put(write, 0);
      await planted(new Date(Date.now() + 60_000));
      await expect(cards.put({ ...write, data: { n: 2 } }, 1)).rejects.toThrow(/busy/);
      expect((await cards.get('t', 'a'))?.revision).toBe(1);
    });
  });

  describe(MongoCheckpointStore.name, () => {
    it('keeps 64-bit positions exactly and starts unknown subscribers at 0', async () => {
      const checkpoints = await MongoCheckpointStore.connect(url, { database });
      await checkpoints.save('projection:cards', 5n);
      await checkpoints.save('projection:cards', 9_007_199_254_740_993n);
      expect(await checkpoints.load('projection:cards')).toBe(9_007_199_254_740_993n);
      expect(await checkpoints.load('projection:unknown')).toBe(0n);
      await checkpoints.close();
    });
  });
});
