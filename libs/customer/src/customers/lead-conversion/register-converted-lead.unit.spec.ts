import { MarketingIntegrationEventTypes, type LeadConvertedV1 } from '@crm/contracts';
import type { IntegrationEnvelope } from '@crm/messaging';
import { registrationOfConvertedLead } from './register-converted-lead';

const converted: LeadConvertedV1 = {
  leadId: 'lead-1',
  customerId: '7b8c9d0e-1f2a-4b3c-8d4e-5f6a7b8c9d0e',
  customerType: 'company',
  name: 'Acme GmbH',
  contactName: 'Jane Doe',
  email: 'jane@acme.example',
  phone: '+49301234567',
  sourceCampaignId: 'campaign-1',
  convertedAt: '2025-03-10T09:00:00.000Z',
};

function envelope(type: string, data: unknown): IntegrationEnvelope {
  return {
    id: 'event-1',
    type,
    schemaVersion: 1,
    streamId: 'marketing.lead-lead-1',
    streamVersion: 3,
    globalPosition: '42',
    tenantId: 'tenant-1',
    occurredAt: '2025-03-10T09:00:00.000Z',
    actor: 'user-1',
    correlationId: 'correlation-1',
    causationId: 'causation-1',
    data,
  };
}

describe(registrationOfConvertedLead.name, () => {
  it('registers the converted lead under its customer id, acquired through marketing', () => {
    expect(
      registrationOfConvertedLead(envelope(MarketingIntegrationEventTypes.leadConverted, converted)),
    ).toEqual({
      type: 'RegisterCustomer',
      data: {
        tenantId: 'tenant-1',
        customerId: converted.customerId,
        customerType: 'company',
        name: 'Acme GmbH',
        email: 'jane@acme.example',
        phone: '+49301234567',
        channel: 'marketing',
        registeredAt: '2025-03-10T09:00:00.000Z',
      },
    });
  });

  it('ignores every other marketing event', () => {
    expect(
      registrationOfConvertedLead(envelope(MarketingIntegrationEventTypes.leadQualified, {})),
    ).toBeNull();
  });
});
