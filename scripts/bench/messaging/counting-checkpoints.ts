import type { RelayCheckpointStore } from '@crm/messaging';

/**
 * An in-memory checkpoint store that counts saves: the relay saves once per event after the broker
 * acknowledged it, so the count is the number of events relayed.
 */
export class CountingCheckpoints implements RelayCheckpointStore {
  private readonly positions = new Map<string, bigint>();
  private saves = 0;
  private waiter: { count: number; resolve: () => void } | undefined;

  get count(): number {
    return this.saves;
  }

  load(name: string): Promise<bigint> {
    return Promise.resolve(this.positions.get(name) ?? 0n);
  }

  save(name: string, position: bigint): Promise<void> {
    this.positions.set(name, position);
    this.saves += 1;
    if (this.waiter && this.saves >= this.waiter.count) {
      this.waiter.resolve();
      this.waiter = undefined;
    }
    return Promise.resolve();
  }

  /** Resolves once `count` events were saved. */
  reached(count: number): Promise<void> {
    if (this.saves >= count) return Promise.resolve();
    return new Promise((resolve) => {
      this.waiter = { count, resolve };
    });
  }
}
