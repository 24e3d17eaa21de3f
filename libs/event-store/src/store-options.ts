import type { SubscriptionSettings } from './subscription/subscription-settings';

/** Options every adapter accepts; all optional. */
export interface EventStoreOptions {
  readonly subscriptions?: Partial<SubscriptionSettings>;
}
