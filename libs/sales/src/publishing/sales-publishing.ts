import { SALES_EVENTS_TOPIC } from '@crm/contracts';
import { INTEGRATION_MAPPINGS, type IntegrationMappings } from '@crm/messaging';
import { Inject, Injectable, Optional } from '@nestjs/common';
import { toSalesIntegrationMessage } from './sales-integration-events.mapper';

/**
 * Declares what the sales context publishes on `crm.sales.events.v1`. Standalone mode hands the
 * mapping to the in-process consumer; a distributed sales service would give it to the Kafka relay.
 */
@Injectable()
export class SalesPublishing {
  constructor(@Optional() @Inject(INTEGRATION_MAPPINGS) mappings?: IntegrationMappings) {
    mappings?.register({ topic: SALES_EVENTS_TOPIC, mapper: toSalesIntegrationMessage });
  }
}
