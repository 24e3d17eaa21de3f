import 'reflect-metadata';
import {
  CUSTOMER_PATTERNS,
  MARKETING_EVENTS_TOPIC,
  SALES_EVENTS_TOPIC,
  SERVICE_EVENTS_TOPIC,
} from '@crm/contracts';
import { runContextService } from '@crm/context-host';
import { CustomerServiceModule, toCustomerIntegrationMessage } from '@crm/customer';
import { loadCustomerServiceConfig } from './config/customer-service-config';

// Consumes marketing (lead conversion) and every context's topic for the customer 360.
runContextService(loadCustomerServiceConfig, {
  module: CustomerServiceModule,
  healthPattern: CUSTOMER_PATTERNS.health,
  publish: toCustomerIntegrationMessage,
  consumes: [MARKETING_EVENTS_TOPIC, SALES_EVENTS_TOPIC, SERVICE_EVENTS_TOPIC],
});
