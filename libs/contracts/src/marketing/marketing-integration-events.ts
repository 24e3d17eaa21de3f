import type { MoneyV1 } from '../sales/money';

/** The topic the marketing context's relay publishes to (design.md section 5). */
export const MARKETING_EVENTS_TOPIC = 'crm.marketing.events.v1';

/**
 * Integration events of the marketing context. Only LeadConvertedV1 carries contact details (email,
 * phone): it is the hand-over the customer context registers the new customer from. Versioned by
 * name: a breaking change is a new `...V2` type beside this one.
 */
export const MarketingIntegrationEventTypes = {
  campaignLaunched: 'marketing.CampaignLaunched.v1',
  campaignCompleted: 'marketing.CampaignCompleted.v1',
  campaignResponseRecorded: 'marketing.CampaignResponseRecorded.v1',
  leadCaptured: 'marketing.LeadCaptured.v1',
  leadQualified: 'marketing.LeadQualified.v1',
  leadDisqualified: 'marketing.LeadDisqualified.v1',
  leadConverted: 'marketing.LeadConverted.v1',
} as const;

export type MarketingIntegrationEventType =
  (typeof MarketingIntegrationEventTypes)[keyof typeof MarketingIntegrationEventTypes];

/** email, social, events, search, display, direct-mail, partner, other. */
export type CampaignChannelV1 =
  'email' | 'social' | 'events' | 'search' | 'display' | 'direct-mail' | 'partner' | 'other';

export type CampaignResponseKindV1 = 'opened' | 'clicked' | 'replied' | 'converted';

export interface CampaignLaunchedV1 {
  readonly campaignId: string;
  readonly name: string;
  readonly channel: CampaignChannelV1;
  readonly budget: MoneyV1;
  /** ISO-8601 dates (YYYY-MM-DD), both inclusive. */
  readonly period: { readonly from: string; readonly to: string };
  readonly targetSegmentId: string | null;
  readonly launchedAt: string;
}

export interface CampaignCompletedV1 {
  readonly campaignId: string;
  readonly completedAt: string;
}

/** Who responded: a known customer, a lead, or nobody identified (e.g. an anonymous open). */
export interface CampaignResponseRecordedV1 {
  readonly campaignId: string;
  readonly responseId: string;
  readonly kind: CampaignResponseKindV1;
  readonly customerId: string | null;
  readonly leadId: string | null;
  /** When the response happened; the envelope's occurredAt is when it was recorded. */
  readonly occurredAt: string;
}

/** No contact details: consumers that need them ask the marketing API. */
export interface LeadCapturedV1 {
  readonly leadId: string;
  readonly sourceCampaignId: string | null;
  readonly hasCompany: boolean;
  readonly capturedAt: string;
}

export interface LeadQualifiedV1 {
  readonly leadId: string;
  readonly sourceCampaignId: string | null;
  readonly qualifiedAt: string;
}

export interface LeadDisqualifiedV1 {
  readonly leadId: string;
  readonly sourceCampaignId: string | null;
  readonly reason: string;
  readonly disqualifiedAt: string;
}

/**
 * A lead became a customer. The customer context registers the customer with exactly `customerId`
 * (acquisition channel `marketing`), so a redelivery finds the customer's stream and does nothing.
 */
export interface LeadConvertedV1 {
  readonly leadId: string;
  readonly customerId: string;
  readonly customerType: 'person' | 'company';
  /** The customer's name: the company's for a company, else the person's. */
  readonly name: string;
  /** The person behind the lead, also for a company customer. */
  readonly contactName: string;
  readonly email: string | null;
  /** E.164. */
  readonly phone: string | null;
  readonly sourceCampaignId: string | null;
  readonly convertedAt: string;
}
