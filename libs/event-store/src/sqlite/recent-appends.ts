import type { EventEnvelope } from '@crm/contracts';

/**
 * The last events this store instance appended, while their global positions are contiguous. Live
 * subscribers read their next page from here instead of querying and re-parsing rows they were just
 * woken for. A gap means another writer (process) appended in between: the run restarts, and readers
 * whose position is not covered go to the database. Positions come from AUTOINCREMENT and events are
 * never deleted, so within a contiguous run no foreign event can hide.
 */
export class RecentAppends {
  private run: EventEnvelope[] = [];

  constructor(private readonly capacity: number) {}

  /** Call with committed events, in position order. */
  add(events: readonly EventEnvelope[]): void {
    for (const event of events) {
      const last = this.run[this.run.length - 1];
      if (last !== undefined && event.globalPosition !== last.globalPosition + 1n) this.run = [];
      this.run.push(event);
    }
    if (this.run.length > this.capacity) this.run = this.run.slice(this.run.length - this.capacity);
  }

  /**
   * Up to `limit` events right after `position`, or undefined when this run does not hold the next one
   * (the caller reads the database: older events, or ones another writer appended after the run).
   */
  after(position: bigint, limit: number): readonly EventEnvelope[] | undefined {
    const first = this.run[0];
    if (first === undefined) return undefined;
    const index = Number(position + 1n - first.globalPosition);
    if (index < 0 || index >= this.run.length) return undefined;
    return this.run.slice(index, index + limit);
  }
}
