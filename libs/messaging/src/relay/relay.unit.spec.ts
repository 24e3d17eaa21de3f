import { buildNewEvent, deferred, InMemoryEventStore } from '@crm/event-store';
import type { Message } from '../message';
import type { MessagePublisher } from '../message-publisher.port';
import type { IntegrationEventMapper } from './integration-message';
import { Relay } from './relay';
import type { RelayCheckpointStore } from './relay-checkpoint-store.port';

class MemoryCheckpoints implements RelayCheckpointStore {
  readonly positions = new Map<string, bigint>();
  private waiters: { name: string; position: bigint; resolve: () => void }[] = [];

  load(name: string): Promise<bigint> {
    return Promise.resolve(this.positions.get(name) ?? 0n);
  }

  save(name: string, position: bigint): Promise<void> {
    this.positions.set(name, position);
    const reached = this.waiters.filter((waiter) => waiter.name === name && position >= waiter.position);
    this.waiters = this.waiters.filter((waiter) => !reached.includes(waiter));
    for (const waiter of reached) waiter.resolve();
    return Promise.resolve();
  }

  reached(name: string, position: bigint): Promise<void> {
    if ((this.positions.get(name) ?? 0n) >= position) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ name, position, resolve }));
  }
}

class RecordingPublisher implements MessagePublisher {
  readonly published: { topic: string; message: Message }[] = [];
  gate: Promise<void> = Promise.resolve();
  readonly called = deferred();

  async publish(topic: string, messages: readonly Message[]): Promise<void> {
    this.called.resolve();
    await this.gate;
    for (const message of messages) this.published.push({ topic, message });
  }
}

const mapper: IntegrationEventMapper = (event) =>
  event.type === 'customer.CustomerRegistered'
    ? { type: 'customer.CustomerRegistered.v1', schemaVersion: 1, data: { customerId: event.streamId } }
    : null;

describe(Relay.name, () => {
  let eventStore: InMemoryEventStore;
  let checkpoints: MemoryCheckpoints;
  let publisher: RecordingPublisher;
  let relay: Relay;

  const register = (streamId: string, id: string) =>
    eventStore.append(
      streamId,
      [buildNewEvent({ id, type: 'customer.CustomerRegistered', correlationId: `correlation-${id}` })],
      { expectedVersion: 'any' },
    );
  const internal = (streamId: string) =>
    eventStore.append(streamId, [buildNewEvent({ type: 'customer.NoteTaken' })], { expectedVersion: 'any' });
  const createRelay = () => new Relay({ context: 'customer', eventStore, checkpoints, publisher, mapper });
  const publishedIds = () => publisher.published.map(({ message }) => message.value.id);

  beforeEach(() => {
    eventStore = new InMemoryEventStore();
    checkpoints = new MemoryCheckpoints();
    publisher = new RecordingPublisher();
    relay = createRelay();
  });

  afterEach(async () => {
    await relay.stop();
    await eventStore.close();
  });

  it('publishes every mapped event once, in order, keyed by stream, with envelope ids in headers', async () => {
    await register('customer.customer-1', 'e1');
    await register('customer.customer-2', 'e2');
    await register('customer.customer-1', 'e3');
    await relay.start();
    await checkpoints.reached('relay:customer', 3n);
    expect(publishedIds()).toEqual(['e1', 'e2', 'e3']);
    const first = publisher.published[0]!;
    expect(first.topic).toBe('crm.customer.events.v1');
    expect(first.message).toEqual({
      key: 'customer.customer-1',
      headers: {
        id: 'e1',
        type: 'customer.CustomerRegistered.v1',
        tenantId: 'tenant-1',
        correlationId: 'correlation-e1',
        causationId: 'causation-1',
        schemaVersion: '1',
      },
      value: {
        id: 'e1',
        type: 'customer.CustomerRegistered.v1',
        schemaVersion: 1,
        streamId: 'customer.customer-1',
        streamVersion: 1,
        globalPosition: '1',
        tenantId: 'tenant-1',
        occurredAt: '2025-01-01T00:00:00.000Z',
        actor: 'user-1',
        correlationId: 'correlation-e1',
        causationId: 'causation-1',
        data: { customerId: 'customer.customer-1' },
      },
    });
  });

  it('advances the checkpoint over events it does not publish', async () => {
    await register('customer.customer-1', 'e1');
    await internal('customer.customer-1');
    await relay.start();
    await checkpoints.reached('relay:customer', 2n);
    expect(publishedIds()).toEqual(['e1']);
  });

  it('resumes from its checkpoint after a restart without publishing anything twice', async () => {
    await register('customer.customer-1', 'e1');
    await relay.start();
    await checkpoints.reached('relay:customer', 1n);
    await relay.stop();
    await register('customer.customer-2', 'e2');
    relay = createRelay();
    await relay.start();
    await checkpoints.reached('relay:customer', 2n);
    expect(publishedIds()).toEqual(['e1', 'e2']);
    expect(await relay.position()).toBe(2n);
  });

  it('publishes what has piled up in batches of at most batchSize, in order', async () => {
    for (let index = 1; index <= 7; index++) await register(`customer.customer-${index}`, `e${index}`);
    const batches: number[] = [];
    const counting: MessagePublisher = {
      publish: async (topic, messages) => {
        batches.push(messages.length);
        await publisher.publish(topic, messages);
      },
    };
    relay = new Relay({
      context: 'customer',
      eventStore,
      checkpoints,
      publisher: counting,
      mapper,
      batchSize: 3,
    });
    await relay.start();
    await checkpoints.reached('relay:customer', 7n);
    expect(publishedIds()).toEqual(['e1', 'e2', 'e3', 'e4', 'e5', 'e6', 'e7']);
    expect(Math.max(...batches)).toBeLessThanOrEqual(3);
  });

  it('retries a failed publish with the same events and skips nothing', async () => {
    await register('customer.customer-1', 'e1');
    await register('customer.customer-2', 'e2');
    let failures = 2;
    const flaky: MessagePublisher = {
      publish: async (topic, messages) => {
        if (failures-- > 0) throw new Error('broker unavailable');
        await publisher.publish(topic, messages);
      },
    };
    const errors: unknown[] = [];
    relay = new Relay({
      context: 'customer',
      eventStore,
      checkpoints,
      publisher: flaky,
      mapper,
      retryDelayMs: 1,
      logger: { error: (_message, error) => errors.push(error) },
    });
    await relay.start();
    await checkpoints.reached('relay:customer', 2n);
    expect(publishedIds()).toEqual(['e1', 'e2']);
    expect(errors).toHaveLength(2);
  });

  it('saves the checkpoint only after the publish resolved', async () => {
    const broker = deferred();
    publisher.gate = broker.promise;
    await register('customer.customer-1', 'e1');
    await relay.start();
    await publisher.called.promise;
    expect(await relay.position()).toBe(0n);
    broker.resolve();
    await checkpoints.reached('relay:customer', 1n);
    expect(publishedIds()).toEqual(['e1']);
  });
});
