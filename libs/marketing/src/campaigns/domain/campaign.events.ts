import type { DomainEvent } from '@crm/core';
import type { CampaignChannel, CampaignPeriod, Money, ResponseKind } from './campaign.values';

export type CampaignCreated = DomainEvent<
  'marketing.CampaignCreated',
  {
    readonly campaignId: string;
    readonly tenantId: string;
    readonly name: string;
    readonly channel: CampaignChannel;
    readonly budget: Money;
    readonly period: CampaignPeriod;
    readonly targetSegmentId: string | null;
    readonly createdAt: string;
  }
>;

/** Carries the campaign as launched, so subscribers need no earlier event to know what started. */
export type CampaignLaunched = DomainEvent<
  'marketing.CampaignLaunched',
  {
    readonly campaignId: string;
    readonly name: string;
    readonly channel: CampaignChannel;
    readonly budget: Money;
    readonly period: CampaignPeriod;
    readonly targetSegmentId: string | null;
    readonly launchedAt: string;
  }
>;

export type CampaignCompleted = DomainEvent<
  'marketing.CampaignCompleted',
  { readonly campaignId: string; readonly completedAt: string }
>;

export type CampaignResponseRecorded = DomainEvent<
  'marketing.CampaignResponseRecorded',
  {
    readonly campaignId: string;
    readonly responseId: string;
    readonly kind: ResponseKind;
    readonly customerId: string | null;
    readonly leadId: string | null;
    readonly occurredAt: string;
  }
>;

export type CampaignEvent = CampaignCreated | CampaignLaunched | CampaignCompleted | CampaignResponseRecorded;

export type CampaignEventType = CampaignEvent['type'];

export const CAMPAIGN_EVENT_TYPES: readonly CampaignEventType[] = [
  'marketing.CampaignCreated',
  'marketing.CampaignLaunched',
  'marketing.CampaignCompleted',
  'marketing.CampaignResponseRecorded',
];

/** The campaign event a stored envelope holds, or null for any other event. */
export function campaignEventOf(event: {
  readonly type: string;
  readonly data: unknown;
}): CampaignEvent | null {
  if (!(CAMPAIGN_EVENT_TYPES as readonly string[]).includes(event.type)) return null;
  // The campaign stream only ever holds what this aggregate's decider emitted.
  return { type: event.type, data: event.data } as CampaignEvent;
}
