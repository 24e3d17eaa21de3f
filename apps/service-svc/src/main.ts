import 'reflect-metadata';
import { SERVICE_PATTERNS } from '@crm/contracts';
import { runContextService } from '@crm/context-host';
import { CaseServiceModule, toCaseIntegrationMessage } from '@crm/service';
import { loadServiceServiceConfig } from './config/service-service-config';

// The service context reads no other context's events; its SLA scheduler runs here too.
runContextService(loadServiceServiceConfig, {
  module: CaseServiceModule,
  healthPattern: SERVICE_PATTERNS.health,
  publish: toCaseIntegrationMessage,
  consumes: [],
});
