import { MarketingIntegrationEventTypes, type EventEnvelope } from '@crm/contracts';
import {
  campaignCompleted,
  campaignCreated,
  campaignLaunched,
  responseRecorded,
} from '../campaigns/domain/campaign.builders';
import { leadCaptured, leadConverted, leadDisqualified, leadQualified } from '../leads/domain/lead.builders';
import { toMarketingIntegrationMessage } from './marketing-publishing';

function envelope(event: { type: string; data: unknown }): EventEnvelope {
  return {
    ...event,
    id: 'event-1',
    schemaVersion: 1,
    streamId: 'marketing.stream-1',
    streamVersion: 1,
    globalPosition: 1n,
    tenantId: 'tenant-1',
    occurredAt: '2025-03-01T00:00:00.000Z',
    actor: 'user-1',
    correlationId: 'correlation-1',
    causationId: 'causation-1',
  };
}

const publish = (event: { type: string; data: unknown }) => toMarketingIntegrationMessage(envelope(event));

describe(toMarketingIntegrationMessage.name, () => {
  it('keeps a draft campaign internal and publishes its launch with the campaign as launched', () => {
    expect(publish(campaignCreated())).toBeNull();
    expect(publish(campaignLaunched())).toEqual({
      type: MarketingIntegrationEventTypes.campaignLaunched,
      schemaVersion: 1,
      data: campaignLaunched().data,
    });
  });

  it('publishes completion and responses as they are', () => {
    expect(publish(campaignCompleted())?.type).toBe(MarketingIntegrationEventTypes.campaignCompleted);
    expect(publish(responseRecorded({ leadId: 'lead-1' }))).toEqual({
      type: MarketingIntegrationEventTypes.campaignResponseRecorded,
      schemaVersion: 1,
      data: responseRecorded({ leadId: 'lead-1' }).data,
    });
  });

  it('publishes a captured lead without its contact details', () => {
    const captured = leadCaptured({
      email: 'jane@acme.example',
      phone: '+49301234567',
      company: 'Acme GmbH',
    });
    expect(publish(captured)?.data).toEqual({
      leadId: captured.data.leadId,
      sourceCampaignId: captured.data.sourceCampaignId,
      hasCompany: true,
      capturedAt: captured.data.capturedAt,
    });
  });

  it('publishes qualification and disqualification with the source campaign', () => {
    expect(publish(leadQualified())?.data).toEqual(leadQualified().data);
    expect(publish(leadDisqualified())?.type).toBe(MarketingIntegrationEventTypes.leadDisqualified);
  });

  it('hands over what registering the customer needs on conversion', () => {
    const converted = leadConverted({
      customerType: 'company',
      customerName: 'Acme GmbH',
      email: 'jane@acme.example',
    });
    expect(publish(converted)).toEqual({
      type: MarketingIntegrationEventTypes.leadConverted,
      schemaVersion: 1,
      data: {
        leadId: converted.data.leadId,
        customerId: converted.data.customerId,
        customerType: 'company',
        name: 'Acme GmbH',
        contactName: 'Jane Doe',
        email: 'jane@acme.example',
        phone: null,
        sourceCampaignId: converted.data.sourceCampaignId,
        convertedAt: converted.data.convertedAt,
      },
    });
  });

  it('publishes nothing for events of other contexts', () => {
    expect(publish({ type: 'customer.CustomerRegistered', data: {} })).toBeNull();
  });
});
