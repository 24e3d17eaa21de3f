import { streamIdOf } from '@crm/event-store';

/** `marketing.campaign-<uuid>`: one stream per campaign. */
export function campaignStreamId(campaignId: string): string {
  return streamIdOf('marketing', 'campaign', campaignId);
}

/** `marketing.lead-<uuid>`: one stream per lead. */
export function leadStreamId(leadId: string): string {
  return streamIdOf('marketing', 'lead', leadId);
}
