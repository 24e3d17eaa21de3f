import type { EventEnvelope } from '@crm/contracts';
import type { EventHandler, Subscription } from '../event-store.port';
import type { SubscriptionSettings } from './subscription-settings';

/** Reads the global log after a position, at most `limit` events, in global order. */
export type ReadPage = (after: bigint, limit: number) => Promise<readonly EventEnvelope[]>;

/**
 * Poll-on-notify: reads the global log from the last delivered position whenever woken (by an append
 * in this process, or by the fallback timer), hands each event to the handler one at a time, and
 * advances only after the handler succeeded. A failing handler is retried with backoff and logged,
 * never skipped, so delivery is exactly once and in global order for as long as the subscription runs.
 */
export class PollingSubscription implements Subscription {
  private position: bigint;
  private stopped = false;
  private woken = true;
  private wake: (() => void) | undefined;
  private readonly running: Promise<void>;

  constructor(
    private readonly readPage: ReadPage,
    private readonly handler: EventHandler,
    after: bigint,
    private readonly batchSize: number,
    private readonly settings: SubscriptionSettings,
  ) {
    this.position = after;
    this.running = this.run();
  }

  /** New events may be there: read now instead of waiting for the fallback timer. */
  notify(): void {
    this.woken = true;
    this.wake?.();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.wake?.();
    await this.running;
  }

  private async run(): Promise<void> {
    while (!this.stopped) {
      if (!this.woken) await this.pause(this.settings.fallbackPollIntervalMs, true);
      if (this.hasStopped()) return;
      this.woken = false;
      const page = await this.readWithRetry();
      for (const event of page) {
        if (!(await this.deliverWithRetry(event))) return;
        this.position = event.globalPosition;
        if (this.hasStopped()) return;
      }
      // A full page means more may be waiting behind it.
      if (page.length >= this.batchSize) this.woken = true;
    }
  }

  // A method, not the field: stop() flips it while this loop awaits.
  private hasStopped(): boolean {
    return this.stopped;
  }

  private async readWithRetry(): Promise<readonly EventEnvelope[]> {
    for (let attempt = 0; !this.stopped; attempt++) {
      try {
        return await this.readPage(this.position, this.batchSize);
      } catch (error) {
        this.settings.logger.error(`Subscription could not read after position ${this.position}`, error);
        await this.pause(this.backoff(attempt), false);
      }
    }
    return [];
  }

  private async deliverWithRetry(event: EventEnvelope): Promise<boolean> {
    for (let attempt = 0; !this.stopped; attempt++) {
      try {
        await this.handler(event);
        return true;
      } catch (error) {
        this.settings.logger.error(
          `Subscription handler failed on ${event.type} at position ${event.globalPosition} (attempt ${attempt + 1}); retrying`,
          error,
        );
        await this.pause(this.backoff(attempt), false);
      }
    }
    return false;
  }

  private backoff(attempt: number): number {
    return Math.min(this.settings.retryInitialDelayMs * 2 ** attempt, this.settings.retryMaxDelayMs);
  }

  // Resolves after `ms` (never, if undefined), on stop, and on notify when `wakeOnNotify`.
  private pause(ms: number | undefined, wakeOnNotify: boolean): Promise<void> {
    return new Promise<void>((resolve) => {
      const timer = ms === undefined ? undefined : setTimeout(done, ms);
      timer?.unref();
      const wake = (): void => {
        if (this.stopped || wakeOnNotify) done();
      };
      function done(): void {
        clearTimeout(timer);
        resolve();
      }
      this.wake = wake;
    }).finally(() => {
      this.wake = undefined;
    });
  }
}
