import { CUSTOMER_EVENTS_TOPIC } from '@crm/contracts';
import { INTEGRATION_MAPPINGS, type IntegrationMappings } from '@crm/messaging';
import { Inject, Injectable, Optional } from '@nestjs/common';
import { toCustomerIntegrationMessage } from './customer-integration-events.mapper';

/**
 * Declares what the customer context publishes on `crm.customer.events.v1`. Standalone mode hands the
 * mapping to the in-process consumer; distributed mode gives the same mapper to the Kafka relay.
 */
@Injectable()
export class CustomerPublishing {
  constructor(@Optional() @Inject(INTEGRATION_MAPPINGS) mappings?: IntegrationMappings) {
    mappings?.register({ topic: CUSTOMER_EVENTS_TOPIC, mapper: toCustomerIntegrationMessage });
  }
}
