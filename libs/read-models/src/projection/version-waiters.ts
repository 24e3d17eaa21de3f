import type { EventEnvelope } from '@crm/contracts';

interface Waiter {
  readonly matches: (event: EventEnvelope) => boolean;
  readonly settle: (reached: boolean) => void;
}

/** Callers parked until the runner processes a matching event, or their timeout fires. No polling. */
export class VersionWaiters {
  private readonly waiters = new Set<Waiter>();

  wait(matches: (event: EventEnvelope) => boolean, timeoutMs: number): Promise<boolean> {
    return new Promise<boolean>((resolve) => {
      const waiter: Waiter = {
        matches,
        settle: (reached) => {
          clearTimeout(timer);
          this.waiters.delete(waiter);
          resolve(reached);
        },
      };
      const timer = setTimeout(() => {
        waiter.settle(false);
      }, timeoutMs);
      timer.unref();
      this.waiters.add(waiter);
    });
  }

  notify(event: EventEnvelope): void {
    for (const waiter of this.waiters) if (waiter.matches(event)) waiter.settle(true);
  }
}
