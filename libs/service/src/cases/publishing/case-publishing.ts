import { SERVICE_EVENTS_TOPIC } from '@crm/contracts';
import { INTEGRATION_MAPPINGS, type IntegrationMappings } from '@crm/messaging';
import { Inject, Injectable, Optional } from '@nestjs/common';
import { toCaseIntegrationMessage } from './case-integration-events.mapper';

/**
 * Declares what the service context publishes on `crm.service.events.v1`. Standalone mode hands the
 * mapping to the in-process consumer; distributed mode gives the same mapper to the Kafka relay.
 */
@Injectable()
export class CasePublishing {
  constructor(@Optional() @Inject(INTEGRATION_MAPPINGS) mappings?: IntegrationMappings) {
    mappings?.register({ topic: SERVICE_EVENTS_TOPIC, mapper: toCaseIntegrationMessage });
  }
}
