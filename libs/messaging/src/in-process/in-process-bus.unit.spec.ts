import type { ConsumedMessage, Message } from '../message';
import { DeadLetterHeaders } from '../topics';
import { InProcessBus } from './in-process-bus';

const TOPIC = 'crm.customer.events.v1';

function message(key: string, sequence: number): Message {
  return {
    key,
    headers: { id: `event-${sequence}` },
    value: {
      id: `event-${sequence}`,
      type: 'customer.CustomerRegistered.v1',
      schemaVersion: 1,
      streamId: key,
      streamVersion: sequence,
      globalPosition: String(sequence),
      tenantId: 'tenant-1',
      occurredAt: '2025-01-01T00:00:00.000Z',
      actor: 'user-1',
      correlationId: 'correlation-1',
      causationId: 'causation-1',
      data: { sequence },
    },
  };
}

const ids = (messages: readonly Message[]) => messages.map((received) => received.value.id);

describe(InProcessBus.name, () => {
  let bus: InProcessBus;

  beforeEach(() => {
    bus = new InProcessBus();
  });

  it('gives every consumer group every message once, in publish order', async () => {
    const analytics: ConsumedMessage[] = [];
    const audit: ConsumedMessage[] = [];
    await bus.subscribe({
      topics: [TOPIC],
      groupId: 'crm.analytics.features',
      handler: (m) => void analytics.push(m),
    });
    await bus.publish(TOPIC, [message('a', 1), message('b', 2)]);
    await bus.subscribe({ topics: [TOPIC], groupId: 'crm.audit.log', handler: (m) => void audit.push(m) });
    await bus.publish(TOPIC, [message('a', 3)]);
    await bus.whenIdle();
    expect(ids(analytics)).toEqual(['event-1', 'event-2', 'event-3']);
    expect(ids(audit)).toEqual(['event-1', 'event-2', 'event-3']);
    expect(analytics[0]).toMatchObject({ topic: TOPIC, attempt: 1, key: 'a' });
  });

  it('awaits each handler before delivering the next message', async () => {
    const log: string[] = [];
    await bus.subscribe({
      topics: [TOPIC],
      groupId: 'crm.test.slow',
      handler: async (received) => {
        log.push(`start ${received.value.id}`);
        await new Promise((resolve) => setImmediate(resolve));
        log.push(`end ${received.value.id}`);
      },
    });
    await bus.publish(TOPIC, [message('a', 1), message('a', 2)]);
    await bus.whenIdle();
    expect(log).toEqual(['start event-1', 'end event-1', 'start event-2', 'end event-2']);
  });

  it('refuses a second member in the same group and topic', async () => {
    await bus.subscribe({ topics: [TOPIC], groupId: 'crm.test.one', handler: () => undefined });
    await expect(
      bus.subscribe({ topics: [TOPIC], groupId: 'crm.test.one', handler: () => undefined }),
    ).rejects.toThrow(/already has a member/);
  });

  it('retries a failing handler and succeeds without dead-lettering', async () => {
    const attempts: number[] = [];
    await bus.subscribe({
      topics: [TOPIC],
      groupId: 'crm.test.flaky',
      maxRetries: 3,
      backoffMs: 1,
      handler: (received) => {
        attempts.push(received.attempt);
        if (received.attempt < 3) throw new Error('flaky');
      },
    });
    await bus.publish(TOPIC, [message('a', 1)]);
    await bus.whenIdle();
    expect(attempts).toEqual([1, 2, 3]);
    expect(bus.retained(`${TOPIC}.dlq`)).toEqual([]);
  });

  it('dead-letters a message after its retries, with the error in headers, and moves on', async () => {
    const delivered: string[] = [];
    const deadLetters: ConsumedMessage[] = [];
    await bus.subscribe({
      topics: [`${TOPIC}.dlq`],
      groupId: 'crm.test.dlq-reader',
      handler: (received) => void deadLetters.push(received),
    });
    await bus.subscribe({
      topics: [TOPIC],
      groupId: 'crm.test.poisoned',
      maxRetries: 2,
      backoffMs: 1,
      handler: (received) => {
        if (received.value.id === 'event-1') throw new TypeError('cannot read customer');
        delivered.push(received.value.id);
      },
    });
    await bus.publish(TOPIC, [message('a', 1), message('a', 2)]);
    await bus.whenIdle();
    expect(delivered).toEqual(['event-2']);
    expect(deadLetters).toHaveLength(1);
    expect(deadLetters[0]).toMatchObject({
      topic: `${TOPIC}.dlq`,
      key: 'a',
      value: { id: 'event-1' },
      headers: {
        id: 'event-1',
        [DeadLetterHeaders.error]: 'cannot read customer',
        [DeadLetterHeaders.errorName]: 'TypeError',
        [DeadLetterHeaders.originalTopic]: TOPIC,
        [DeadLetterHeaders.groupId]: 'crm.test.poisoned',
        [DeadLetterHeaders.attempts]: '3',
      },
    });
  });

  it('resumes a group where it stopped, without redelivering what it handled', async () => {
    const received: string[] = [];
    const first = await bus.subscribe({
      topics: [TOPIC],
      groupId: 'crm.test.resume',
      handler: (m) => void received.push(m.value.id),
    });
    await bus.publish(TOPIC, [message('a', 1)]);
    await bus.whenIdle();
    await first.stop();
    await bus.publish(TOPIC, [message('a', 2)]);
    await bus.subscribe({
      topics: [TOPIC],
      groupId: 'crm.test.resume',
      handler: (m) => void received.push(m.value.id),
    });
    await bus.whenIdle();
    expect(received).toEqual(['event-1', 'event-2']);
  });

  it('hands each handler its own copy of a message', async () => {
    await bus.subscribe({
      topics: [TOPIC],
      groupId: 'crm.test.mutating',
      handler: (received) => {
        (received.value.data as { sequence: number }).sequence = 99;
      },
    });
    const published = message('a', 1);
    await bus.publish(TOPIC, [published]);
    await bus.whenIdle();
    expect(published.value.data).toEqual({ sequence: 1 });
  });
});
