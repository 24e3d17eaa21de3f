import type { RelayCheckpointStore } from '@crm/messaging';

/**
 * An in-memory checkpoint store that counts relayed events: the relay saves the position of the last
 * event of each acknowledged batch, and every seeded event at or before it has been published.
 */
export class CountingCheckpoints implements RelayCheckpointStore {
  private readonly positions = new Map<string, bigint>();
  private readonly ordinalOf: ReadonlyMap<bigint, number>;
  private relayed = 0;
  private waiter: { count: number; resolve: () => void } | undefined;

  /** `seededPositions`: the global positions of the events the relay will publish, in order. */
  constructor(seededPositions: readonly bigint[]) {
    this.ordinalOf = new Map(seededPositions.map((position, index) => [position, index + 1]));
  }

  get count(): number {
    return this.relayed;
  }

  load(name: string): Promise<bigint> {
    return Promise.resolve(this.positions.get(name) ?? 0n);
  }

  save(name: string, position: bigint): Promise<void> {
    this.positions.set(name, position);
    this.relayed = Math.max(this.relayed, this.ordinalOf.get(position) ?? this.relayed);
    if (this.waiter && this.relayed >= this.waiter.count) {
      this.waiter.resolve();
      this.waiter = undefined;
    }
    return Promise.resolve();
  }

  /** Resolves once `count` events were relayed. */
  reached(count: number): Promise<void> {
    if (this.relayed >= count) return Promise.resolve();
    return new Promise((resolve) => {
      this.waiter = { count, resolve };
    });
  }
}
