import type { EventHandler, SubscribeOptions, Subscription } from '../event-store.port';
import { PollingSubscription, type ReadPage } from './polling-subscription';
import type { SubscriptionSettings } from './subscription-settings';

/** The live subscriptions of one store instance: woken after each committed append, stopped on close. */
export class SubscriptionHub {
  private readonly subscriptions = new Set<PollingSubscription>();

  constructor(
    private readonly readPage: ReadPage,
    private readonly settings: SubscriptionSettings,
  ) {}

  subscribe(handler: EventHandler, options: SubscribeOptions): Subscription {
    const subscription = new PollingSubscription(
      this.readPage,
      handler,
      options.after,
      options.batchSize ?? this.settings.defaultBatchSize,
      this.settings,
    );
    this.subscriptions.add(subscription);
    return {
      stop: async () => {
        this.subscriptions.delete(subscription);
        await subscription.stop();
      },
    };
  }

  /** Call after every committed append. */
  notify(): void {
    for (const subscription of this.subscriptions) subscription.notify();
  }

  async stopAll(): Promise<void> {
    const running = [...this.subscriptions];
    this.subscriptions.clear();
    await Promise.all(running.map((subscription) => subscription.stop()));
  }
}
