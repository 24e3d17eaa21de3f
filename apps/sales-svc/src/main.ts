import 'reflect-metadata';
import { SALES_PATTERNS } from '@crm/contracts';
import { runContextService } from '@crm/context-host';
import { SalesServiceModule, toSalesIntegrationMessage } from '@crm/sales';
import { loadSalesServiceConfig } from './config/sales-service-config';

// Sales reads no other context's events.
runContextService(loadSalesServiceConfig, {
  module: SalesServiceModule,
  healthPattern: SALES_PATTERNS.health,
  publish: toSalesIntegrationMessage,
  consumes: [],
});
