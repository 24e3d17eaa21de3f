import { type ContextServiceConfig, loadContextServiceConfig } from '@crm/context-host';

/** The marketing service's settings: MARKETING_SVC_HOST/PORT (4004) and the shared server settings. */
export function loadMarketingServiceConfig(env: NodeJS.ProcessEnv = process.env): ContextServiceConfig {
  return loadContextServiceConfig('marketing', env);
}
