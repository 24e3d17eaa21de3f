import type {
  CampaignChannel,
  CampaignPeriod,
  CampaignStatus,
  Money,
  ResponseCounts,
} from './campaign.values';

/** A created campaign as the decider and the directory know it. */
export interface Campaign {
  readonly campaignId: string;
  readonly tenantId: string;
  readonly name: string;
  readonly channel: CampaignChannel;
  readonly budget: Money;
  readonly period: CampaignPeriod;
  readonly targetSegmentId: string | null;
  readonly status: CampaignStatus;
  readonly responses: ResponseCounts;
  readonly createdAt: string;
  readonly launchedAt: string | null;
  readonly completedAt: string | null;
}

export type CampaignState =
  { readonly kind: 'none' } | { readonly kind: 'created'; readonly campaign: Campaign };
