import { assertNever } from '@crm/core';
import type { CampaignEvent } from './campaign.events';
import type { CampaignState } from './campaign.state';
import { noResponses } from './campaign.values';

export function initialCampaignState(): CampaignState {
  return { kind: 'none' };
}

export function evolveCampaign(state: CampaignState, event: CampaignEvent): CampaignState {
  switch (event.type) {
    case 'marketing.CampaignCreated': {
      const { campaignId, tenantId, name, channel, budget, period, targetSegmentId, createdAt } = event.data;
      return {
        kind: 'created',
        campaign: {
          ...{ campaignId, tenantId, name, channel, budget, period, targetSegmentId, createdAt },
          status: 'draft',
          responses: noResponses(),
          launchedAt: null,
          completedAt: null,
        },
      };
    }
    case 'marketing.CampaignLaunched':
      if (state.kind === 'none') return state;
      return {
        kind: 'created',
        campaign: { ...state.campaign, status: 'active', launchedAt: event.data.launchedAt },
      };
    case 'marketing.CampaignCompleted':
      if (state.kind === 'none') return state;
      return {
        kind: 'created',
        campaign: { ...state.campaign, status: 'completed', completedAt: event.data.completedAt },
      };
    case 'marketing.CampaignResponseRecorded': {
      if (state.kind === 'none') return state;
      const { responses } = state.campaign;
      const kind = event.data.kind;
      return {
        kind: 'created',
        campaign: { ...state.campaign, responses: { ...responses, [kind]: responses[kind] + 1 } },
      };
    }
    default:
      return assertNever(event);
  }
}
