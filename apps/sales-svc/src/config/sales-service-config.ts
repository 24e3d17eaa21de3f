import { type ContextServiceConfig, loadContextServiceConfig } from '@crm/context-host';

/** The sales service's settings: SALES_SVC_HOST/PORT (4002) and the shared server settings. */
export function loadSalesServiceConfig(env: NodeJS.ProcessEnv = process.env): ContextServiceConfig {
  return loadContextServiceConfig('sales', env);
}
