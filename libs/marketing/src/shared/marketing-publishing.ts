import { MARKETING_EVENTS_TOPIC, type EventEnvelope } from '@crm/contracts';
import { INTEGRATION_MAPPINGS, type IntegrationMappings, type IntegrationMessage } from '@crm/messaging';
import { Inject, Injectable, Optional } from '@nestjs/common';
import { toCampaignIntegrationMessage } from '../campaigns/publishing/campaign-integration-events.mapper';
import { toLeadIntegrationMessage } from '../leads/publishing/lead-integration-events.mapper';

/** The marketing context's publishing policy (the relay's mapper): campaigns and leads, one topic. */
export function toMarketingIntegrationMessage(event: EventEnvelope): IntegrationMessage | null {
  return toCampaignIntegrationMessage(event) ?? toLeadIntegrationMessage(event);
}

/**
 * Declares what the marketing context publishes on `crm.marketing.events.v1`. Standalone mode hands
 * the mapping to the in-process consumer; distributed mode gives the same mapper to the Kafka relay.
 */
@Injectable()
export class MarketingPublishing {
  constructor(@Optional() @Inject(INTEGRATION_MAPPINGS) mappings?: IntegrationMappings) {
    mappings?.register({ topic: MARKETING_EVENTS_TOPIC, mapper: toMarketingIntegrationMessage });
  }
}
