import type { CampaignChannel, CampaignPeriod, Money, ResponseKind } from './campaign.values';

// Every command names the tenant it runs for: a campaign exists only inside its own tenant.
interface CampaignCommandData {
  readonly tenantId: string;
  readonly campaignId: string;
}

export interface CreateCampaign {
  readonly type: 'CreateCampaign';
  readonly data: CampaignCommandData & {
    readonly name: string;
    readonly channel: CampaignChannel;
    readonly budget: Money;
    readonly period: CampaignPeriod;
    readonly targetSegmentId?: string | null;
    readonly createdAt: string;
  };
}

export interface LaunchCampaign {
  readonly type: 'LaunchCampaign';
  readonly data: CampaignCommandData & { readonly launchedAt: string };
}

export interface CompleteCampaign {
  readonly type: 'CompleteCampaign';
  readonly data: CampaignCommandData & { readonly completedAt: string };
}

export interface RecordCampaignResponse {
  readonly type: 'RecordCampaignResponse';
  readonly data: CampaignCommandData & {
    readonly responseId: string;
    readonly kind: ResponseKind;
    readonly customerId?: string | null;
    readonly leadId?: string | null;
    /** When the response happened (ISO-8601). */
    readonly occurredAt: string;
    /** When it is being recorded: the command's own time, the upper bound for occurredAt. */
    readonly recordedAt: string;
  };
}

export type CampaignCommand = CreateCampaign | LaunchCampaign | CompleteCampaign | RecordCampaignResponse;
