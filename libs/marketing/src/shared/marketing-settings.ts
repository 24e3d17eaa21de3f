/** Tunables of the marketing context; the app may bind its own under MARKETING_SETTINGS. */
export interface MarketingSettings {
  /** How long after a lead's conversion the customer's paid orders count as the campaign's revenue. */
  readonly attributionWindowDays: number;
  /** How long a read with X-Min-Version waits for the read model before answering 503. */
  readonly minVersionWaitMs: number;
}

export const MARKETING_SETTINGS = Symbol('MarketingSettings');

export const DEFAULT_ATTRIBUTION_WINDOW_DAYS = 90;
export const MAX_ATTRIBUTION_WINDOW_DAYS = 3650;
const DEFAULT_MIN_VERSION_WAIT_MS = 2000;

/** `CRM_ATTRIBUTION_WINDOW_DAYS` (default 90) and `CRM_MIN_VERSION_WAIT_MS` (default 2000). */
export function marketingSettingsFromEnvironment(environment: NodeJS.ProcessEnv): MarketingSettings {
  const days = Number(environment['CRM_ATTRIBUTION_WINDOW_DAYS'] ?? DEFAULT_ATTRIBUTION_WINDOW_DAYS);
  const waitMs = Number(environment['CRM_MIN_VERSION_WAIT_MS'] ?? DEFAULT_MIN_VERSION_WAIT_MS);
  return {
    attributionWindowDays:
      Number.isInteger(days) && days >= 0 && days <= MAX_ATTRIBUTION_WINDOW_DAYS
        ? days
        : DEFAULT_ATTRIBUTION_WINDOW_DAYS,
    minVersionWaitMs: Number.isInteger(waitMs) && waitMs >= 0 ? waitMs : DEFAULT_MIN_VERSION_WAIT_MS,
  };
}
