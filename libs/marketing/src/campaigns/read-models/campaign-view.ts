import type {
  Campaign,
  CampaignChannel,
  CampaignPeriod,
  CampaignState,
  CampaignStatus,
  Money,
  ResponseCounts,
} from '../domain';

/** A campaign as the API shows it: the body of GET /campaigns/:id and of every command response. */
export interface CampaignView {
  readonly id: string;
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
  /** Stream version this view reflects: the ETag. */
  readonly version: number;
}

export function campaignViewOf(state: CampaignState, version: number): CampaignView | null {
  if (state.kind === 'none') return null;
  const { campaignId, tenantId: _tenantId, ...campaign } = state.campaign;
  return { id: campaignId, ...campaign, version };
}

/** The decider state a stored view stands for: lets the directory projection reuse `evolve`. */
export function campaignStateOf(view: CampaignView | null, tenantId: string): CampaignState {
  if (view === null) return { kind: 'none' };
  const { id, version: _version, ...campaign } = view;
  const restored: Campaign = { campaignId: id, tenantId, ...campaign };
  return { kind: 'created', campaign: restored };
}
