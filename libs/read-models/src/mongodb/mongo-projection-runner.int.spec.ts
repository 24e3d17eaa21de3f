import { buildNewEvent, InMemoryEventStore } from '@crm/event-store';
import { describeWithServer } from '@crm/test-servers';
import type { Projection } from '../projection/projection';
import { ProjectionRunner } from '../projection/projection-runner';
import { MongoCheckpointStore } from './mongo-checkpoint-store';
import { openMongoConnection } from './mongo-connection';
import { MongoDocumentStore } from './mongo-document-store';

interface CustomerCard {
  readonly name: string;
  readonly interactions: number;
}

const cards: Projection<CustomerCard> = {
  name: 'customer-cards',
  collection: 'customer_cards',
  handles: ['customer.CustomerRegistered', 'customer.InteractionLogged'],
  documentId: (event) => event.streamId,
  apply: (current, event) => {
    if (event.type === 'customer.CustomerRegistered') {
      return { name: (event.data as { name: string }).name, interactions: 0 };
    }
    return current && { ...current, interactions: current.interactions + 1 };
  },
};

const STREAM = 'customer.customer-1';
const TIMEOUT_MS = 10_000;

describeWithServer('mongo', `${ProjectionRunner.name} over MongoDB`, (url) => {
  const database = `crm_projections_${process.pid}_${Date.now().toString(36)}`;
  let eventStore: InMemoryEventStore;
  let documents: MongoDocumentStore;
  let checkpoints: MongoCheckpointStore;
  let runners: ProjectionRunner<CustomerCard>[];

  const createRunner = () => {
    const runner = new ProjectionRunner({ projection: cards, eventStore, documents, checkpoints });
    runners.push(runner);
    return runner;
  };
  const card = () => documents.collection<CustomerCard>('customer_cards').get('tenant-1', STREAM);
  const caughtUp = async (runner: ProjectionRunner<CustomerCard>) => {
    const head = (await eventStore.readAll()).at(-1)?.globalPosition ?? 0n;
    expect(await runner.waitForPosition(head, TIMEOUT_MS)).toBe(true);
  };
  const registerAndLog = async (interactions: number) => {
    await eventStore.append(
      STREAM,
      [buildNewEvent({ type: 'customer.CustomerRegistered', data: { name: 'Ada' } })],
      {
        expectedVersion: 'no-stream',
      },
    );
    for (let index = 0; index < interactions; index++) {
      await eventStore.append(STREAM, [buildNewEvent({ type: 'customer.InteractionLogged', data: {} })], {
        expectedVersion: 'stream-exists',
      });
    }
  };

  beforeEach(async () => {
    eventStore = new InMemoryEventStore();
    documents = await MongoDocumentStore.connect(url, { database });
    checkpoints = await MongoCheckpointStore.connect(url, { database });
    runners = [];
    await documents.collection('customer_cards').clear();
    await checkpoints.save('projection:customer-cards', 0n);
  });

  afterEach(async () => {
    await Promise.all(runners.map((runner) => runner.stop()));
    await eventStore.close();
    await documents.close();
    await checkpoints.close();
  });

  afterAll(async () => {
    const connection = await openMongoConnection(url, { database });
    await connection.db?.dropDatabase();
    await connection.close();
  });

  it('changes nothing when events are replayed from an older checkpoint', async () => {
    await registerAndLog(2);
    const first = createRunner();
    await first.start();
    await caughtUp(first);
    await first.stop();
    await checkpoints.save('projection:customer-cards', 0n);
    const replaying = createRunner();
    await replaying.start();
    await caughtUp(replaying);
    expect(await card()).toMatchObject({
      revision: 3,
      positions: { [STREAM]: 3 },
      data: { interactions: 2 },
    });
  });

  it('applies every event exactly once when two replicas run the same projection', async () => {
    await registerAndLog(20);
    const replicas = [createRunner(), createRunner()];
    await Promise.all(replicas.map((runner) => runner.start()));
    await Promise.all(replicas.map((runner) => caughtUp(runner)));
    expect(await card()).toMatchObject({
      revision: 21,
      positions: { [STREAM]: 21 },
      data: { interactions: 20 },
    });
  });
});
