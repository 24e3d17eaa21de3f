import { buildNewEvent, InMemoryEventStore } from '@crm/event-store';
import { describeWithServer } from '@crm/test-servers';
import type { IntegrationEventMapper } from '../relay/integration-message';
import { Relay } from '../relay/relay';
import type { RelayCheckpointStore } from '../relay/relay-checkpoint-store.port';
import { MessageInbox } from '../testing/message-inbox';
import { integrationTopic } from '../topics';
import { KafkaConsumerRunner } from './kafka-consumer-runner';
import { KafkaPublisher } from './kafka-publisher';
import { KafkaTestTopics } from './kafka-test-topics';

class MemoryCheckpoints implements RelayCheckpointStore {
  private readonly positions = new Map<string, bigint>();
  private waiters: { position: bigint; resolve: () => void }[] = [];

  load(name: string): Promise<bigint> {
    return Promise.resolve(this.positions.get(name) ?? 0n);
  }

  save(name: string, position: bigint): Promise<void> {
    this.positions.set(name, position);
    const reached = this.waiters.filter((waiter) => position >= waiter.position);
    this.waiters = this.waiters.filter((waiter) => !reached.includes(waiter));
    for (const waiter of reached) waiter.resolve();
    return Promise.resolve();
  }

  reached(position: bigint): Promise<void> {
    if ([...this.positions.values()].some((saved) => saved >= position)) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ position, resolve }));
  }
}

const mapper: IntegrationEventMapper = (event) =>
  event.type === 'customer.NoteTaken'
    ? null
    : { type: `${event.type}.v1`, schemaVersion: 1, data: { streamVersion: event.streamVersion } };

describeWithServer('kafka', `${Relay.name} on Kafka`, (brokers) => {
  const topics = new KafkaTestTopics(brokers);
  let eventStore: InMemoryEventStore;
  let publisher: KafkaPublisher;
  let consumer: KafkaConsumerRunner;

  beforeEach(() => {
    eventStore = new InMemoryEventStore();
    publisher = new KafkaPublisher(topics.client);
    consumer = new KafkaConsumerRunner(topics.client);
  });

  afterEach(async () => {
    await consumer.close();
    await publisher.close();
    await eventStore.close();
  });

  afterAll(async () => {
    await topics.deleteAll();
  });

  it('publishes every mapped event once, in order, and resumes from its checkpoint after a restart', async () => {
    const context = topics.uniqueContext('relay');
    const topic = await topics.create(integrationTopic(context));
    const checkpoints = new MemoryCheckpoints();
    const createRelay = () => new Relay({ context, eventStore, checkpoints, publisher, mapper });
    const append = async (streamId: string, type = 'customer.CustomerRegistered') => {
      const event = buildNewEvent({ type });
      await eventStore.append(streamId, [event], { expectedVersion: 'any' });
      return event.id;
    };
    const published = [await append('customer.customer-1'), await append('customer.customer-2')];
    await append('customer.customer-1', 'customer.NoteTaken');
    published.push(await append('customer.customer-1'));

    let relay = createRelay();
    await relay.start();
    await checkpoints.reached(4n);
    await relay.stop();
    published.push(await append('customer.customer-3'), await append('customer.customer-2'));
    relay = createRelay();
    await relay.start();
    await checkpoints.reached(6n);
    await relay.stop();

    const inbox = new MessageInbox();
    await consumer.subscribe({ topics: [topic], groupId: `crm.test.${context}`, handler: inbox.handler() });
    await inbox.waitForCount(published.length);
    expect(inbox.ids().sort()).toEqual([...published].sort());
    const streamOneIds = inbox.received.filter((message) => message.key === 'customer.customer-1');
    expect(streamOneIds.map((message) => message.value.data)).toEqual([
      { streamVersion: 1 },
      { streamVersion: 3 },
    ]);
    expect(await createRelay().position()).toBe(6n);
  });
});
