import 'reflect-metadata';
import { MARKETING_PATTERNS, SALES_EVENTS_TOPIC } from '@crm/contracts';
import { runContextService } from '@crm/context-host';
import { MarketingServiceModule, toMarketingIntegrationMessage } from '@crm/marketing';
import { loadMarketingServiceConfig } from './config/marketing-service-config';

// Consumes sales orders for the attributed revenue of campaign performance.
runContextService(loadMarketingServiceConfig, {
  module: MarketingServiceModule,
  healthPattern: MARKETING_PATTERNS.health,
  publish: toMarketingIntegrationMessage,
  consumes: [SALES_EVENTS_TOPIC],
});
