/** Tunables of the sales context; the app may bind its own under SALES_SETTINGS. */
export interface SalesSettings {
  /** How long a read with X-Min-Version waits for the read model before answering 503. */
  readonly minVersionWaitMs: number;
}

export const SALES_SETTINGS = Symbol('SalesSettings');

const DEFAULT_MIN_VERSION_WAIT_MS = 2000;

/** `CRM_MIN_VERSION_WAIT_MS` (default 2000), the same variable the customer context reads. */
export function salesSettingsFromEnvironment(environment: NodeJS.ProcessEnv): SalesSettings {
  const waitMs = Number(environment['CRM_MIN_VERSION_WAIT_MS'] ?? DEFAULT_MIN_VERSION_WAIT_MS);
  return { minVersionWaitMs: Number.isInteger(waitMs) && waitMs >= 0 ? waitMs : DEFAULT_MIN_VERSION_WAIT_MS };
}
