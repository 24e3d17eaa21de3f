import type { EventEnvelope } from '@crm/contracts';
import type { EventHandler, EventStore } from '../event-store.port';

interface Waiter {
  readonly isSatisfied: () => boolean;
  readonly resolve: () => void;
}

/** Records what a subscription delivers and lets a test wait, without timers, until it has seen enough. */
export class EventProbe {
  readonly received: EventEnvelope[] = [];
  private waiters: Waiter[] = [];

  readonly handler: EventHandler = (event) => {
    this.received.push(event);
    this.settle();
  };

  waitForCount(count: number): Promise<void> {
    return this.waitUntil(() => this.received.length >= count);
  }

  waitForId(id: string): Promise<void> {
    return this.waitUntil(() => this.received.some((event) => event.id === id));
  }

  ids(): string[] {
    return this.received.map((event) => event.id);
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

/** A promise with its resolve function at hand. */
export function deferred<T = void>(): { promise: Promise<T>; resolve: (value: T) => void } {
  let resolve: (value: T) => void = () => undefined;
  const promise = new Promise<T>((settle) => {
    resolve = settle;
  });
  return { promise, resolve };
}

/** The position of the last event in the store, 0n when empty. */
export async function headPosition(store: EventStore): Promise<bigint> {
  return (await store.readAll()).at(-1)?.globalPosition ?? 0n;
}

/** Lets every already-queued callback (timers excluded) run. */
export async function flushPendingCallbacks(rounds = 10): Promise<void> {
  for (let round = 0; round < rounds; round++) await new Promise((resolve) => setImmediate(resolve));
}
