import type { ConsumedMessage, Message } from '../message';
import type { MessageHandler } from '../message-consumer.port';

interface Waiter {
  readonly isSatisfied: () => boolean;
  readonly resolve: () => void;
}

/** Records what a consumer delivers and lets a test wait, without timers, until it has seen enough. */
export class MessageInbox {
  readonly received: ConsumedMessage[] = [];
  private waiters: Waiter[] = [];

  /** A handler that records every delivery; `react` may throw to make the delivery fail. */
  handler(react: (message: ConsumedMessage) => Promise<void> | void = () => undefined): MessageHandler {
    return async (message) => {
      this.received.push(message);
      this.settle();
      await react(message);
    };
  }

  waitForCount(count: number): Promise<void> {
    return this.waitUntil(() => this.received.length >= count);
  }

  waitForId(id: string): Promise<void> {
    return this.waitUntil(() => this.received.some((message) => message.value.id === id));
  }

  ids(): string[] {
    return this.received.map((message) => message.value.id);
  }

  private waitUntil(isSatisfied: () => boolean): Promise<void> {
    if (isSatisfied()) return Promise.resolve();
    return new Promise((resolve) => this.waiters.push({ isSatisfied, resolve }));
  }

  private settle(): void {
    const ready = this.waiters.filter((waiter) => waiter.isSatisfied());
    this.waiters = this.waiters.filter((waiter) => !ready.includes(waiter));
    for (const waiter of ready) waiter.resolve();
  }
}

/** An integration message with every envelope field set; `id` doubles as the `id` header. */
export function buildMessage(key: string, id: string, data: unknown = { id }): Message {
  return {
    key,
    headers: { id, type: 'test.SomethingHappened.v1' },
    value: {
      id,
      type: 'test.SomethingHappened.v1',
      schemaVersion: 1,
      streamId: key,
      streamVersion: 1,
      globalPosition: '1',
      tenantId: 'tenant-1',
      occurredAt: '2025-01-01T00:00:00.000Z',
      actor: 'user-1',
      correlationId: 'correlation-1',
      causationId: 'causation-1',
      data,
    },
  };
}
