import { projectionSpec, PROJECTION_SPEC_TENANT } from '@crm/testing';
import { campaignStreamId } from '../../shared/streams';
import {
  CAMPAIGN_ID,
  campaignCompleted,
  campaignCreated,
  campaignLaunched,
  COMPLETED_AT,
  CREATED_AT,
  LAUNCHED_AT,
  responseRecorded,
} from '../domain/campaign.builders';
import { campaignDirectoryProjection } from './campaign-directory.projection';
import type { CampaignView } from './campaign-view';

const streamId = campaignStreamId(CAMPAIGN_ID);
const created = { ...campaignCreated({ tenantId: PROJECTION_SPEC_TENANT }), streamId };

const draft: CampaignView = {
  id: CAMPAIGN_ID,
  name: 'Spring launch',
  channel: 'email',
  budget: { amount: '1500.00', currency: 'EUR' },
  period: { from: '2025-03-03', to: '2025-04-30' },
  targetSegmentId: null,
  status: 'draft',
  responses: { opened: 0, clicked: 0, replied: 0, converted: 0 },
  createdAt: CREATED_AT,
  launchedAt: null,
  completedAt: null,
  version: 1,
};

describe('campaignDirectoryProjection', () => {
  const spec = projectionSpec(campaignDirectoryProjection);

  it('lists a created campaign as a draft', () => {
    spec.given(created).then([{ id: CAMPAIGN_ID, data: draft }]);
  });

  it('applies launch, responses and completion exactly once', () => {
    spec
      .given(
        created,
        { ...campaignLaunched(), streamId },
        { ...responseRecorded({ kind: 'opened' }), streamId },
        { ...responseRecorded({ responseId: 'response-2', kind: 'opened' }), streamId },
        { ...responseRecorded({ responseId: 'response-3', kind: 'replied' }), streamId },
        { ...campaignCompleted(), streamId },
      )
      .then([
        {
          id: CAMPAIGN_ID,
          data: {
            ...draft,
            status: 'completed',
            responses: { opened: 2, clicked: 0, replied: 1, converted: 0 },
            launchedAt: LAUNCHED_AT,
            completedAt: COMPLETED_AT,
            version: 6,
          },
        },
      ]);
  });

  it('ignores events of other aggregates', () => {
    spec
      .given({ type: 'marketing.LeadCaptured', streamId: 'marketing.lead-1', data: { leadId: 'lead-1' } })
      .then([]);
  });
});
