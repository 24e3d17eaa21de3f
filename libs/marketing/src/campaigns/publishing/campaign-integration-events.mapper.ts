import {
  MarketingIntegrationEventTypes,
  type CampaignCompletedV1,
  type CampaignLaunchedV1,
  type CampaignResponseRecordedV1,
  type EventEnvelope,
} from '@crm/contracts';
import { assertNever } from '@crm/core';
import type { IntegrationMessage } from '@crm/messaging';
import { campaignEventOf } from '../domain';

const INTEGRATION_SCHEMA_VERSION = 1;

/** A campaign event as a versioned integration event, or null while it is a draft nobody else sees. */
export function toCampaignIntegrationMessage(event: EventEnvelope): IntegrationMessage | null {
  const domainEvent = campaignEventOf(event);
  if (domainEvent === null) return null;
  switch (domainEvent.type) {
    case 'marketing.CampaignCreated':
      return null;
    case 'marketing.CampaignLaunched': {
      const launched: CampaignLaunchedV1 = { ...domainEvent.data };
      return message(MarketingIntegrationEventTypes.campaignLaunched, launched);
    }
    case 'marketing.CampaignCompleted': {
      const completed: CampaignCompletedV1 = { ...domainEvent.data };
      return message(MarketingIntegrationEventTypes.campaignCompleted, completed);
    }
    case 'marketing.CampaignResponseRecorded': {
      const recorded: CampaignResponseRecordedV1 = { ...domainEvent.data };
      return message(MarketingIntegrationEventTypes.campaignResponseRecorded, recorded);
    }
    default:
      return assertNever(domainEvent);
  }
}

function message(type: string, data: unknown): IntegrationMessage {
  return { type, schemaVersion: INTEGRATION_SCHEMA_VERSION, data };
}
