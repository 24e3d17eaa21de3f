import type { CheckpointStore } from '../checkpoint-store.port';

export interface CheckpointBatching {
  /** Save after this many processed events. */
  readonly everyEvents: number;
  /** Save at most this long after the first unsaved event. */
  readonly everyMs: number;
}

/**
 * Saves a runner's position every N events or X ms, and on flush. Saving late is safe: after a crash
 * the runner replays from an older position and the document guards turn the replays into no-ops.
 */
export class CheckpointBatcher {
  private position = 0n;
  private savedPosition = 0n;
  private unsavedEvents = 0;
  private timer: NodeJS.Timeout | undefined;
  // Saves run one after another, so an older position never overwrites a newer one.
  private writes: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly checkpoints: CheckpointStore,
    private readonly name: string,
    private readonly batching: CheckpointBatching,
    private readonly onError: (error: unknown) => void,
  ) {}

  get current(): bigint {
    return this.position;
  }

  async load(): Promise<bigint> {
    this.position = await this.checkpoints.load(this.name);
    this.savedPosition = this.position;
    return this.position;
  }

  async reset(): Promise<void> {
    this.cancelTimer();
    await this.writes;
    this.position = 0n;
    this.unsavedEvents = 0;
    await this.checkpoints.save(this.name, 0n);
    this.savedPosition = 0n;
  }

  async advance(position: bigint): Promise<void> {
    this.position = position;
    this.unsavedEvents++;
    if (this.unsavedEvents >= this.batching.everyEvents) {
      await this.flush();
      return;
    }
    this.timer ??= setTimeout(() => {
      this.timer = undefined;
      this.flush().catch(this.onError);
    }, this.batching.everyMs).unref();
  }

  flush(): Promise<void> {
    this.cancelTimer();
    this.unsavedEvents = 0;
    const write = this.writes.then(async () => {
      const position = this.position;
      if (position === this.savedPosition) return;
      await this.checkpoints.save(this.name, position);
      this.savedPosition = position;
    });
    // A failed save rejects for its caller but does not poison the saves queued after it.
    this.writes = write.catch(() => undefined);
    return write;
  }

  private cancelTimer(): void {
    clearTimeout(this.timer);
    this.timer = undefined;
  }
}
