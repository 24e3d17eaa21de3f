import {
  MarketingIntegrationEventTypes as Marketing,
  type CampaignResponseRecordedV1,
  type LeadConvertedV1,
} from '@crm/contracts';
import type { TimelineMoment } from './timeline-entry';

type MomentOf = (data: never) => TimelineMoment;

/** The marketing context's integration events that concern a known customer, as timeline moments. */
export const marketingTimelineMoments: Readonly<Record<string, MomentOf>> = {
  [Marketing.campaignResponseRecorded]: (data: CampaignResponseRecordedV1) => ({
    at: data.occurredAt,
    context: 'marketing',
    summary: `Campaign response: ${data.kind}`,
    subject: { type: 'campaign', id: data.campaignId },
  }),
  [Marketing.leadConverted]: (data: LeadConvertedV1) => ({
    at: data.convertedAt,
    context: 'marketing',
    summary: data.sourceCampaignId === null ? 'Converted from a lead' : 'Converted from a campaign lead',
    subject:
      data.sourceCampaignId === null
        ? { type: 'customer', id: data.customerId }
        : { type: 'campaign', id: data.sourceCampaignId },
  }),
};
