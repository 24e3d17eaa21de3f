import {
  MarketingIntegrationEventTypes,
  type EventEnvelope,
  type LeadCapturedV1,
  type LeadConvertedV1,
  type LeadDisqualifiedV1,
  type LeadQualifiedV1,
} from '@crm/contracts';
import { assertNever } from '@crm/core';
import type { IntegrationMessage } from '@crm/messaging';
import { leadEventOf } from '../domain';

const INTEGRATION_SCHEMA_VERSION = 1;

/**
 * A lead event as a versioned integration event. Contact details leave the context only with the
 * conversion, the hand-over the customer context registers the customer from.
 */
export function toLeadIntegrationMessage(event: EventEnvelope): IntegrationMessage | null {
  const domainEvent = leadEventOf(event);
  if (domainEvent === null) return null;
  switch (domainEvent.type) {
    case 'marketing.LeadCaptured': {
      const { leadId, sourceCampaignId, company, capturedAt } = domainEvent.data;
      const captured: LeadCapturedV1 = { leadId, sourceCampaignId, hasCompany: company !== null, capturedAt };
      return message(MarketingIntegrationEventTypes.leadCaptured, captured);
    }
    case 'marketing.LeadQualified': {
      const qualified: LeadQualifiedV1 = { ...domainEvent.data };
      return message(MarketingIntegrationEventTypes.leadQualified, qualified);
    }
    case 'marketing.LeadDisqualified': {
      const disqualified: LeadDisqualifiedV1 = { ...domainEvent.data };
      return message(MarketingIntegrationEventTypes.leadDisqualified, disqualified);
    }
    case 'marketing.LeadConverted': {
      const { customerName, ...data } = domainEvent.data;
      const converted: LeadConvertedV1 = { ...data, name: customerName };
      return message(MarketingIntegrationEventTypes.leadConverted, converted);
    }
    default:
      return assertNever(domainEvent);
  }
}

function message(type: string, data: unknown): IntegrationMessage {
  return { type, schemaVersion: INTEGRATION_SCHEMA_VERSION, data };
}
