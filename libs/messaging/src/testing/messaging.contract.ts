import { randomUUID } from 'node:crypto';
import type { MessageConsumer } from '../message-consumer.port';
import type { MessagePublisher } from '../message-publisher.port';
import { DeadLetterHeaders, deadLetterTopic } from '../topics';
import { buildMessage, MessageInbox } from './message-inbox';

/** What the messaging contract needs from an adapter; `close` ends every subscription and connection. */
export interface MessagingContractHarness {
  readonly publisher: MessagePublisher;
  readonly consumer: MessageConsumer;
  /** A topic no other test uses, ready to publish to, with its dead letter topic. */
  createTopic(): Promise<string>;
  close(): Promise<void>;
}

/**
 * The behaviour every MessagePublisher + MessageConsumer pair must show (design.md section 5): order
 * per key, every group gets every message, bounded retries then `<topic>.dlq`, redelivery of what was
 * not finished when a member stopped, duplicates tolerated.
 */
export function describeMessagingContract(
  adapterName: string,
  create: () => Promise<MessagingContractHarness>,
): void {
  describe(`Messaging contract: ${adapterName}`, () => {
    let harness: MessagingContractHarness;
    let topic: string;
    const group = (purpose: string) => `crm.contract.${purpose}-${randomUUID()}`;

    beforeEach(async () => {
      harness = await create();
      topic = await harness.createTopic();
    });

    afterEach(async () => {
      await harness.close();
    });

    it('delivers every message once, in publish order per key, with its key, headers and topic', async () => {
      const inbox = new MessageInbox();
      await harness.consumer.subscribe({
        topics: [topic],
        groupId: group('order'),
        handler: inbox.handler(),
      });
      const published = Array.from({ length: 24 }, (_, index) =>
        buildMessage(`stream-${index % 3}`, `event-${index}`),
      );
      for (let start = 0; start < published.length; start += 8) {
        await harness.publisher.publish(topic, published.slice(start, start + 8));
      }
      await inbox.waitForCount(published.length);
      for (const key of ['stream-0', 'stream-1', 'stream-2']) {
        const expected = published
          .filter((message) => message.key === key)
          .map((message) => message.value.id);
        const received = inbox.received
          .filter((message) => message.key === key)
          .map((message) => message.value.id);
        expect(received).toEqual(expected);
      }
      expect(inbox.received).toHaveLength(published.length);
      expect(inbox.received.find((message) => message.value.id === 'event-0')).toEqual({
        ...published[0],
        topic,
        attempt: 1,
      });
    });

    it('gives every consumer group every message, including a group that subscribes later', async () => {
      const early = new MessageInbox();
      const late = new MessageInbox();
      await harness.consumer.subscribe({
        topics: [topic],
        groupId: group('early'),
        handler: early.handler(),
      });
      await harness.publisher.publish(topic, [buildMessage('a', 'event-1'), buildMessage('b', 'event-2')]);
      await early.waitForCount(2);
      await harness.consumer.subscribe({ topics: [topic], groupId: group('late'), handler: late.handler() });
      await harness.publisher.publish(topic, [buildMessage('a', 'event-3')]);
      await Promise.all([early.waitForCount(3), late.waitForCount(3)]);
      expect(early.ids().sort()).toEqual(['event-1', 'event-2', 'event-3']);
      expect(late.ids().sort()).toEqual(['event-1', 'event-2', 'event-3']);
    });

    it('retries a failing handler with a rising attempt number and dead-letters nothing it recovered', async () => {
      const inbox = new MessageInbox();
      const deadLetters = new MessageInbox();
      await harness.consumer.subscribe({
        topics: [deadLetterTopic(topic)],
        groupId: group('dlq-reader'),
        handler: deadLetters.handler(),
      });
      await harness.consumer.subscribe({
        topics: [topic],
        groupId: group('flaky'),
        maxRetries: 3,
        backoffMs: 5,
        handler: inbox.handler((message) => {
          if (message.value.id === 'poison' || message.attempt < 3) throw new Error('not yet');
        }),
      });
      await harness.publisher.publish(topic, [buildMessage('a', 'flaky'), buildMessage('a', 'poison')]);
      await deadLetters.waitForCount(1);
      const attemptsOf = (id: string) =>
        inbox.received.filter((message) => message.value.id === id).map((message) => message.attempt);
      expect(attemptsOf('flaky')).toEqual([1, 2, 3]);
      expect(attemptsOf('poison')).toEqual([1, 2, 3, 4]);
      expect(deadLetters.ids()).toEqual(['poison']);
    });

    it('dead-letters a message after its retries, with the error in headers, and carries on', async () => {
      const delivered = new MessageInbox();
      const deadLetters = new MessageInbox();
      await harness.consumer.subscribe({
        topics: [deadLetterTopic(topic)],
        groupId: group('dlq-reader'),
        handler: deadLetters.handler(),
      });
      const groupId = group('poisoned');
      await harness.consumer.subscribe({
        topics: [topic],
        groupId,
        maxRetries: 2,
        backoffMs: 1,
        handler: delivered.handler((message) => {
          if (message.value.id === 'event-1') throw new TypeError('cannot read customer');
        }),
      });
      await harness.publisher.publish(topic, [buildMessage('a', 'event-1'), buildMessage('a', 'event-2')]);
      await Promise.all([delivered.waitForId('event-2'), deadLetters.waitForCount(1)]);
      expect(deadLetters.received).toEqual([
        {
          ...buildMessage('a', 'event-1'),
          topic: deadLetterTopic(topic),
          attempt: 1,
          headers: {
            ...buildMessage('a', 'event-1').headers,
            [DeadLetterHeaders.error]: 'cannot read customer',
            [DeadLetterHeaders.errorName]: 'TypeError',
            [DeadLetterHeaders.originalTopic]: topic,
            [DeadLetterHeaders.groupId]: groupId,
            [DeadLetterHeaders.attempts]: '3',
          },
        },
      ]);
    });

    describeRestartBehaviour(
      () => harness,
      () => topic,
      group,
    );
  });
}

function describeRestartBehaviour(
  harness: () => MessagingContractHarness,
  topic: () => string,
  group: (purpose: string) => string,
): void {
  it('redelivers a message whose handling had not succeeded when the member stopped', async () => {
    const groupId = group('restarted');
    const first = new MessageInbox();
    const subscription = await harness().consumer.subscribe({
      topics: [topic()],
      groupId,
      maxRetries: 5,
      backoffMs: 600_000,
      handler: first.handler(() => {
        throw new Error('store unavailable');
      }),
    });
    await harness().publisher.publish(topic(), [buildMessage('a', 'event-1')]);
    await first.waitForCount(1);
    await subscription.stop();
    const second = new MessageInbox();
    await harness().consumer.subscribe({ topics: [topic()], groupId, handler: second.handler() });
    await second.waitForCount(1);
    expect(first.ids()).toEqual(['event-1']);
    expect(second.received.map((message) => [message.value.id, message.attempt])).toEqual([['event-1', 1]]);
  });

  it('lets the handler in flight finish on stop and resumes after it without redelivering it', async () => {
    const groupId = group('resumed');
    const first = new MessageInbox();
    let release: () => void = () => undefined;
    const handlerMayFinish = new Promise<void>((resolve) => (release = resolve));
    let finished = false;
    const subscription = await harness().consumer.subscribe({
      topics: [topic()],
      groupId,
      handler: first.handler(async () => {
        await handlerMayFinish;
        finished = true;
      }),
    });
    await harness().publisher.publish(topic(), [buildMessage('a', 'event-1')]);
    await first.waitForCount(1);
    const stopped = subscription.stop();
    release();
    await stopped;
    expect(finished).toBe(true);
    await harness().publisher.publish(topic(), [buildMessage('a', 'event-2')]);
    const second = new MessageInbox();
    await harness().consumer.subscribe({ topics: [topic()], groupId, handler: second.handler() });
    await second.waitForId('event-2');
    expect(second.ids()).toEqual(['event-2']);
  });

  it('delivers a duplicate again, and an idempotent handler applies it once', async () => {
    const inbox = new MessageInbox();
    const applied = new Map<string, number>();
    await harness().consumer.subscribe({
      topics: [topic()],
      groupId: group('duplicates'),
      handler: inbox.handler((message) => {
        if (!applied.has(message.value.id)) applied.set(message.value.id, applied.size + 1);
      }),
    });
    const original = buildMessage('a', 'event-1');
    await harness().publisher.publish(topic(), [original]);
    await harness().publisher.publish(topic(), [original, buildMessage('a', 'event-2')]);
    await inbox.waitForId('event-2');
    expect(inbox.ids()).toEqual(['event-1', 'event-1', 'event-2']);
    expect([...applied]).toEqual([
      ['event-1', 1],
      ['event-2', 2],
    ]);
  });
}
