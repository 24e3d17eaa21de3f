import type { EventEnvelope } from '@crm/contracts';
import { buildNewEvent, InMemoryEventStore } from '@crm/event-store';
import type { ConsumedMessage } from '../message';
import type { DeadLetter } from './dead-letter-store.port';
import { IntegrationMappings } from './integration-mapping';
import { skippedEventsPerCheckpoint, StoreFedConsumer } from './store-fed-consumer';

const TOPIC = 'crm.sales.events.v1';

function mappings(): IntegrationMappings {
  const registry = new IntegrationMappings();
  registry.register({
    topic: TOPIC,
    mapper: (event: EventEnvelope) =>
      event.type === 'sales.OrderPlaced'
        ? { type: 'sales.OrderPlaced.v1', schemaVersion: 1, data: event.data }
        : null,
  });
  return registry;
}

class MemoryCheckpoints {
  readonly positions = new Map<string, bigint>();
  load(name: string): Promise<bigint> {
    return Promise.resolve(this.positions.get(name) ?? 0n);
  }
  save(name: string, position: bigint): Promise<void> {
    this.positions.set(name, position);
    return Promise.resolve();
  }
}

async function until(condition: () => boolean): Promise<void> {
  for (let round = 0; round < 200 && !condition(); round++)
    await new Promise((resolve) => setTimeout(resolve, 5));
  expect(condition()).toBe(true);
}

describe(StoreFedConsumer.name, () => {
  let store: InMemoryEventStore;
  let checkpoints: MemoryCheckpoints;
  let deadLetters: DeadLetter[];
  let consumer: StoreFedConsumer;

  beforeEach(() => {
    store = new InMemoryEventStore();
    checkpoints = new MemoryCheckpoints();
    deadLetters = [];
    consumer = new StoreFedConsumer(store, checkpoints, mappings(), {
      record: (deadLetter) => {
        deadLetters.push(deadLetter);
        return Promise.resolve();
      },
    });
  });

  afterEach(() => store.close());

  async function placeOrders(count: number, otherEvents = 0): Promise<void> {
    for (let index = 0; index < count; index++) {
      await store.append(
        `sales.order-${index}`,
        [buildNewEvent({ type: 'sales.OrderPlaced', data: { index } })],
        {
          expectedVersion: 'no-stream',
        },
      );
    }
    for (let index = 0; index < otherEvents; index++) {
      await store.append(`sales.task-${index}`, [buildNewEvent({ type: 'sales.TaskCreated' })], {
        expectedVersion: 'any',
      });
    }
  }

  it('delivers every mapped event once, in order, to each group, as the relay would publish it', async () => {
    await placeOrders(3, 2);
    const seen: Record<string, ConsumedMessage[]> = { a: [], b: [] };
    const subscriptions = await Promise.all(
      ['a', 'b'].map((group) =>
        consumer.subscribe({
          topics: [TOPIC],
          groupId: group,
          handler: (message) => void seen[group]?.push(message),
        }),
      ),
    );
    await until(() => seen['a']?.length === 3 && seen['b']?.length === 3);
    expect(seen['a']?.map((message) => (message.value.data as { index: number }).index)).toEqual([0, 1, 2]);
    expect(seen['a']?.[0]).toMatchObject({
      topic: TOPIC,
      key: 'sales.order-0',
      attempt: 1,
      value: { type: 'sales.OrderPlaced.v1' },
    });
    await Promise.all(subscriptions.map((subscription) => subscription.stop()));
  });

  it('resumes a group from its checkpoint without redelivering what it handled', async () => {
    await placeOrders(2);
    const seen: number[] = [];
    const handler = (message: ConsumedMessage): void => {
      seen.push((message.value.data as { index: number }).index);
    };
    const first = await consumer.subscribe({ topics: [TOPIC], groupId: 'g', handler });
    await until(() => seen.length === 2);
    await first.stop();
    await store.append(
      'sales.order-late',
      [buildNewEvent({ type: 'sales.OrderPlaced', data: { index: 9 } })],
      {
        expectedVersion: 'no-stream',
      },
    );
    const second = await consumer.subscribe({ topics: [TOPIC], groupId: 'g', handler });
    await until(() => seen.length === 3);
    expect(seen).toEqual([0, 1, 9]);
    await second.stop();
  });

  it('saves no checkpoint for events that map to nothing, until enough of them have passed', async () => {
    let streams = 0;
    const unrelated = (count: number) =>
      Promise.all(
        Array.from({ length: count }, () =>
          store.append(`customer.customer-${++streams}`, [buildNewEvent({ type: 'customer.Other' })], {
            expectedVersion: 'no-stream',
          }),
        ),
      );
    const seen: unknown[] = [];
    const subscription = await consumer.subscribe({
      topics: [TOPIC],
      groupId: 'quiet',
      handler: (message) => {
        seen.push(message.value.data);
      },
    });
    await unrelated(skippedEventsPerCheckpoint - 1);
    await placeOrders(1);
    await until(() => seen.length === 1);
    const afterOrder = checkpoints.positions.get('consumer:quiet');
    await unrelated(skippedEventsPerCheckpoint - 1);
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(checkpoints.positions.get('consumer:quiet')).toBe(afterOrder);
    await unrelated(1);
    await until(() => checkpoints.positions.get('consumer:quiet') !== afterOrder);
    expect(afterOrder).toBe(BigInt(skippedEventsPerCheckpoint));
    await subscription.stop();
  });

  it('retries a failing message, then parks it as a dead letter and carries on', async () => {
    await placeOrders(2);
    const attempts: number[] = [];
    const handled: number[] = [];
    const subscription = await consumer.subscribe({
      topics: [TOPIC],
      groupId: 'g',
      maxRetries: 2,
      backoffMs: 1,
      handler: (message) => {
        const index = (message.value.data as { index: number }).index;
        if (index === 0) {
          attempts.push(message.attempt);
          throw new Error('poison');
        }
        handled.push(index);
      },
    });
    await until(() => handled.length === 1);
    expect(attempts).toEqual([1, 2, 3]);
    expect(deadLetters).toHaveLength(1);
    expect(deadLetters[0]).toMatchObject({
      groupId: 'g',
      error: 'poison',
      message: { attempt: 3, key: 'sales.order-0' },
    });
    await subscription.stop();
  });
});
