import { buildNewEvent, InMemoryEventStore } from '@crm/event-store';
import type { DocumentCollection, DocumentStore } from '../document-store.port';
import { SqliteCheckpointStore } from '../embedded/sqlite-checkpoint-store';
import { SqliteDocumentStore } from '../embedded/sqlite-document-store';
import type { Projection } from './projection';
import { ProjectionRunner, type ProjectionRunnerOptions, type RebuildProgress } from './projection-runner';

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

const TIMEOUT_MS = 5000;

describe(ProjectionRunner.name, () => {
  let eventStore: InMemoryEventStore;
  let documents: SqliteDocumentStore;
  let checkpoints: SqliteCheckpointStore;
  let runner: ProjectionRunner<CustomerCard>;

  const createRunner = (overrides: Partial<ProjectionRunnerOptions<CustomerCard>> = {}) =>
    new ProjectionRunner({ projection: cards, eventStore, documents, checkpoints, ...overrides });

  const register = (streamId: string, name: string) =>
    eventStore.append(streamId, [buildNewEvent({ type: 'customer.CustomerRegistered', data: { name } })], {
      expectedVersion: 'no-stream',
    });
  const logInteraction = (streamId: string) =>
    eventStore.append(streamId, [buildNewEvent({ type: 'customer.InteractionLogged', data: {} })], {
      expectedVersion: 'stream-exists',
    });
  const unrelated = () =>
    eventStore.append('sales.order-1', [buildNewEvent({ type: 'sales.OrderPlaced' })], {
      expectedVersion: 'any',
    });
  const card = (id: string) => documents.collection<CustomerCard>('customer_cards').get('tenant-1', id);
  const caughtUp = async (target = runner) => {
    const head = (await eventStore.readAll()).at(-1)?.globalPosition ?? 0n;
    expect(await target.waitForPosition(head, TIMEOUT_MS)).toBe(true);
  };

  beforeEach(() => {
    eventStore = new InMemoryEventStore();
    documents = new SqliteDocumentStore(':memory:');
    checkpoints = new SqliteCheckpointStore(':memory:');
    runner = createRunner();
  });

  afterEach(async () => {
    await runner.stop();
    await eventStore.close();
    await documents.close();
    await checkpoints.close();
  });

  it('projects handled events into documents that record their stream positions', async () => {
    await register('customer.customer-1', 'Ada');
    await logInteraction('customer.customer-1');
    await runner.start();
    await caughtUp();
    expect(await card('customer.customer-1')).toMatchObject({
      revision: 2,
      positions: { 'customer.customer-1': 2 },
      data: { name: 'Ada', interactions: 1 },
    });
  });

  it('keeps documents in the partition the projection names, not the event tenant', async () => {
    const partitioned = createRunner({ projection: { ...cards, partitionOf: () => '$index' } });
    await register('customer.customer-1', 'Ada');
    await logInteraction('customer.customer-1');
    await partitioned.start();
    await caughtUp(partitioned);
    await partitioned.stop();
    const collection = documents.collection<CustomerCard>('customer_cards');
    expect(await collection.get('$index', 'customer.customer-1')).toMatchObject({
      tenantId: '$index',
      data: { name: 'Ada', interactions: 1 },
    });
    expect(await card('customer.customer-1')).toBeNull();
  });

  it('changes nothing when events are replayed from an older checkpoint', async () => {
    await register('customer.customer-1', 'Ada');
    await logInteraction('customer.customer-1');
    await runner.start();
    await caughtUp();
    await runner.stop();
    await checkpoints.save('projection:customer-cards', 0n);
    runner = createRunner();
    await runner.start();
    await caughtUp();
    expect(await card('customer.customer-1')).toMatchObject({ revision: 2, data: { interactions: 1 } });
  });

  it('resumes from its checkpoint and advances it over events it does not handle', async () => {
    await register('customer.customer-1', 'Ada');
    await runner.start();
    await caughtUp();
    await runner.stop();
    await unrelated();
    await logInteraction('customer.customer-1');
    runner = createRunner();
    await runner.start();
    await caughtUp();
    await runner.stop();
    expect(await checkpoints.load('projection:customer-cards')).toBe(3n);
    expect((await card('customer.customer-1'))?.data.interactions).toBe(1);
  });

  it('saves the checkpoint every N events and always on stop', async () => {
    runner = createRunner({ checkpointBatching: { everyEvents: 2, everyMs: 60_000 } });
    await register('customer.customer-1', 'Ada');
    await logInteraction('customer.customer-1');
    await logInteraction('customer.customer-1');
    await runner.start();
    await caughtUp();
    expect(await checkpoints.load('projection:customer-cards')).toBe(2n);
    await runner.stop();
    expect(await checkpoints.load('projection:customer-cards')).toBe(3n);
  });

  it('re-reads the document and applies the event again when it loses a conditional write', async () => {
    const racing = racingFirstPut(documents, async (collection) => {
      // Another writer updates the document from another source stream in between.
      await collection.put(
        {
          id: 'customer.customer-1',
          tenantId: 'tenant-1',
          positions: { 'customer.customer-1': 1, 'customer.merge-9': 1 },
          data: { name: 'Ada Lovelace', interactions: 0 },
        },
        1,
      );
    });
    runner = createRunner({ documents: racing });
    await register('customer.customer-1', 'Ada');
    await logInteraction('customer.customer-1');
    await runner.start();
    await caughtUp();
    expect(await card('customer.customer-1')).toEqual({
      id: 'customer.customer-1',
      tenantId: 'tenant-1',
      revision: 3,
      positions: { 'customer.customer-1': 2, 'customer.merge-9': 1 },
      data: { name: 'Ada Lovelace', interactions: 1 },
    });
  });

  it('rebuilds from the whole log, dropping documents no event explains, and reports progress', async () => {
    await register('customer.customer-1', 'Ada');
    await register('customer.customer-2', 'Alan');
    await unrelated();
    await runner.start();
    await caughtUp();
    await documents
      .collection<CustomerCard>('customer_cards')
      .put({ id: 'stale', tenantId: 'tenant-1', positions: {}, data: { name: 'Stale', interactions: 0 } }, 0);
    const progress: RebuildProgress[] = [];
    const result = await runner.rebuild((step) => progress.push(step));
    expect(result.processed).toBe(3);
    expect(progress.at(0)).toEqual({ processed: 0, total: 3 });
    expect(progress.at(-1)).toEqual({ processed: 3, total: 3 });
    expect(await card('stale')).toBeNull();
    expect((await card('customer.customer-2'))?.data.name).toBe('Alan');
    await logInteraction('customer.customer-2');
    await caughtUp();
    expect((await card('customer.customer-2'))?.data.interactions).toBe(1);
  });

  it('reports how many events and seconds it is behind', async () => {
    await register('customer.customer-1', 'Ada');
    await unrelated();
    const occurredAt = Date.parse('2025-01-01T00:00:00.000Z');
    runner = createRunner({ now: () => occurredAt + 90_000 });
    expect(await runner.lag()).toEqual({ eventsBehind: 2, secondsBehind: 90 });
    await runner.start();
    await caughtUp();
    expect(await runner.lag()).toEqual({ eventsBehind: 0, secondsBehind: 0 });
  });

  it('waits for a stream version without polling and answers false when it times out', async () => {
    await register('customer.customer-1', 'Ada');
    expect(
      await runner.waitForStreamVersion('tenant-1', 'customer.customer-1', 'customer.customer-1', 1, 10),
    ).toBe(false);
    const waiting = runner.waitForStreamVersion(
      'tenant-1',
      'customer.customer-1',
      'customer.customer-1',
      2,
      TIMEOUT_MS,
    );
    await runner.start();
    await logInteraction('customer.customer-1');
    expect(await waiting).toBe(true);
    expect((await card('customer.customer-1'))?.positions['customer.customer-1']).toBe(2);
    await unrelated();
    await caughtUp();
    expect(await runner.waitForStreamVersion('tenant-1', 'x', 'sales.order-1', 1, TIMEOUT_MS)).toBe(true);
  });
});

// Runs `competitor` right before the first conditional update (creations go through insertNew), so
// that update loses the race.
function racingFirstPut(
  inner: DocumentStore,
  competitor: (collection: DocumentCollection<CustomerCard>) => Promise<void>,
): DocumentStore {
  let puts = 0;
  return {
    close: () => inner.close(),
    collection: <T>(name: string): DocumentCollection<T> => {
      const collection = inner.collection<T>(name);
      return {
        get: (tenantId, id) => collection.get(tenantId, id),
        find: (tenantId, query) => collection.find(tenantId, query),
        clear: () => collection.clear(),
        insertNew: (documents) => collection.insertNew(documents),
        put: async (document, expectedRevision) => {
          puts++;
          if (puts === 1) await competitor(inner.collection<CustomerCard>(name));
          return collection.put(document, expectedRevision);
        },
      };
    },
  };
}
