/** Tunables of the customer context; the app may bind its own under CUSTOMER_SETTINGS. */
export interface CustomerSettings {
  /** ISO 3166 region for national phone numbers of customers without an address. */
  readonly defaultPhoneRegion?: string;
  /** How long a read with X-Min-Version waits for the read model before answering 503. */
  readonly minVersionWaitMs: number;
}

export const CUSTOMER_SETTINGS = Symbol('CustomerSettings');

const DEFAULT_MIN_VERSION_WAIT_MS = 2000;

/** `CRM_DEFAULT_PHONE_REGION` (e.g. DE) and `CRM_MIN_VERSION_WAIT_MS` (default 2000). */
export function customerSettingsFromEnvironment(environment: NodeJS.ProcessEnv): CustomerSettings {
  const region = environment['CRM_DEFAULT_PHONE_REGION']?.trim();
  const waitMs = Number(environment['CRM_MIN_VERSION_WAIT_MS'] ?? DEFAULT_MIN_VERSION_WAIT_MS);
  return {
    ...(region ? { defaultPhoneRegion: region } : {}),
    minVersionWaitMs: Number.isInteger(waitMs) && waitMs >= 0 ? waitMs : DEFAULT_MIN_VERSION_WAIT_MS,
  };
}
