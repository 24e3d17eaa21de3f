/** Where a subscription reports handler and read failures it keeps retrying. */
export interface SubscriptionLogger {
  error(message: string, error: unknown): void;
}

/** How an adapter's subscriptions wait, poll and retry. */
export interface SubscriptionSettings {
  /** Also poll this often when nobody in this process wakes us (appends by another process). */
  readonly fallbackPollIntervalMs?: number;
  readonly defaultBatchSize: number;
  /** First delay before retrying a failed handler or read; doubles up to `retryMaxDelayMs`. */
  readonly retryInitialDelayMs: number;
  readonly retryMaxDelayMs: number;
  readonly logger: SubscriptionLogger;
}

export const consoleSubscriptionLogger: SubscriptionLogger = {
  error: (message, error) => {
    console.error(message, error);
  },
};

export const defaultSubscriptionSettings: SubscriptionSettings = {
  defaultBatchSize: 256,
  retryInitialDelayMs: 100,
  retryMaxDelayMs: 30_000,
  logger: consoleSubscriptionLogger,
};
