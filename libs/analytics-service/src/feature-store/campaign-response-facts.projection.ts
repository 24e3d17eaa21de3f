import {
  MarketingIntegrationEventTypes as Marketing,
  type CampaignResponseRecordedV1,
  type EventEnvelope,
} from '@crm/contracts';
import type { Projection } from '@crm/read-models';

export const CAMPAIGN_RESPONSE_FACTS_COLLECTION = 'analytics-campaign-response-facts';

export interface CampaignResponseFact {
  readonly campaignId: string;
  readonly customerId: string;
  readonly responses: number;
  readonly conversions: number;
}

/**
 * "How did this customer answer this campaign?" One document per campaign and customer; responses come
 * on the campaign's stream, whose version guards every document it feeds.
 */
export const campaignResponseFactsProjection: Projection<CampaignResponseFact> = {
  name: 'analytics-campaign-response-facts',
  collection: CAMPAIGN_RESPONSE_FACTS_COLLECTION,
  handles: [Marketing.campaignResponseRecorded],
  documentId: (event) => {
    const { campaignId, customerId } = event.data as CampaignResponseRecordedV1;
    return customerId === null ? null : `${campaignId}:${customerId}`;
  },
  apply: (current, event) => responseFactAfter(current, event),
};

function responseFactAfter(
  current: CampaignResponseFact | null,
  event: EventEnvelope,
): CampaignResponseFact | null {
  const response = event.data as CampaignResponseRecordedV1;
  if (response.customerId === null) return null;
  const fact = current ?? {
    campaignId: response.campaignId,
    customerId: response.customerId,
    responses: 0,
    conversions: 0,
  };
  return {
    ...fact,
    responses: fact.responses + 1,
    conversions: fact.conversions + (response.kind === 'converted' ? 1 : 0),
  };
}
