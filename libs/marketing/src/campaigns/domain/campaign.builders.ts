import type {
  CompleteCampaign,
  CreateCampaign,
  LaunchCampaign,
  RecordCampaignResponse,
} from './campaign.commands';
import type {
  CampaignCompleted,
  CampaignCreated,
  CampaignLaunched,
  CampaignResponseRecorded,
} from './campaign.events';

// Builders with defaults for specs: a test states only what it is about.
export const TENANT = 'tenant-1';
export const CAMPAIGN_ID = '3a6f1c0e-8d2b-4f5a-9c7e-1b2d3e4f5a6b';
export const CREATED_AT = '2025-03-01T09:00:00.000Z';
export const LAUNCHED_AT = '2025-03-03T09:00:00.000Z';
export const COMPLETED_AT = '2025-04-30T18:00:00.000Z';

const campaign = { tenantId: TENANT, campaignId: CAMPAIGN_ID };

export function createCampaign(overrides: Partial<CreateCampaign['data']> = {}): CreateCampaign {
  return {
    type: 'CreateCampaign',
    data: {
      ...campaign,
      name: 'Spring launch',
      channel: 'email',
      budget: { amount: '1500.00', currency: 'EUR' },
      period: { from: '2025-03-03', to: '2025-04-30' },
      createdAt: CREATED_AT,
      ...overrides,
    },
  };
}

export function campaignCreated(overrides: Partial<CampaignCreated['data']> = {}): CampaignCreated {
  return {
    type: 'marketing.CampaignCreated',
    data: {
      ...campaign,
      name: 'Spring launch',
      channel: 'email',
      budget: { amount: '1500.00', currency: 'EUR' },
      period: { from: '2025-03-03', to: '2025-04-30' },
      targetSegmentId: null,
      createdAt: CREATED_AT,
      ...overrides,
    },
  };
}

export function launchCampaign(overrides: Partial<LaunchCampaign['data']> = {}): LaunchCampaign {
  return { type: 'LaunchCampaign', data: { ...campaign, launchedAt: LAUNCHED_AT, ...overrides } };
}

export function campaignLaunched(launchedAt = LAUNCHED_AT): CampaignLaunched {
  const { campaignId, name, channel, budget, period, targetSegmentId } = campaignCreated().data;
  return {
    type: 'marketing.CampaignLaunched',
    data: { campaignId, name, channel, budget, period, targetSegmentId, launchedAt },
  };
}

export function completeCampaign(overrides: Partial<CompleteCampaign['data']> = {}): CompleteCampaign {
  return { type: 'CompleteCampaign', data: { ...campaign, completedAt: COMPLETED_AT, ...overrides } };
}

export function campaignCompleted(completedAt = COMPLETED_AT): CampaignCompleted {
  return { type: 'marketing.CampaignCompleted', data: { campaignId: CAMPAIGN_ID, completedAt } };
}

export function recordResponse(
  overrides: Partial<RecordCampaignResponse['data']> = {},
): RecordCampaignResponse {
  return {
    type: 'RecordCampaignResponse',
    data: {
      ...campaign,
      responseId: 'response-1',
      kind: 'opened',
      occurredAt: '2025-03-04T10:00:00.000Z',
      recordedAt: '2025-03-04T10:05:00.000Z',
      ...overrides,
    },
  };
}

export function responseRecorded(
  overrides: Partial<CampaignResponseRecorded['data']> = {},
): CampaignResponseRecorded {
  return {
    type: 'marketing.CampaignResponseRecorded',
    data: {
      campaignId: CAMPAIGN_ID,
      responseId: 'response-1',
      kind: 'opened',
      customerId: null,
      leadId: null,
      occurredAt: '2025-03-04T10:00:00.000Z',
      ...overrides,
    },
  };
}
