import type { IntegrationEnvelope } from '@crm/messaging';
import { MarketingIntegrationEventTypes, type LeadConvertedV1 } from '@crm/contracts';
import type { RegisterCustomer } from '../domain';

/**
 * The registration a LeadConvertedV1 asks for: exactly the customer id marketing minted, acquired
 * through the `marketing` channel, on the converting user's behalf. Null for any other message.
 */
export function registrationOfConvertedLead(envelope: IntegrationEnvelope): RegisterCustomer | null {
  if (envelope.type !== MarketingIntegrationEventTypes.leadConverted) return null;
  const lead = envelope.data as LeadConvertedV1;
  return {
    type: 'RegisterCustomer',
    data: {
      tenantId: envelope.tenantId,
      customerId: lead.customerId,
      customerType: lead.customerType,
      name: lead.name,
      email: lead.email,
      phone: lead.phone,
      channel: 'marketing',
      registeredAt: lead.convertedAt,
    },
  };
}
