import { type ContextServiceConfig, loadContextServiceConfig } from '@crm/context-host';

/** The service service's settings: SERVICE_SVC_HOST/PORT (4003) and the shared server settings. */
export function loadServiceServiceConfig(env: NodeJS.ProcessEnv = process.env): ContextServiceConfig {
  return loadContextServiceConfig('service', env);
}
