import type { EventEnvelope } from '@crm/contracts';
import type { Projection } from '@crm/read-models';
import { CAMPAIGN_EVENT_TYPES, campaignEventOf, evolveCampaign } from '../domain';
import { campaignStateOf, campaignViewOf, type CampaignView } from './campaign-view';

export const CAMPAIGN_DIRECTORY_COLLECTION = 'marketing-campaigns';

/**
 * "Which campaigns do we run, and how many responses has each had?" One document per campaign, the
 * same view a command returns: it folds the decider's own `evolve`, so both can never disagree.
 */
export const campaignDirectoryProjection: Projection<CampaignView> = {
  name: 'marketing-campaigns',
  collection: CAMPAIGN_DIRECTORY_COLLECTION,
  handles: CAMPAIGN_EVENT_TYPES,
  documentId: (event: EventEnvelope) => {
    const data = event.data as { readonly campaignId?: unknown };
    return typeof data.campaignId === 'string' ? data.campaignId : null;
  },
  apply: (current, event) => {
    const campaignEvent = campaignEventOf(event);
    if (campaignEvent === null) return null;
    return campaignViewOf(
      evolveCampaign(campaignStateOf(current, event.tenantId), campaignEvent),
      event.streamVersion,
    );
  },
};
