import { type ContextServiceConfig, loadContextServiceConfig } from '@crm/context-host';

export type CustomerServiceConfig = ContextServiceConfig;

/** The customer service's settings: CUSTOMER_SVC_HOST/PORT (4001) and the shared server settings. */
export function loadCustomerServiceConfig(env: NodeJS.ProcessEnv = process.env): CustomerServiceConfig {
  return loadContextServiceConfig('customer', env);
}
