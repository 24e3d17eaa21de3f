import type { DomainEvent } from '@crm/core';
import type { ConvertedCustomerType } from './lead.values';

export type LeadCaptured = DomainEvent<
  'marketing.LeadCaptured',
  {
    readonly leadId: string;
    readonly tenantId: string;
    readonly name: string;
    readonly email: string | null;
    readonly phone: string | null;
    readonly company: string | null;
    readonly sourceCampaignId: string | null;
    readonly capturedAt: string;
  }
>;

// Each event repeats the lead's source campaign, so funnel counts per campaign need no join.
export type LeadQualified = DomainEvent<
  'marketing.LeadQualified',
  { readonly leadId: string; readonly sourceCampaignId: string | null; readonly qualifiedAt: string }
>;

export type LeadDisqualified = DomainEvent<
  'marketing.LeadDisqualified',
  {
    readonly leadId: string;
    readonly sourceCampaignId: string | null;
    readonly reason: string;
    readonly disqualifiedAt: string;
  }
>;

/** Carries everything the customer context needs to register the customer, as it stood at conversion. */
export type LeadConverted = DomainEvent<
  'marketing.LeadConverted',
  {
    readonly leadId: string;
    readonly customerId: string;
    readonly customerType: ConvertedCustomerType;
    /** The customer's name: the company's for a company customer, else the person's. */
    readonly customerName: string;
    readonly contactName: string;
    readonly email: string | null;
    readonly phone: string | null;
    readonly sourceCampaignId: string | null;
    readonly convertedAt: string;
  }
>;

export type LeadEvent = LeadCaptured | LeadQualified | LeadDisqualified | LeadConverted;

export type LeadEventType = LeadEvent['type'];

export const LEAD_EVENT_TYPES: readonly LeadEventType[] = [
  'marketing.LeadCaptured',
  'marketing.LeadQualified',
  'marketing.LeadDisqualified',
  'marketing.LeadConverted',
];

/** The lead event a stored envelope holds, or null for any other event. */
export function leadEventOf(event: { readonly type: string; readonly data: unknown }): LeadEvent | null {
  if (!(LEAD_EVENT_TYPES as readonly string[]).includes(event.type)) return null;
  // The lead stream only ever holds what this aggregate's decider emitted.
  return { type: event.type, data: event.data } as LeadEvent;
}
